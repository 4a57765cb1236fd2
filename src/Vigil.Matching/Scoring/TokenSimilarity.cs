using Vigil.Matching.Names;
using Vigil.Text.Names;
using Vigil.Text.Similarity;

namespace Vigil.Matching.Scoring;

/// <summary>Similarity of two prepared tokens in 0..1, with the kind of match. Allocation-free.</summary>
internal static class TokenSimilarity
{
    /// <summary>Similarity given to listed name variants.</summary>
    public const double VariantSimilarity = 0.9;

    /// <summary>
    /// Similarity given to a given name and its form in another language (<see cref="NameVariants.IsCognateClass"/>:
    /// "Hans" and "Ivan", "Giuseppe" and "Joseph"). Papers write a person's name in its own form, spelt or romanised
    /// otherwise, rarely translated: at the variants' 0.9 a customer of a common surname with any form of a listed
    /// given name matched ("Hans Hernandez" HERNANDEZ, Ivan 0.88), 1,564 of the million bench rows' false matches
    /// had a variant, and the translated pairs found almost no listed name. Still a match of the name's sense: above
    /// <see cref="Alignment.MinSimilarity"/>, and a partial or three-word name stays for review.
    /// </summary>
    public const double CognateSimilarity = 0.75;

    /// <summary>Floor for tokens with the same phonetic key.</summary>
    public const double PhoneticFloor = 0.86;

    /// <summary>Spelling similarity below which a shared phonetic key earns only <see cref="WeakPhoneticFloor"/>.</summary>
    public const double PhoneticSpellingMinimum = 0.5;

    /// <summary>
    /// The same for two words of four letters or more, or two letters or more apart in length, neither of them bare
    /// consonants read from Arabic or Persian script: such words share a key by chance far more often ("Sara" / "Sahir",
    /// "Adela" / "Yadollah", "Marquez" / "Marcos", a Latin acronym sounded out: "Luca" / "LKCK", and a syllable with a
    /// longer word: "Maria" / "MIR", "Lin" / "LEONE") than short syllables of a length ("Xi" / "Si") or consonant
    /// skeletons ("byryz" / "Perez"), which only the key can find.
    /// </summary>
    public const double LongPhoneticSpellingMinimum = 0.65;

    /// <summary>
    /// The same for two words of names other than persons', one of four letters or more, neither read from a script
    /// without short vowels, unless they are the same word once respelt ("Oeel" / "Oil", "PPHC" / "PFC") or one typing
    /// slip apart so (<see cref="Respelling"/>: "Bnak" / "Bank", "Oonity" / "Unity"): a company's name is written in
    /// the letters it chose, and a key shared with a word spelt otherwise is mostly chance ("China" / "Sina", keys SN:
    /// "Bank of China" matched the Iranian "SINA BANK" at 0.84), where a person's name is spelt as each clerk hears it.
    /// At 0.75, and for two words of four letters only, "Haddad Inc" matched "AL-HADID" (spelt alike 0.77), "Thomas"
    /// "TAMAS COMPANY", "Reddy Pty Ltd" "RAD D.O.O.": 890 of the million bench rows' false matches.
    /// </summary>
    public const double WordPhoneticSpellingMinimum = 0.80;

    /// <summary>Floor for tokens with the same phonetic key but little spelling in common.</summary>
    public const double WeakPhoneticFloor = 0.72;

    /// <summary>Similarity of an initial to a word starting with it.</summary>
    public const double InitialSimilarity = 0.88;

    /// <summary>
    /// Similarity of a word read from a script without short vowels to a Latin spelling that writes each of its letters
    /// (<see cref="Vocalisation"/>): all that script can tell of the name agrees. More than a listed variant of a given
    /// name, less than a near-exact spelling (0.95 counts as exact), as the same letters may still be another name
    /// (محمد is written by "Mahmud" as by "Muhammad"); at 0.95 the negatives' false hits rose 43 → 58, at 0.92 → 47.
    /// </summary>
    public const double TransliteratedSimilarity = 0.92;

    // The spelling bound at which Compute goes on to measure a pair; the margin is wider than Compute's own.
    private static readonly SpellingFloor AlignmentSpelling = new(Alignment.MinSimilarity, 1e-6);

