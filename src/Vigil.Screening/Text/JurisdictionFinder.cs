namespace Vigil.Screening.Text;

/// <summary>Finds the names of sanctioned jurisdictions among the words of a text, longest phrase first.</summary>
internal static class JurisdictionFinder
{
    /// <summary>Every phrase naming a sanctioned jurisdiction, as word ranges; no two overlap.</summary>
    /// <param name="tokens">The text's words.</param>
    /// <param name="caseless">True when the text is all capitals or all lower case, so capitals tell nothing.</param>
    public static List<(JurisdictionPhrase Phrase, int First, int Last)> Find(List<TextToken> tokens, bool caseless)
    {
        var found = new List<(JurisdictionPhrase, int, int)>();
        var phrases = SanctionedJurisdictions.PhrasesByFirstWord;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!phrases.TryGetValue(tokens[i].Folded, out var candidates))
            {
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
