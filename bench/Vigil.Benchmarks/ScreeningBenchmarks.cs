using BenchmarkDotNet.Attributes;
using Vigil.Matching.Screening;
using Vigil.Model;

namespace Vigil.Benchmarks;

/// <summary>
/// One query end to end over the bundled lists: candidate generation alone, then candidates plus scoring plus
/// explanations (<c>Screen</c>), against the brute-force baseline that scores every name. The Ratio column is the
/// index's cost as a share of brute force.
/// </summary>
[MemoryDiagnoser]
public class ScreeningBenchmarks
{
    private Screener screener = null!;
    private ScreeningQuery screeningQuery = null!;

    [Params("Nicolas Maduro", "Ex-Cle Soluciones Biometricas", "Ann Smith", "Mohammad Ali Hassan Trading Company LLC")]
    public string Query { get; set; } = "Nicolas Maduro";

    [GlobalSetup]
    public void Setup()
    {
        screener = BundledLists.Lists.Screener;
        screeningQuery = ScreeningQuery.ForName(Query, Query == "Nicolas Maduro" || Query == "Ann Smith" ? Schema.Person : null);
    }

    [Benchmark]
    public IReadOnlyList<string> Candidates() => screener.CandidateEntityIds(screeningQuery);

    [Benchmark]
    public IReadOnlyList<ScreeningHit> Screen() => screener.Screen(screeningQuery, 10);

    [Benchmark(Baseline = true)]
    public IReadOnlyList<ScreeningHit> BruteForce() => screener.ScreenBruteForce(screeningQuery, 10);
}