    /// <summary>
    /// Whether <see cref="Compute(in TokenText, in TokenFacts, in TokenText, in TokenFacts, out TokenMatchKind)"/> of two
    /// tokens may reach <see cref="Alignment.MinSimilarity"/>, told from their shapes: no only where each way Compute
    /// has of reaching it is ruled out. Below the minimum no pair aligns and the logit bound counts none, so screening
    /// compares a listed token with a query's word only where this says yes: most words of a query's candidates are
    /// like none of its words, and their facts and text are then never read.
    /// </summary>
    public static bool MayReachAlignment(in TokenShape a, in TokenShape b)
    {
        // The key that reads sch as ж is settled on the facts, as are words read from other scripts, whose similarity
        // the letters of the shapes do not model (no pair has been found that needs it).
        if (((a.Traits | b.Traits) & (ShapeTraits.Syllabic | ShapeTraits.VowelsUnwritten | ShapeTraits.ZheSpelling)) != 0)
        {
            return true;
        }

        // A legal form matches the same form, and the form written out as a word; numbers and listed acronyms match only
        // as written, an initial only a word it opens or the same initial.
        if ((a.Kind == TokenKind.LegalForm && (b.Traits & ShapeTraits.LegalCode) != 0) || (b.Kind == TokenKind.LegalForm && (a.Traits & ShapeTraits.LegalCode) != 0))
        {
            return true;
        }

        if (a.Kind is TokenKind.Number or TokenKind.LegalForm || b.Kind is TokenKind.Number or TokenKind.LegalForm || ((a.Roles | b.Roles) & TokenRoles.Acronym) != 0)
        {
            return a.Length == b.Length && a.Letters == b.Letters && a.First == b.First && a.Last == b.Last;
        }

        if (a.Kind == TokenKind.Initial || b.Kind == TokenKind.Initial)
        {
            return a.First == b.First;
        }

        // Forms of one given name (a shared class shares a bit), a phonetic key alike, a company's word abbreviated.
        if ((a.Forms & b.Forms) != 0 || (a.KeyLength > 0 && a.KeyLength == b.KeyLength && a.KeyFirst == b.KeyFirst))
        {
            return true;
        }

        if (((a.Traits | b.Traits) & ShapeTraits.Person) == 0 && a.First == b.First && a.Length >= 4 && b.Length >= 4
            && ((a.Letters & ~b.Letters) == 0 || (b.Letters & ~a.Letters) == 0))
        {
            return true;
        }

        return AlignmentSpelling.MayReach(a, b);
    }

    public static double Compute(PreparedName a, int i, PreparedName b, int j, out TokenMatchKind how) =>
        Compute(a, i, new TokenFacts(a, i), b, j, new TokenFacts(b, j), out how);

    /// <summary>The same, with the tokens' facts already at hand.</summary>
    public static double Compute(PreparedName a, int i, in TokenFacts fa, PreparedName b, int j, in TokenFacts fb, out TokenMatchKind how) =>
        Compute(TokenText.Of(a, i), fa, TokenText.Of(b, j), fb, out how);

