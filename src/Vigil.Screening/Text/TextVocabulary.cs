using System.Collections.Frozen;

namespace Vigil.Screening.Text;

/// <summary>The words of <c>non_name_words.tsv</c> and what each does; see the file's header for the categories.</summary>
internal static class TextVocabulary
{
    // Letters a word must have before a title it ends with: "Kremlchef" is a title, "Chef" alone is one by the list.
    private const int MinCompoundHead = 3;

    // The last letters compared first: every title that ends a word has at least this many.
    private const int TailLength = 4;

    // The shortest word a title may end ("Kremlchef").
    private const int MinCompoundLength = TailLength + MinCompoundHead;

    private static readonly Lazy<(FrozenDictionary<string, WordRole> Roles, string[] TitleEnds, FrozenSet<string> TitleTails)> Words = new(Load);

    /// <summary>The role of a folded word; <see cref="WordRole.None"/> for ordinary words.</summary>
    public static WordRole RoleOf(string folded)
    {
        var (roles, titleEnds, tails) = Words.Value;
        if (roles.TryGetValue(folded, out var role))
        {
            return role;
        }

        // Most words end in no title's last letters: one lookup rules them out.
        if (folded.Length < MinCompoundLength || !tails.GetAlternateLookup<ReadOnlySpan<char>>().Contains(folded.AsSpan()[^TailLength..]))
        {
            return WordRole.None;
        }

        foreach (var end in titleEnds)
        {
            if (folded.Length >= end.Length + MinCompoundHead && folded.EndsWith(end, StringComparison.Ordinal))
            {
                return WordRole.Break;
            }
        }

        return WordRole.None;
    }

    private static (FrozenDictionary<string, WordRole>, string[], FrozenSet<string>) Load()
    {
        var roles = new Dictionary<string, WordRole>(StringComparer.Ordinal);
        var titleEnds = new List<string>();
        foreach (var row in ReferenceFile.ReadRows("non_name_words.tsv"))
        {
            var role = RoleOfCategory(row[0]);
            var endsWords = row[0].StartsWith("titleend-", StringComparison.Ordinal);
            for (var i = 1; i < row.Length; i++)
            {
                if (row[i].Length > 0)
                {
                    roles[row[i]] = roles.GetValueOrDefault(row[i]) | role;
                    if (endsWords)
                    {
                        titleEnds.Add(row[i]);
                    }
                }
            }
        }

        if (titleEnds.Any(e => e.Length < TailLength))
        {
            throw new InvalidOperationException($"non_name_words.tsv: a title that ends words has fewer than {TailLength} letters.");
        }

        return (roles.ToFrozenDictionary(StringComparer.Ordinal), [.. titleEnds], titleEnds.Select(e => e[^TailLength..]).ToFrozenSet(StringComparer.Ordinal));
    }

    private static WordRole RoleOfCategory(string category)
    {
        var prefix = category.Split('-')[0];
        return prefix switch
        {
            "function" => WordRole.Break | WordRole.Function,
            "month" or "weekday" or "title" or "titleend" or "payment" => WordRole.Break,
            "common" => WordRole.Common,
            "vessel" => WordRole.Break | WordRole.VesselContext,
            "aircraft" => WordRole.Break | WordRole.AircraftContext,
            _ => throw new InvalidOperationException($"non_name_words.tsv: unknown category '{category}'."),
        };
    }
}
