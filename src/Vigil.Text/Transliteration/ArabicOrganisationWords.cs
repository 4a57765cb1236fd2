using System.Collections.Frozen;
using System.Text;
using Vigil.Text.Names;

namespace Vigil.Text.Transliteration;

/// <summary>
/// Reads the words of an organisation's name in Arabic script that the lists write in English rather than spell
/// (<c>arabic_organisation_words.tsv</c>): الجماعة الإسلامية المقاتلة الليبية is LIBYAN ISLAMIC FIGHTING GROUP on the
/// SDN list, and read letter by letter ("aljmaa alaslamya almqatla allybya") it shares no word with it. The other words
/// are left as written, for transliteration: شبكة حقاني reads "network حقاني", which matches HAQQANI NETWORK. The lists
/// spell some such names too (AL-JAMA'AH AL-ISLAMIYAH AL-MUSALLAH), so this is a second reading of the name, screened
/// beside the first, never instead of it.
/// </summary>
public static class ArabicOrganisationWords
{
    private const string Article = ArabicScriptNames.Article;
    private const char TehMarbuta = '\u0629';
    private const char Heh = '\u0647';
    private const char Waw = '\u0648';

    // The shortest word left once an article or a clitic letter is taken off: shorter, too many words would begin so.
    private const int MinStem = 3;

    private static readonly Lazy<FrozenDictionary<string, Reading>> Words = new(Load);

    /// <summary>Loads the table now (<see cref="ReferenceTables.Load"/>).</summary>
    internal static void LoadNow() => _ = Words.Value;

    /// <summary>
    /// The name with each known word read in English, or null when it has none (or no Arabic letters), or when the
    /// type is unknown (<paramref name="organisation"/> false) and none of its known words names a kind of
    /// organisation (جماعة "group", شركة "company"): المصري, "the Egyptian", is also a family name.
    /// </summary>
    public static string? Translate(string name, bool organisation)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!ArabicScriptNames.IsAbjadScript(name))
        {
            return null;
        }

        var lookup = Words.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        var output = new StringBuilder(name.Length + 16);
        var found = false;
        var namesOrganisation = false;
        Span<char> folded = stackalloc char[64];
        var i = 0;
        while (i < name.Length)
        {
            var end = i;
            while (end < name.Length && ArabicScriptNames.IsArabic(name[end]))
            {
                end++;
            }

            if (end == i)
            {
                output.Append(name[i++]);
                continue;
            }

            var word = name.AsSpan(i, end - i);
            if (word.Length <= folded.Length && Find(lookup, folded[..Fold(word, folded)], out var reading, out var and))
            {
                output.Append(and ? "and " : string.Empty).Append(reading.English);
                found = true;
                namesOrganisation |= reading.NamesOrganisation;
            }
            else if (word.Length >= 3 + MinStem && ArabicScriptNames.CliticLetters.Contains(word[0], StringComparison.Ordinal) && word[1..].StartsWith(Article))
            {
                // A clitic before the article (والشام, "and the Levant") is a word of its own in English, as the
                // article is in the lists' spellings (AND ASH-SHAM): left on, the word met no listed one.
                output.Append(word[0] == Waw ? "and " : string.Empty).Append(word[1..]);
            }
            else
            {
                output.Append(word);
            }

            i = end;
        }

        return found && (organisation || namesOrganisation) ? output.ToString() : null;
    }

    /// <summary>
    /// The known word a folded word is, as written, without its article, or without a clitic letter before either
    /// (و "and", ل "for", ب "by", ف, ك; لل for ل with the article); each also without the feminine ending (-ة).
    /// <paramref name="and"/>: the word opened with و.
    /// </summary>
    private static bool Find(FrozenDictionary<string, Reading>.AlternateLookup<ReadOnlySpan<char>> lookup, ReadOnlySpan<char> word, out Reading reading, out bool and)
    {
        and = false;
        if (FindStem(lookup, word, out reading) || (word.StartsWith(Article) && FindStem(lookup, word[2..], out reading)))
        {
            return true;
        }

        if (word.Length > MinStem && ArabicScriptNames.CliticLetters.Contains(word[0], StringComparison.Ordinal))
        {
            var rest = word[1..];
            and = word[0] == Waw;
            if ((rest.StartsWith(Article) && FindStem(lookup, rest[2..], out reading))
                || (word[0] == '\u0644' && rest[0] == '\u0644' && FindStem(lookup, rest[1..], out reading))
                || FindStem(lookup, rest, out reading))
            {
                return true;
            }
        }

        and = false;
        return false;
    }

    private static bool FindStem(FrozenDictionary<string, Reading>.AlternateLookup<ReadOnlySpan<char>> lookup, ReadOnlySpan<char> stem, out Reading reading)
    {
        reading = default;
        return stem.Length >= MinStem
            && (lookup.TryGetValue(stem, out reading) || (stem[^1] == Heh && stem.Length > MinStem && lookup.TryGetValue(stem[..^1], out reading)));
    }

    /// <summary>
    /// Writes the word as <see cref="ArabicScriptNames.WrittenForm"/> writes it (no vowel marks, tatweel, hamza or
    /// madda; Persian's yeh and kaf as Arabic's), and also alif maqsura as yeh and a teh marbuta as heh (Persian writes
    /// شبکه for Arabic شبكة); returns its length. The two differences matter for names of people (على, علي), not for
    /// the words of this table.
    /// </summary>
    private static int Fold(ReadOnlySpan<char> word, Span<char> output)
    {
        var n = ArabicScriptNames.WriteWrittenForm(word, output);
        for (var i = 0; i < n; i++)
        {
            output[i] = output[i] switch
            {
                '\u0649' => '\u064A',
                TehMarbuta or '\u06C0' => Heh,
                var c => c,
            };
        }

        return n;
    }

    private static FrozenDictionary<string, Reading> Load()
    {
        var words = new Dictionary<string, Reading>(StringComparer.Ordinal);
        Span<char> folded = stackalloc char[64];
        foreach (var line in ReferenceData.ReadLines("Transliteration/arabic_organisation_words.tsv"))
        {
            var parts = line.Split('\t', StringSplitOptions.TrimEntries);
            var key = folded[..Fold(parts[0], folded)].ToString();
            if (!words.TryAdd(key, new Reading(parts[1], parts.Length > 2 && parts[2] == "org")))
            {
                throw new InvalidOperationException($"arabic_organisation_words.tsv holds '{parts[0]}' twice once folded.");
            }
        }

        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private readonly record struct Reading(string English, bool NamesOrganisation);
}