    /// <summary>
    /// The same from each token's facts and text: a pair the facts settle is not read further, so a query compared with
    /// many listed tokens reads the text of few (a listed token's text lies in the <c>NameTable</c>, beside its facts).
    /// </summary>
    public static double Compute(in TokenText a, in TokenFacts fa, in TokenText b, in TokenFacts fb, out TokenMatchKind how)
    {
        var ka = fa.Kind;
        var kb = fb.Kind;
        if (fa.Hash == fb.Hash && fa.Length == fb.Length && a.Token.SequenceEqual(b.Token))
        {
            how = ka == TokenKind.LegalForm ? TokenMatchKind.LegalForm : TokenMatchKind.Exact;
            return 1.0;
        }

        how = TokenMatchKind.None;
        if ((ka == TokenKind.LegalForm && fb.HasLegalCode && a.Token.SequenceEqual(b.LegalCode)) || (kb == TokenKind.LegalForm && fa.HasLegalCode && b.Token.SequenceEqual(a.LegalCode)))
        {
            how = TokenMatchKind.LegalForm;
            return 1.0;
        }

        // Numbers and listed acronyms ("PASK" is not "Park") match only as written.
        if (ka is TokenKind.LegalForm or TokenKind.Number || kb is TokenKind.LegalForm or TokenKind.Number || fa.Acronym || fb.Acronym)
        {
            return 0.0;
        }

        // Two readings of CJK characters that differ are two different characters (习近平 / 习近朋), not a misspelling.
        if (fa.Syllabic && fb.Syllabic)
        {
            return 0.0;
        }

        // A syllable read from a Chinese character and a listed word that is another pinyin syllable are two different
        // characters (成 "cheng" / "CHEN", 杨 "yang" / "WANG"), not a misspelling: the lists write Chinese names in
        // pinyin, which reads each character one way.
        if (fa.Syllabic != fb.Syllabic && fa.Pinyin && fb.Pinyin)
        {
            return 0.0;
        }

        // A Korean syllable read from Hangul ("jeong", "eun") and the same syllable as lists write it ("Jong", "Un").
        if (fa.Syllabic != fb.Syllabic && fa.Length != fb.Length
            && (fa.Syllabic ? SpellsTheListedWay(a.Token, fa.Length - fb.Length, b.Token) : SpellsTheListedWay(b.Token, fb.Length - fa.Length, a.Token)))
        {
            how = TokenMatchKind.Variant;
            return VariantSimilarity;
        }

        if (ka == TokenKind.Initial || kb == TokenKind.Initial)
        {
            if (fa.First == fb.First && (ka != kb))
            {
                how = TokenMatchKind.Initial;
                return InitialSimilarity;
            }

            return 0.0;
        }

        // A name in Arabic letters against one in Latin: only the letters that script writes can agree.
        if (fa.VowelsUnwritten != fb.VowelsUnwritten && (fa.VowelsUnwritten ? Vocalisation.Writes(a.Token, b.Token) : Vocalisation.Writes(b.Token, a.Token)))
        {
            how = TokenMatchKind.Transliterated;
            return TransliteratedSimilarity;
        }

        if (fa.HasVariants && fb.HasVariants && NameVariants.Relation(a.VariantClasses, b.VariantClasses) is var relation && relation != NameRelation.None)
        {
            var oneForm = relation == NameRelation.OneForm;
            how = oneForm ? TokenMatchKind.Variant : TokenMatchKind.Cognate;
            return oneForm ? VariantSimilarity : CognateSimilarity;
        }

        // Cheap bound first: tokens of very different lengths cannot be close in spelling, and most pairs are not.
        // German writes ж as sch: "Prigoschin" sounds as "Prigozhin" does (a hash of 64 bits stands for the key here).
        var phonetic = (fa.KeyHash != 0 && fa.KeyHash == fb.KeyHash && fa.Spelt == fb.Spelt && a.Key.SequenceEqual(b.Key))
            || (fa.ZheKeyHash != 0 && fa.ZheKeyHash == fb.ZheKeyHash);
        var la = fa.Length;
        var lb = fb.Length;
        var sharedHead = TokenFacts.SharedHead(fa, fb);
        var prefixed = la >= 4 && lb >= 4 && sharedHead == 4 && (a.Token.StartsWith(b.Token, StringComparison.Ordinal) || b.Token.StartsWith(a.Token, StringComparison.Ordinal));

        // 1 - |la - lb| / max < 0.5, without dividing.
        if (2 * Math.Abs(la - lb) > Math.Max(la, lb) && !phonetic && !prefixed)
        {
            how = TokenMatchKind.Fuzzy;
            return (1.0 - ((double)Math.Abs(la - lb) / Math.Max(la, lb))) / 2;
        }

        how = TokenMatchKind.Fuzzy;

        // Abbreviation: "corp" / "corporation", "intl" is covered by lists; require 4+ letters so "al" is no prefix of "ali".
        // Organisations abbreviate words; people do not abbreviate their surnames ("Lind" is not "Lindemann").
        var abbreviation = prefixed && !fa.Person && !fb.Person;

        // Most pairs share too few letters to align: bound both measures by the letters in common before computing either.
        if (!phonetic && !abbreviation)
        {
            // The margin covers rounding: a pair is only cut off when it is clearly below the threshold.
            var bound = FuzzyBound(fa, fb, sharedHead, LetterBag.Common(fa.Letters, fb.Letters));
            if (bound < Alignment.MinSimilarity - 1e-9)
            {
                return bound;
            }
        }

        var ta = a.Token;
        var tb = b.Token;
        var lev = EditDistance.SimilarityWithTranspositions(ta, tb);

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
        // "Mohammadi", "Terry" / "Tahir"): below a spelling minimum (half, or more for two longer vowelled words) the
        // sound earns only a weak match.
        if (phonetic && s < PhoneticFloor)
        {
            var longer = ((la >= 4 && lb >= 4) || Math.Abs(la - lb) >= 2) && !fa.Skeleton && !fb.Skeleton;
            var companyWords = (la >= 4 || lb >= 4) && !fa.Skeleton && !fb.Skeleton && AreCompanyWords(fa, fb);
            var minimum = companyWords ? WordPhoneticSpellingMinimum : longer ? LongPhoneticSpellingMinimum : PhoneticSpellingMinimum;
            // The same word respelt ("soo" / "su", "eel" / "il", "moo" / "mu": the vowels English writes for Korean and
            // Chinese syllables) is spelt alike in any name.
            var spelt = (s >= minimum || Respelling.Same(ta, tb) || (companyWords && s >= LongPhoneticSpellingMinimum && Respelling.WithinOneSlip(ta, tb)))
                && !FewerConsonantsThanSkeleton(fa, fb) && !FewerConsonantsThanSkeleton(fb, fa);
            s = spelt ? PhoneticFloor : Math.Max(s, WeakPhoneticFloor);
            how = TokenMatchKind.Phonetic;
        }

        // Both are words the variant tables know, and not as forms of one: two names (Arabic writes حسن and حسين, "Hassan"
        // and "Hussein"; "Olga" and "Oleg"), however alike in sound or letters, matched at most as weakly as a chance key.
        return fa.HasVariants && fb.HasVariants ? Math.Min(s, WeakPhoneticFloor) : s;
    }

