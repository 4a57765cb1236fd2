using Vigil.Text.Names;

namespace Vigil.Screening.Text;

/// <content>
/// Arabic writes "and", "so", "by", "for" and "as" onto the word after them (ونيكولاس, and Nicolas; لحزب الله, for
/// Hezbollah), and a name so written met no listed word. A word in Arabic letters that opens with one of those letters
/// and is known only without it is read as two words: the letter, a function word that ends a run, and the rest.
/// </content>
internal sealed partial class TextPass
{
    // و ف ب ل ك: and, so, by, for, as.
    private const string Clitics = "\u0648\u0641\u0628\u0644\u0643";

    // A clitic and a word of three letters at least: a shorter rest is written by too many listed words.
    private const int MinWithClitic = 4;

    private static List<TextToken> SetApartClitics(string text, List<TextToken> tokens, Gazetteer gazetteer)
    {
        List<TextToken>? output = null;
        Span<int> ids = stackalloc int[MaxLookups];
        for (var k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (t.Arabic && t.End - t.Start >= MinWithClitic && Clitics.Contains(text[t.Start], StringComparison.Ordinal)
                && !IsKnown(text, t, gazetteer, ids) && IsKnownWithoutClitic(text, t, gazetteer, ids))
            {
                output ??= tokens.GetRange(0, k);
                var rest = text.AsSpan(t.Start + 1, t.End - t.Start - 1);
                output.Add(new TextToken(t.Start, t.Start + 1, TokenFolder.FoldSlow(text.AsSpan(t.Start, 1)), TokenShape.Uncased, t.Gap, Arabic: true, Written: text[t.Start].ToString()));
                output.Add(t with { Start = t.Start + 1, Folded = TokenFolder.FoldSlow(rest), Gap = TextGap.None, Written = ArabicScriptNames.WrittenForm(rest) });
            }
            else
            {
                output?.Add(t);
            }
        }

        return output ?? tokens;
    }

    /// <summary>A word of the vocabulary (وقال, "and said"), a given name (وليد, Walid), a listed word or a spelling of one.</summary>
    private static bool IsKnown(string text, in TextToken t, Gazetteer gazetteer, Span<int> ids) =>
        TextVocabulary.RoleOf(t) != WordRole.None || NameVariants.ClassesOf(t.Folded).Count > 0 || gazetteer.Lookup(t.Folded, ids) > 0
        || gazetteer.LookupReading(ReadingOf(text[t.Start..t.End], t.Folded), ids, 0) > 0;

    /// <summary>Whether the word less its first letter is a given name or spelt by a listed word (by its letters, not a typo's edit).</summary>
    private static bool IsKnownWithoutClitic(string text, in TextToken t, Gazetteer gazetteer, Span<int> ids)
    {
        var rest = text[(t.Start + 1)..t.End];
        var folded = TokenFolder.FoldSlow(rest);
        return NameVariants.ClassesOf(folded).Count > 0 || gazetteer.LookupReading(ReadingOf(rest, folded), ids, 0) > 0;
    }
}
