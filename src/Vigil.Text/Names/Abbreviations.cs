using System.Collections.Frozen;

namespace Vigil.Text.Names;

/// <summary>
/// Expands unambiguous abbreviations in organisation names ("Int'l" = International, "U.S." = United States,
/// "Dept" = Department), so that either spelling compares as the same words. Works on folded tokens; the list is
/// data (<c>Names/abbreviations.tsv</c>).
/// </summary>
public static class Abbreviations
{
    private static readonly Lazy<FrozenDictionary<string, string[]>> Table = new(Load);

    /// <summary>Loads the table now (<see cref="ReferenceTables.Load"/>).</summary>
    internal static void LoadNow() => _ = Table.Value;

    /// <summary>The expansion of one folded token, or null when it abbreviates nothing.</summary>
    public static IReadOnlyList<string>? ExpansionOf(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Table.Value.TryGetValue(token, out var words) ? words : null;
    }

    /// <summary>
    /// Returns the tokens with every abbreviation replaced by its words, and a place written in two words as the one
    /// word "HK" and some lists write it ("hong kong" is "hongkong": <see cref="WordLists.PlaceInTwoWords"/>). The
    /// same array when nothing changes.
    /// </summary>
    public static string[] Expand(string[] tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var table = Table.Value;
        List<string>? output = null;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (WordLists.PlaceInTwoWords(tokens, i) is { } place)
            {
                output ??= [.. tokens.AsSpan(0, i)];
                output.Add(place);
                i++;
            }
            else if (table.TryGetValue(tokens[i], out var words))
            {
                if (output is null)
                {
                    output = new List<string>(tokens.Length + words.Length);
                    output.AddRange(tokens.AsSpan(0, i));
                }

                output.AddRange(words);
            }
            else
            {
                output?.Add(tokens[i]);
            }
        }

        return output is null ? tokens : [.. output];
    }

    private static FrozenDictionary<string, string[]> Load()
    {
        var map = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var line in ReferenceData.ReadLines("Names/abbreviations.tsv"))
        {
            var parts = line.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length == 2)
            {
                map[parts[0]] = parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