    /// <summary>
    /// Whether both are words of names other than persons' written in Latin letters, where no transliteration stands
    /// between two spellings: they need <see cref="WordPhoneticSpellingMinimum"/> for a shared key to count.
    /// </summary>
    private static bool AreCompanyWords(in TokenFacts a, in TokenFacts b) =>
        !a.Person && !b.Person && !a.VowelsUnwritten && !b.VowelsUnwritten;

    /// <summary>
    /// Whether <paramref name="skeleton"/> is bare consonants read from Arabic or Persian script and the other word
    /// writes fewer of them: a skeleton writes each of its consonants, so a word with fewer is another name that keys
    /// alike ("mhmd", محمد, and "Mid", keys MT: a given name matched a ministry's acronym at 0.82).
    /// </summary>
    private static bool FewerConsonantsThanSkeleton(in TokenFacts skeleton, in TokenFacts other) =>
        skeleton.Skeleton && !other.Skeleton && other.Consonants < skeleton.Consonants;

    /// <summary>
    /// An upper bound of (edit similarity + Jaro-Winkler) / 2 for two texts with at most <paramref name="common"/>
    /// characters in common: an edit script keeps at most that many characters, and Jaro matches at most that many.
    /// </summary>
    private static double FuzzyBound(in TokenFacts a, in TokenFacts b, int prefix, int common)
    {
        // Reciprocal lengths are stored with the facts: three divisions per pair would cost more than the rest.
        var c = Math.Min(common, Math.Min(a.Length, b.Length));
        var lev = c * Math.Min(a.Reciprocal, b.Reciprocal);
        var jaro = c == 0 ? 0 : ((c * a.Reciprocal) + (c * b.Reciprocal) + 1.0) / 3.0;
        return (lev + jaro + (prefix * 0.1 * (1.0 - jaro))) / 2.0;
    }

    /// <summary>
    /// Whether <paramref name="listed"/> is <paramref name="read"/> (a syllable romanised from Hangul,
    /// <c>HangulRomanizer</c>) with its vowels ㅓ and ㅡ written as the DPRK and McCune-Reischauer spellings do, "o" and
    /// "u" for "eo" and "eu": <paramref name="longer"/> letters shorter, one for each.
    /// </summary>
    private static bool SpellsTheListedWay(ReadOnlySpan<char> read, int longer, ReadOnlySpan<char> listed)
    {
        if (longer is < 1 or > 2)
        {
            return false;
        }

        var j = 0;
        for (var i = 0; i < read.Length; i++)
        {
            if (read[i] == 'e' && i + 1 < read.Length && read[i + 1] is 'o' or 'u' && longer > 0)
            {
                longer--;
                continue;
            }

            if (j >= listed.Length || listed[j] != read[i])
            {
                return false;
            }

            j++;
        }

        return longer == 0 && j == listed.Length;
    }
}

/// <summary>
/// What token similarity reads of a token beyond its <see cref="TokenFacts"/>: its folded text, phonetic key, legal-form
/// code (when it is a written-out legal form) and given-name variant classes.
/// </summary>
internal readonly ref struct TokenText(ReadOnlySpan<char> token, ReadOnlySpan<char> key, string? legalCode, int[] variantClasses)
{
    public ReadOnlySpan<char> Token { get; } = token;

    public ReadOnlySpan<char> Key { get; } = key;

    public string? LegalCode { get; } = legalCode;

    public int[] VariantClasses { get; } = variantClasses;

    /// <summary>Token i of a prepared name.</summary>
    public static TokenText Of(PreparedName name, int i) =>
        new(name.Tokens[i], name.Keys[i], name.LegalCodes?[i], name.VariantClasses.Length > i ? name.VariantClasses[i] : []);
}
