using BenchmarkDotNet.Attributes;
using Vigil.Matching.Explanation;
using Vigil.Matching.Names;
using Vigil.Matching.Scoring;
using Vigil.Model;

namespace Vigil.Benchmarks;

/// <summary>
/// The name scorer on names prepared once (as the index holds them): the cost of one full comparison, which the
/// index exists to spend on few candidates. <c>Score</c> must not allocate; <c>Explain</c> runs only for returned hits.
/// </summary>
[MemoryDiagnoser]
public class NameScorerBenchmarks
{
    private PreparedName query = null!;
    private PreparedName candidate = null!;

    [Params("person, reordered", "company, typo and legal form", "unrelated", "long names")]
    public string Pair { get; set; } = "person, reordered";

    [GlobalSetup]
    public void Setup()
    {
        var preparer = BundledLists.Lists.Screener.Preparer;
        (string Query, string Listed, Schema Schema) pair = Pair switch
        {
            "person, reordered" => ("Nicolas Maduro", "MADURO MOROS, Nicolas", Schema.Person),
            "company, typo and legal form" => ("Ex-Cle Solciones Biometricas", "EX-CLE SOLUCIONES BIOMETRICAS C.A.", Schema.Organization),
            "unrelated" => ("Northbridge Logistics GmbH", "BANCO CENTRAL DE VENEZUELA", Schema.Organization),
            _ => ("Mohammed bin Abdulrahman bin Hamad Al Thani Trading", "MUHAMMAD BIN ABD AL-RAHMAN AL THANI HOLDING COMPANY", Schema.Organization),
        };
        query = preparer.Prepare(pair.Query, pair.Schema);
        candidate = preparer.Prepare(pair.Listed, pair.Schema);
    }

    [Benchmark(Baseline = true)]
    public double Score() => NameComparer.Default.Score(query, candidate);

    [Benchmark]
    public NameExplanation Explain() => NameComparer.Default.Explain(query, candidate);
}
