using System.Collections.Immutable;
using Vigil.Evaluation.Data;

namespace Vigil.Evaluation.Candidates;

/// <summary>Reads a candidate-generation fixture, plain (<c>.csv</c>) or gzipped (<c>.csv.gz</c>).</summary>
public static class CandidateReader
{
    private static readonly string[] Columns = ["full_name", "first_name", "middle_name", "last_name", "gender", "date_of_birth", "place_of_birth", "nationality"];

    /// <summary>Reads every person.</summary>
    /// <exception cref="BenchDataException">When the file is missing or a row is malformed.</exception>
    public static ImmutableArray<CandidateRow> Read(string path)
    {
        var row = 0;
        return [.. CsvTable.Read(path, Columns, r => new CandidateRow(
            ++row,
            r.Line,
            r["full_name"],
            r["first_name"],
            r["middle_name"],
            r["last_name"],
            r["gender"],
            r["date_of_birth"],
            r["place_of_birth"],
            r["nationality"]))];
    }
}
