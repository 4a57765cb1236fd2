using System.Collections.Immutable;
using nietras.SeparatedValues;
using Vigil.Evaluation.Data;
using Vigil.Model;

namespace Vigil.Evaluation.Cases;

/// <summary>
/// Reads a cases file: tab-separated, a header row naming the columns <c>query</c>, <c>schema</c> (Person,
/// Organization, Vessel, Aircraft or Any) and <c>expected</c> (an entity id, or NONE when nothing should match),
/// one case per line. Quotes have no special meaning, so names may contain them. Blank lines are skipped. Every
/// error names its line.
/// </summary>
public static class CaseFileReader
{
    /// <summary>The value of <c>expected</c> for a case that should match nothing.</summary>
    public const string None = "NONE";

    /// <summary>Reads a cases file.</summary>
    /// <exception cref="BenchDataException">When the file is missing, has no proper header, or a row is malformed.</exception>
    public static ImmutableArray<CaseRow> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new BenchDataException(path, 0, "file not found");
        }

        using var text = File.OpenText(path);
        return Read(text, path);
    }

    /// <summary>Reads cases from text; <paramref name="name"/> is used in error messages.</summary>
    public static ImmutableArray<CaseRow> Read(TextReader text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var reader = Sep.New('\t').Reader(o => o with { DisableQuotesParsing = true, DisableColCountCheck = true, ColNameComparer = StringComparer.OrdinalIgnoreCase }).From(text);
        if (reader.Header.IsEmpty)
        {
            throw new BenchDataException(name, 1, "empty file: expected a header row 'query<TAB>schema<TAB>expected'");
        }

        var header = reader.Header;
        var columns = new[] { "query", "schema", "expected" };
        var index = new int[columns.Length];
        for (var c = 0; c < columns.Length; c++)
        {
            if (!header.TryIndexOf(columns[c], out index[c]))
            {
                throw new BenchDataException(name, 1, $"header lacks column '{columns[c]}': expected 'query<TAB>schema<TAB>expected', found '{string.Join("<TAB>", header.ColNames)}'");
            }
        }

        var rows = ImmutableArray.CreateBuilder<CaseRow>();
        foreach (var row in reader)
        {
            var line = row.LineNumberFrom;
            if (row.Span.Trim().IsEmpty)
            {
                continue;
            }

            if (row.ColCount != header.ColNames.Count)
            {
                throw new BenchDataException(name, line, $"expected {header.ColNames.Count} tab-separated fields, found {row.ColCount}");
            }

            var query = row[index[0]].ToString().Trim();
            var schemaText = row[index[1]].ToString().Trim();
            var expected = row[index[2]].ToString().Trim();
            if (query.Length == 0)
            {
                throw new BenchDataException(name, line, "the query is empty");
            }

            Schema? schema = null;
            if (!string.Equals(schemaText, "Any", StringComparison.OrdinalIgnoreCase))
            {
                schema = schemaText.ToUpperInvariant() switch
                {
                    "PERSON" => Schema.Person,
                    "ORGANIZATION" or "ORGANISATION" or "COMPANY" => Schema.Organization,
                    "VESSEL" => Schema.Vessel,
                    "AIRCRAFT" => Schema.Aircraft,
                    _ => throw new BenchDataException(name, line, $"unknown schema '{schemaText}': use Person, Organization, Vessel, Aircraft or Any"),
                };
            }

            if (expected.Length == 0)
            {
                throw new BenchDataException(name, line, $"'expected' is empty: give an entity id (e.g. ofac-sdn:12345) or {None}");
            }

            rows.Add(new CaseRow(line, query, schema, string.Equals(expected, None, StringComparison.OrdinalIgnoreCase) ? null : expected));
        }

        return rows.ToImmutable();
    }
}
