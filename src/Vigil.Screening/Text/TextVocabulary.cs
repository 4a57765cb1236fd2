using System.Collections.Frozen;
using Vigil.Text.Names;
using Vigil.Text.Transliteration;

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

    // Categories of words written in Cyrillic in the file (Russian, Ukrainian): folded when loaded, and applied to
    // Cyrillic words of the text only ("мэр", mayor, folds to "mer", French for sea and a word of names elsewhere).
    private static readonly string[] CyrillicSuffixes = ["-ru", "-uk"];

    // Categories of words written in Arabic letters: the same, for Arabic words of the text ("fy", في, "in"), kept as
    // written rather than folded.
    private const string ArabicSuffix = "-ar";

    private static readonly Lazy<Vocabulary> Words = new(Load);

    /// <summary>
    /// The role of a word of the text; <see cref="WordRole.None"/> for ordinary words. An Arabic word has its own roles
    /// only, as written: folded, مر ("passed") is "mr" and لا ("no") "la", Latin words, and على ("on") is علي (Ali).
    /// </summary>
    public static WordRole RoleOf(in TextToken token) =>
        token.Arabic ? Words.Value.ArabicRoles.GetValueOrDefault(token.Written ?? string.Empty) : RoleOf(token.Folded, token.Cyrillic);

    /// <summary>
    /// The role of a folded word (<paramref name="cyrillic"/>: it was written in those letters); <see cref="WordRole.None"/>
    /// for ordinary words.
    /// </summary>
    public static WordRole RoleOf(string folded, bool cyrillic = false)
    {
        var (roles, cyrillicRoles, _, titleEnds, tails) = Words.Value;
        var found = roles.TryGetValue(folded, out var role);
        if (cyrillic && cyrillicRoles.TryGetValue(folded, out var own))
        {
            role |= own;
            found = true;
        }

        if (found)
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

    private static Vocabulary Load()
    {
        var roles = new Dictionary<string, WordRole>(StringComparer.Ordinal);
        var cyrillicRoles = new Dictionary<string, WordRole>(StringComparer.Ordinal);
        var arabicRoles = new Dictionary<string, WordRole>(StringComparer.Ordinal);
        var titleEnds = new List<string>();
        foreach (var row in ReferenceFile.ReadRows("non_name_words.tsv"))
        {
            var role = RoleOfCategory(row[0]);
            var endsWords = row[0].StartsWith("titleend-", StringComparison.Ordinal);
            var cyrillic = CyrillicSuffixes.Any(suffix => row[0].EndsWith(suffix, StringComparison.Ordinal));
            var arabic = row[0].EndsWith(ArabicSuffix, StringComparison.Ordinal);
            if ((cyrillic || arabic) && endsWords)
            {
                throw new InvalidOperationException($"non_name_words.tsv: '{row[0]}': titles ending words are not read from Cyrillic or Arabic.");
            }

            var into = cyrillic ? cyrillicRoles : arabic ? arabicRoles : roles;
            for (var i = 1; i < row.Length; i++)
            {
                if (row[i].Length == 0)
                {
                    continue;
                }

                var word = cyrillic ? FoldScriptWord(row[0], row[i], CyrillicRomanizer.IsCyrillic, "Cyrillic")
                    : arabic ? WrittenScriptWord(row[0], row[i])
                    : row[i];
                into[word] = into.GetValueOrDefault(word) | role;
                if (endsWords)
                {
                    titleEnds.Add(word);
                }
            }
        }

        if (titleEnds.Any(e => e.Length < TailLength))
        {
            throw new InvalidOperationException($"non_name_words.tsv: a title that ends words has fewer than {TailLength} letters.");
        }

        return new Vocabulary(
            roles.ToFrozenDictionary(StringComparer.Ordinal),
            cyrillicRoles.ToFrozenDictionary(StringComparer.Ordinal),
            arabicRoles.ToFrozenDictionary(StringComparer.Ordinal),
            [.. titleEnds],
            titleEnds.Select(e => e[^TailLength..]).ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>A word of the file written in Arabic letters, as the text's words are looked up; one word, or the file is wrong.</summary>
    private static string WrittenScriptWord(string category, string word)
    {
        FoldScriptWord(category, word, ArabicScriptNames.IsArabic, "Arabic");
        return ArabicScriptNames.WrittenForm(word);
    }

    /// <summary>A word of the file written in another script, folded as the text's words are; one word, or the file is wrong.</summary>
    private static string FoldScriptWord(string category, string word, Func<char, bool> isOfScript, string script)
    {
        var folded = TokenFolder.FoldSlow(word);
        if (folded.Length == 0 || !word.Any(isOfScript) || !folded.All(char.IsAsciiLetterLower))
        {
            throw new InvalidOperationException($"non_name_words.tsv: '{word}' in {category} is not one {script} word.");
        }

        return folded;
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

    private sealed record Vocabulary(FrozenDictionary<string, WordRole> Roles, FrozenDictionary<string, WordRole> CyrillicRoles, FrozenDictionary<string, WordRole> ArabicRoles, string[] TitleEnds, FrozenSet<string> TitleTails);
}
