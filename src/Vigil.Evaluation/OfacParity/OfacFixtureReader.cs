using System.Collections.Immutable;
using Vigil.Evaluation.Data;

namespace Vigil.Evaluation.OfacParity;

/// <summary>Reads <c>ofac_parity/ofac_fixtures.csv</c>.</summary>
public static class OfacFixtureReader
{
    private static readonly string[] Columns = ["query_name", "result_name", "ofac_score"];

    /// <summary>Reads every row.</summary>
    /// <remarks>A score of -1 means OFAC did not return the name; it is read as null.</remarks>
    /// <exception cref="BenchDataException">When the file is missing or a row is malformed (a score outside 0..100, other than -1, included).</exception>
    public static ImmutableArray<OfacFixture> Read(string path) =>
        [.. CsvTable.Read(path, Columns, r =>
        {
            var score = r.Number("ofac_score");
            return score switch
            {
                -1 => new OfacFixture(r.Line, r["query_name"], r["result_name"], null),
                < 0 or > 100 => throw r.Fail($"ofac_score {score} is outside 0..100 (and not -1, 'not returned')"),
                _ => new OfacFixture(r.Line, r["query_name"], r["result_name"], score),
            };
        })];
}
