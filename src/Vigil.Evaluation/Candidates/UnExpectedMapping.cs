using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Vigil.Evaluation.Data;
using Vigil.Model;
using Vigil.Text.Normalization;

namespace Vigil.Evaluation.Candidates;

/// <summary>
/// The expected UN entity of each row of the UN fixtures, which carry no ids. Derived from the untreated file:
/// a row's full name must equal one of a listed person's names once both are folded (same multiset of folded
/// tokens, in any order); when several persons qualify, the one whose listed date of birth spans the row's birth
/// year wins; otherwise the row is left out. Written once to <c>un_expected.csv</c> and read from there, so the
/// expectation does not move with the matcher.
/// </summary>
public static class UnExpectedMapping
{
    /// <summary>Derivation of a row matched by name alone.</summary>
    public const string ByName = "name";

    /// <summary>Derivation of a row whose name fits several persons and whose birth year picks one.</summary>
    public const string ByNameAndBirthYear = "name+dob";

    /// <summary>The row's name fits several persons and the birth year does not single one out.</summary>
    public const string Ambiguous = "ambiguous";

    /// <summary>No listed person bears the row's name.</summary>
    public const string NotFound = "not-found";

    /// <summary>Derives the mapping from the untreated rows and the UN list's entities.</summary>
    public static ImmutableArray<UnExpectedEntry> Derive(IReadOnlyList<CandidateRow> untreated, IEnumerable<SanctionsEntity> unEntities)
    {
        ArgumentNullException.ThrowIfNull(untreated);
        ArgumentNullException.ThrowIfNull(unEntities);
        var byKey = new Dictionary<string, List<SanctionsEntity>>(StringComparer.Ordinal);
        foreach (var entity in unEntities)
        {
            if (entity.Schema != Schema.Person)
            {
                continue;
            }

            foreach (var name in entity.Names)
            {
                var key = TokenKey(name.Full);
                if (key.Length == 0)
                {
                    continue;
                }

                if (!byKey.TryGetValue(key, out var list))
                {
                    byKey[key] = list = [];
                }

                if (!list.Contains(entity))
                {
                    list.Add(entity);
                }
            }
        }

        var result = ImmutableArray.CreateBuilder<UnExpectedEntry>(untreated.Count);
        foreach (var row in untreated)
        {
            if (!byKey.TryGetValue(TokenKey(row.FullName), out var found))
            {
                result.Add(new UnExpectedEntry(row.Row, null, NotFound));
                continue;
            }

            if (found.Count == 1)
            {
                result.Add(new UnExpectedEntry(row.Row, found[0].Id, ByName));
                continue;
            }

            var year = LenientDate.Parse(row.DateOfBirth)?.Year;
            var fits = year is { } y ? found.Where(e => e.BirthDates.Any(d => d.EarliestYear <= y && y <= d.LatestYear)).ToList() : [];
            result.Add(fits.Count == 1 ? new UnExpectedEntry(row.Row, fits[0].Id, ByNameAndBirthYear) : new UnExpectedEntry(row.Row, null, Ambiguous));
        }

        return result.MoveToImmutable();
    }

    /// <summary>The folded tokens of a name, sorted: equal keys mean equal token multisets.</summary>
    public static string TokenKey(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var tokens = TextFolder.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Array.Sort(tokens, StringComparer.Ordinal);
        return string.Join(' ', tokens);
    }

    /// <summary>Writes the mapping as <c>row,expected_id,derivation</c>.</summary>
    public static void Write(string path, IEnumerable<UnExpectedEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(entries);
        var sb = new StringBuilder("row,expected_id,derivation\n");
        foreach (var e in entries)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{e.Row},{e.ExpectedId},{e.Derivation}\n");
        }

        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    /// <summary>Reads a mapping written by <see cref="Write"/>.</summary>
    /// <exception cref="BenchDataException">When the file is missing or a row is malformed.</exception>
    public static ImmutableArray<UnExpectedEntry> Read(string path) =>
        [.. CsvTable.Read(path, ["row", "expected_id", "derivation"], r =>
        {
            if (!int.TryParse(r["row"], NumberStyles.None, CultureInfo.InvariantCulture, out var row) || row < 1)
            {
                throw r.Fail($"row '{r["row"]}' is not a positive number");
            }

            var id = r["expected_id"];
            return new UnExpectedEntry(row, id.Length == 0 ? null : id, r["derivation"]);
        })];
}
