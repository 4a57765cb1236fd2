using System.Buffers;
using System.Collections.Frozen;
using Vigil.Screening.Identifiers;
using Vigil.Text.Names;

namespace Vigil.Screening.Text;

/// <summary>
/// Finds the names of sanctioned jurisdictions among the words of a text, longest phrase first, and the accounts held
/// there: an IBAN's first two letters are the country of its bank.
/// </summary>
internal static class JurisdictionFinder
{
    private static readonly SearchValues<char> IbanCharacters = SearchValues.Create("0123456789abcdefghijklmnopqrstuvwxyz");

    // Longest first: "وال" before "و". "لل" is ل before the article, whose alif is not written after it; then the
    // article, then each clitic letter alone.
    private static readonly string[] ArabicPrefixes = ["وال", "بال", "فال", "كال", "لل", "ال", .. ArabicScriptNames.CliticLetters.Select(c => c.ToString())];

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
            var first = tokens[i].Folded;
            if (!phrases.TryGetValue(first, out var candidates) && !(tokens[i].Arabic && TryArabicStem(text, tokens[i], phrases, out first, out candidates)))
            {
                if (AccountAt(text, tokens, i) is { } account)
                {
                    found.Add(account);
                    i = account.Last;
                }

                continue;
            }

            foreach (var phrase in candidates!)
            {
                if (Matches(tokens, i, first, phrase, caseless))
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

    /// <summary>
    /// An Arabic word with a prefix written onto it that names a jurisdiction without it: "and", "in", "to", "so" or
    /// "as" (و، ب، ل، ف، ك), the article, or both (وفنزويلا, بالعراق, الفنزويلي; للسودان, whose article lost its alif).
    /// Compared as written, so no word is transliterated again.
    /// </summary>
    private static bool TryArabicStem(string text, in TextToken token, FrozenDictionary<string, JurisdictionPhrase[]> phrases, out string stem, out JurisdictionPhrase[]? candidates)
    {
        var word = text.AsSpan(token.Start, token.End - token.Start);
        var firstWords = SanctionedJurisdictions.ArabicFirstWords.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> withArticle = stackalloc char[word.Length + 1];
        foreach (var prefix in ArabicPrefixes)
        {
            if (word.Length <= prefix.Length + 2 || !word.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = word[prefix.Length..];
            "\u0627\u0644".CopyTo(withArticle);
            rest.CopyTo(withArticle[2..]);
            if ((firstWords.TryGetValue(rest, out var folded) || firstWords.TryGetValue(withArticle[..(rest.Length + 2)], out folded))
                && phrases.TryGetValue(folded, out candidates))
            {
                stem = folded;
                return true;
            }
        }

        stem = token.Folded;
        candidates = null;
        return false;
    }

    private static bool Matches(List<TextToken> tokens, int at, string firstWord, JurisdictionPhrase phrase, bool caseless)
    {
        var words = phrase.Words;
        if (at + words.Length > tokens.Count || phrase.Arabic != tokens[at].Arabic)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            var token = tokens[at + k];
            if (!string.Equals(k == 0 ? firstWord : token.Folded, words[k], StringComparison.Ordinal) || (k > 0 && token.Gap != TextGap.None))
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
