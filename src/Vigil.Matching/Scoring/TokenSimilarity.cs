using Vigil.Matching.Names;
using Vigil.Text.Similarity;

namespace Vigil.Matching.Scoring;

/// <summary>Similarity of two prepared tokens in 0..1, with the kind of match. Allocation-free.</summary>
internal static class TokenSimilarity
{
    /// <summary>Similarity given to listed name variants.</summary>
    public const double VariantSimilarity = 0.9;

    /// <summary>Floor for tokens with the same phonetic key.</summary>
    public const double PhoneticFloor = 0.86;

    /// <summary>Spelling similarity below which a shared phonetic key earns only <see cref="WeakPhoneticFloor"/>.</summary>
    public const double PhoneticSpellingMinimum = 0.5;

    /// <summary>Floor for tokens with the same phonetic key but little spelling in common.</summary>
    public const double WeakPhoneticFloor = 0.72;

    /// <summary>Similarity of an initial to a word starting with it.</summary>
    public const double InitialSimilarity = 0.88;

    public static double Compute(PreparedName a, int i, PreparedName b, int j, out TokenMatchKind how)
    {
        var ta = a.Tokens[i];
        var tb = b.Tokens[j];
        var ka = a.Kinds[i];
        var kb = b.Kinds[j];
        if (string.Equals(ta, tb, StringComparison.Ordinal))
        {
            how = ka == TokenKind.LegalForm ? TokenMatchKind.LegalForm : TokenMatchKind.Exact;
            return 1.0;
        }

        how = TokenMatchKind.None;
        if ((ka == TokenKind.LegalForm && b.LegalCodes?[j] == ta) || (kb == TokenKind.LegalForm && a.LegalCodes?[i] == tb))
        {
            how = TokenMatchKind.LegalForm;
            return 1.0;
        }

        if (ka is TokenKind.LegalForm or TokenKind.Number || kb is TokenKind.LegalForm or TokenKind.Number)
        {
            return 0.0;
        }

        // Two readings of CJK characters that differ are two different characters (习近平 / 习近朋), not a misspelling.
        if (a.IsSyllabic && b.IsSyllabic)
        {
            return 0.0;
        }

        if (ka == TokenKind.Initial || kb == TokenKind.Initial)
        {
            if (ta[0] == tb[0] && (ka != kb))
            {
                how = TokenMatchKind.Initial;
                return InitialSimilarity;
            }

            return 0.0;
        }

        if (ShareClass(a.VariantClasses[i], b.VariantClasses[j]))
        {
            how = TokenMatchKind.Variant;
            return VariantSimilarity;
        }

        // Cheap bound first: tokens of very different lengths cannot be close in spelling, and most pairs are not.
        var phonetic = a.Keys[i].Length > 0 && string.Equals(a.Keys[i], b.Keys[j], StringComparison.Ordinal);
        var lengthBound = 1.0 - ((double)Math.Abs(ta.Length - tb.Length) / Math.Max(ta.Length, tb.Length));
        if (lengthBound < 0.5 && !phonetic && !(ta.Length >= 4 && tb.Length >= 4 && (ta.StartsWith(tb, StringComparison.Ordinal) || tb.StartsWith(ta, StringComparison.Ordinal))))
        {
            how = TokenMatchKind.Fuzzy;
            return lengthBound / 2;
        }

        var lev = EditDistance.Similarity(ta, tb);
        how = TokenMatchKind.Fuzzy;

        // Abbreviation: "corp" / "corporation", "intl" is covered by lists; require 4+ letters so "al" is no prefix of "ali".
        // Organisations abbreviate words; people do not abbreviate their surnames ("Lind" is not "Lindemann").
        var shorter = ta.Length < tb.Length ? ta : tb;
        var longer = ta.Length < tb.Length ? tb : ta;
        var abbreviation = shorter.Length >= 4 && a.Schema != Model.Schema.Person && b.Schema != Model.Schema.Person && longer.StartsWith(shorter, StringComparison.Ordinal);

        // Jaro-Winkler is at most 1, so below this edit similarity the pair cannot reach Alignment.MinSimilarity and
        // will never be aligned: any value under it is as good as the exact one, and most pairs of a query end here.
        if (lev < (2 * Alignment.MinSimilarity) - 1 && !phonetic && !abbreviation)
        {
            return lev;
        }

        var jw = JaroWinkler.Similarity(ta, tb);
        var s = (lev + jw) / 2.0;
        if (abbreviation && s < 0.85)
        {
            s = 0.85;
            how = TokenMatchKind.Prefix;
        }

        // The key drops vowels and merges consonants, so it also joins spellings that share little ("Maite" /
        // "Mohammadi", "Terry" / "Tahir"): below half their letters in common the sound earns only a weak match.
        if (phonetic && s < PhoneticFloor)
        {
            s = s >= PhoneticSpellingMinimum ? PhoneticFloor : Math.Max(s, WeakPhoneticFloor);
            how = TokenMatchKind.Phonetic;
        }

        return s;
    }

    private static bool ShareClass(int[] a, int[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
        }

        foreach (var x in a)
        {
            if (Array.IndexOf(b, x) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
