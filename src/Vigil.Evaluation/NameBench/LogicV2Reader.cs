using System.Collections.Immutable;
using Vigil.Evaluation.Data;

namespace Vigil.Evaluation.NameBench;

/// <summary>Reads <c>name_bench/logicv2-frozen.csv</c>.</summary>
public static class LogicV2Reader
{
    private static readonly string[] Columns = ["case_group", "case_id", "schema", "name1", "name2", "is_match", "score"];

    /// <summary>Reads every scored case.</summary>
    /// <exception cref="BenchDataException">When the file is missing or a row is malformed.</exception>
    public static ImmutableArray<LogicV2Score> Read(string path) =>
        [.. CsvTable.Read(path, Columns, r => new LogicV2Score(
            r.Line,
            r["case_group"],
            r["case_id"],
            r["schema"],
            r["name1"],
            r["name2"],
            r.Boolean("is_match"),
            r.Number("score")))];
}
