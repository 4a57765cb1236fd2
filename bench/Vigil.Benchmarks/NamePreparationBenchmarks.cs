using BenchmarkDotNet.Attributes;
using Vigil.Matching.Names;
using Vigil.Model;

namespace Vigil.Benchmarks;

/// <summary>
/// Preparing a name (fold, transliterate, tokenise, mark legal forms, weigh, key): paid once per listed name at
/// index time and once per query.
/// </summary>
[MemoryDiagnoser]
public class NamePreparationBenchmarks
{
    private NamePreparer preparer = null!;

    [Params("Nicolas Maduro", "EX-CLE SOLUCIONES BIOMETRICAS C.A.", "Владимир Владимирович Путин", "OBSHCHESTVO S OGRANICHENNOY OTVETSTVENNOSTYU TORGOVY DOM ROSTEKH")]
    public string Name { get; set; } = "Nicolas Maduro";

    [GlobalSetup]
    public void Setup() => preparer = BundledLists.Lists.Screener.Preparer;

    [Benchmark]
    public PreparedName Prepare() => preparer.Prepare(Name, Schema.Organization);
}
