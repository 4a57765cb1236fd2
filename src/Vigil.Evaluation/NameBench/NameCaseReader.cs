using System.Collections.Immutable;
using Vigil.Evaluation.Data;

namespace Vigil.Evaluation.NameBench;

/// <summary>Reads <c>name_bench/cases.csv</c>.</summary>
public static class NameCaseReader
{
    private static readonly string[] Columns = ["case_group", "schema", "name1", "name2", "is_match"];

    /// <summary>Reads every case.</summary>
    /// <exception cref="BenchDataException">When the file is missing or a row is malformed.</exception>
    public static ImmutableArray<NameCase> Read(string path) =>
        [.. CsvTable.Read(path, Columns, r => new NameCase(
            r.Line,
            r["case_group"],
            BenchSchema.TryParse(r["schema"], out _) ? r["schema"] : throw r.Fail($"unknown schema '{r["schema"]}'"),
            r["name1"],
            r["name2"],
            r.Boolean("is_match"),
            r["quality"],
            r["category"],
            r["notes"]))];
}
