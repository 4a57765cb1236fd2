using Vigil.Text.Names;

namespace Vigil.Screening.Text;

/// <content>
/// Arabic writes "and", "so", "by", "for" and "as" onto the word after them (ونيكولاس, and Nicolas; لحزب الله, for
/// Hezbollah), and a name so written met no listed word. A word in Arabic letters that opens with one of those letters
/// and is known only without it is read as two words: the letter, a function word that ends a run, and the rest.
/// </content>
internal sealed partial class TextPass
{
    // A clitic and a word of three letters at least: a shorter rest is written by too many listed words.
    private const int MinWithClitic = 4;

    /// <summary>
    /// The words with clitics set apart. <paramref name="writers"/>: the listed words found to write each reading looked
    /// up (<see cref="WritersOf"/>), which <see cref="ReadingIds"/> then need not look up again.
    /// </summary>
    private static List<TextToken> SetApartClitics(string text, List<TextToken> tokens, Gazetteer gazetteer, ref Dictionary<string, int[]>? writers)
    {
        List<TextToken>? output = null;
        Span<int> ids = stackalloc int[MaxLookups];
        for (var k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];

            // Unknown as written, but maybe spelt by a listed word; the rest, when the word is not, with one letter or,
            // after "and" or "so", two letters set apart (ولنيكولاس, and for Nicolas).
            if (!t.Arabic || t.End - t.Start < MinWithClitic || !ArabicScriptNames.CliticLetters.Contains(text[t.Start], StringComparison.Ordinal) || IsKnownAsWritten(t, gazetteer, ids)
                || WritersOf(ReadingOf(text[t.Start..t.End], t.Folded), gazetteer, ref writers).Length > 0
                || KnownWithoutClitics(text, t, gazetteer, ref writers) is not (> 0 and var letters, var rest, var folded))
            {
                output?.Add(t);
                continue;
            }

            output ??= tokens.GetRange(0, k);
            for (var l = 0; l < letters; l++)
            {
                var at = t.Start + l;
                output.Add(new TextToken(at, at + 1, TokenFolder.FoldSlow(text.AsSpan(at, 1)), TokenShape.Uncased, l == 0 ? t.Gap : TextGap.None, Arabic: true, Written: text[at].ToString()));
            }

            output.Add(t with { Start = t.Start + letters, Folded = folded, Gap = TextGap.None, Written = ArabicScriptNames.WrittenForm(rest) });
        }

        return output ?? tokens;
    }

    /// <summary>
    /// How many letters open the word as clitics before a rest of three letters or more that is a given name or spelt by
    /// listed words (0 when none), and the rest, as written and folded.
    /// </summary>
    private static (int Letters, string Word, string Folded) KnownWithoutClitics(string text, in TextToken t, Gazetteer gazetteer, ref Dictionary<string, int[]>? writers)
    {
        for (var letters = 1; letters <= 2 && t.End - t.Start - letters >= MinWithClitic - 1; letters++)
        {
            // A second letter only after "and" or "so" (ول, وب, فل): "for and" is no Arabic.
            if (letters == 2 && !(text[t.Start] is '\u0648' or '\u0641' && text[t.Start + 1] is '\u0644' or '\u0628' or '\u0643'))
            {
                break;
            }

            var rest = text[(t.Start + letters)..t.End];
            var folded = TokenFolder.FoldSlow(rest);
            if (NameVariants.ClassesOf(folded).Count > 0 || WritersOf(ReadingOf(rest, folded), gazetteer, ref writers).Length > 0)
            {
                return (letters, rest, folded);
            }
        }

        return (0, string.Empty, string.Empty);
    }

    /// <summary>
    /// The listed words that may write a reading (<see cref="Gazetteer.LookupReading"/>), looked up once a text: a word
    /// recurs ("الرئيس", the president), and setting clitics apart looks up the words the gate asks for again.
    /// </summary>
    private static int[] WritersOf(string reading, Gazetteer gazetteer, ref Dictionary<string, int[]>? writers)
    {
        writers ??= new Dictionary<string, int[]>(StringComparer.Ordinal);
        if (!writers.TryGetValue(reading, out var found))
        {
            Span<int> ids = stackalloc int[MaxLookups];
            writers[reading] = found = ids[..gazetteer.LookupReading(reading, ids, 0)].ToArray();
        }

        return found;
    }

    /// <summary>A word of the vocabulary (وقال, "and said"), a given name (وليد, Walid) or a listed word (a typo's edit too).</summary>
    private static bool IsKnownAsWritten(in TextToken t, Gazetteer gazetteer, Span<int> ids) =>
        TextVocabulary.RoleOf(t) != WordRole.None || NameVariants.ClassesOf(t.Folded).Count > 0 || gazetteer.Lookup(t.Folded, ids) > 0;
}
