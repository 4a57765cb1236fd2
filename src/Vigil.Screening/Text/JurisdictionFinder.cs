using System.Buffers;
using Vigil.Screening.Identifiers;

namespace Vigil.Screening.Text;

/// <summary>
/// Finds the names of sanctioned jurisdictions among the words of a text, longest phrase first, and the accounts held
/// there: an IBAN's first two letters are the country of its bank.
/// </summary>
internal static class JurisdictionFinder
{
    private static readonly SearchValues<char> IbanCharacters = SearchValues.Create("0123456789abcdefghijklmnopqrstuvwxyz");

    /// <summary>Every phrase naming a sanctioned jurisdiction, and every IBAN held in one, as word ranges; no two overlap.</summary>
    /// <param name="text">The text the words were read from.</param>
    /// <param name="tokens">The text's words.</param>
    /// <param name="caseless">True when the text is all capitals or all lower case, so capitals tell nothing.</param>
    public static List<(JurisdictionPhrase Phrase, int First, int Last)> Find(string text, List<TextToken> tokens, bool caseless)
    {
        var found = new List<(JurisdictionPhrase, int, int)>();
        var phrases = SanctionedJurisdictions.PhrasesByFirstWord;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!phrases.TryGetValue(tokens[i].Folded, out var candidates))
            {
                if (AccountAt(text, tokens, i) is { } account)
                {
                    found.Add(account);
                    i = account.Last;
                }

                continue;
            }

            foreach (var phrase in candidates)
            {
                if (Matches(tokens, i, phrase, caseless))
                {
                    found.Add((phrase, i, i + phrase.Words.Length - 1));
                    i += phrase.Words.Length - 1;
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>
    /// An IBAN held in a sanctioned jurisdiction starting at word i, written whole ("IR580540105180021273113007") or in
    /// groups of four as invoices print it ("IR58 0540 1051 8002 1273 1130 07"), its check digits holding; else null.
    /// </summary>
    private static (JurisdictionPhrase Phrase, int First, int Last)? AccountAt(string text, List<TextToken> tokens, int i)
    {
        var first = tokens[i].Folded;
        if (first.Length < 4 || !char.IsAsciiLetterLower(first[0]) || !char.IsAsciiLetterLower(first[1]) || !char.IsAsciiDigit(first[2]) || !char.IsAsciiDigit(first[3])
            || SanctionedJurisdictions.Find(first[..2].ToUpperInvariant()) is not { } jurisdiction)
        {
            return null;
        }

        Span<char> iban = stackalloc char[Iban.MaxLength];
        var length = 0;
        var last = -1;
        for (var k = i; k < tokens.Count; k++)
        {
            var word = tokens[k].Folded;
            var grouped = k > i && tokens[k].Start == tokens[k - 1].End + 1 && text[tokens[k - 1].End] == ' ' && word.Length <= 4;
            if ((k > i && !grouped) || length + word.Length > iban.Length || word.AsSpan().ContainsAnyExcept(IbanCharacters))
            {
                break;
            }

            length += word.AsSpan().ToUpperInvariant(iban[length..]);
            last = Iban.IsValid(iban[..length]) ? k : last;
        }

        return last < 0 ? null : (new JurisdictionPhrase([first], jurisdiction, IsAdjective: false, RequiresCapitals: false), i, last);
    }

    private static bool Matches(List<TextToken> tokens, int at, JurisdictionPhrase phrase, bool caseless)
    {
        var words = phrase.Words;
        if (at + words.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            var token = tokens[at + k];
            if (!string.Equals(token.Folded, words[k], StringComparison.Ordinal) || (k > 0 && token.Gap != TextGap.None))
            {
                return false;
            }
        }

        var first = tokens[at];
        if (phrase.RequiresCapitals)
        {
            return first.Shape == TokenShape.AllCaps;
        }

        // A country's name is capitalised in English and Spanish; Spanish adjectives are not ("empresa venezolana").
        return caseless || phrase.IsAdjective || first.LooksLikeName;
    }
}
