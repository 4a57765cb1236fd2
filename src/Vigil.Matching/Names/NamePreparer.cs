using System.Text;
using Vigil.Model;
using Vigil.Text.LegalForms;
using Vigil.Text.Names;
using Vigil.Text.Normalization;
using Vigil.Text.Phonetics;
using Vigil.Text.Similarity;
using Vigil.Text.Transliteration;

namespace Vigil.Matching.Names;

/// <summary>Turns a raw name into a <see cref="PreparedName"/>: fold, tokenise, mark legal forms, weigh, key.</summary>
public sealed class NamePreparer
{
    /// <summary>
    /// Fewest initials a name's acronym needs to be kept: two ("MV", "NR") spell the start of too many unrelated names.
    /// </summary>
    internal const int MinAcronymLength = 3;

    // Longest part of a hyphened given name (TokenRoles.JoinedToNext): syllables and short names ("Heung-min",
    // "Jean-Paul"), not double family names ("SHARIFI-ZINDASHTI") nor longer given names ("Ilie-Gabriel"), whose
    // parts are often used alone.
    private const int MaxHyphenedPart = 5;

    // The Arabic article, which the lists write onto the next word with a hyphen ("AL-ASSAD"); mistyped ("XAL-ASSAD",
    // "SL-DURI") it is no half of a given name.
    private const string Article = "al";

    private static readonly char[] WordSeparators = [' ', ','];

    private readonly TokenStatistics statistics;

    /// <summary>Creates a preparer weighting tokens by the given statistics.</summary>
    public NamePreparer(TokenStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        this.statistics = statistics;
    }

    /// <summary>A preparer with uniform token weights.</summary>
    public static NamePreparer Uniform { get; } = new(TokenStatistics.Uniform);

    /// <summary>The statistics used for weights.</summary>
    public TokenStatistics Statistics => statistics;

    /// <summary>Splits a name into folded tokens with legal-form phrases merged into "~code" tokens.</summary>
    public static string[] Tokenise(string name, Schema schema)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = TextFolder.Fold(SpellSymbols(SeparateInitials(ArabicScriptNames.SetApartArticle(ArabicScriptNames.JoinPersianSuffix(name)), schema)));
        if (folded.Length == 0)
        {
            return [];
        }

        var raw = NumberWords.Rewrite(folded.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (ArabicScriptNames.IsAbjadScript(name))
        {
            raw = ArabicScriptNames.SpellParticles(raw);
        }

        if (schema == Schema.Person)
        {
            return raw;
        }

        raw = NumberWords.RewriteRomanNumerals(Abbreviations.Expand(raw), DottedInitials.EndsWithInitial(name));
        if (raw.Length < 2)
        {
            return raw;
        }

        var marks = LegalFormTable.Mark(raw);
        var tokens = new List<string>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (marks[i] is { } code)
            {
                // One token per legal-form phrase: consecutive tokens with the same code form one phrase.
                if (i == 0 || marks[i - 1] != code)
                {
                    tokens.Add("~" + code);
                }
            }
            else
            {
                tokens.Add(raw[i]);
            }
        }

        return [.. tokens];
    }

    /// <summary>Prepares a name for matching.</summary>
    public PreparedName Prepare(string name, Schema schema, NameKind kind = NameKind.Primary)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Prepare(name, Tokenise(name, schema), schema, kind);
    }

    /// <summary>Prepares a name already split by <see cref="Tokenise"/> (index building tokenises once for statistics and weights).</summary>
    public PreparedName Prepare(string name, string[] tokens, Schema schema, NameKind kind)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(tokens);
        var syllabic = NameRoles.IsSyllabicScript(name);
        var abjad = ArabicScriptNames.IsAbjadScript(name);
        var kinds = new TokenKind[tokens.Length];
        var weights = new float[tokens.Length];
        var keys = new string[tokens.Length];
        var acronym = new StringBuilder();
        string?[]? legalCodes = null;
        var familyWords = FamilyWordCount(name, tokens);
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            // A word read from one character is a word of the name, whatever it spells; an English word a Chinese
            // company's name was read as ("technology", "group") is what it is in any name.
            var k = syllabic && t[0] != '~' && !IsNumber(t) && !ChineseCompanyWords.IsReading(t) ? TokenKind.Word : Classify(t, schema);

            // "Ben Netanyahu": a particle that is also a given name is the given name when it opens a person's name
            // (as "son of" it follows one).
            if (k == TokenKind.Stopword && i == 0 && schema == Schema.Person && tokens.Length > 1 && NameVariants.ClassesOf(t).Count > 0)
            {
                k = TokenKind.Word;
            }

            // "DU, Yu Rong", "HAJI, Ali Ahmed", "SHEIKH, Muhammad Naeem": a word that is a particle elsewhere is the
            // family name when it stands alone before the comma, and weighs as one (read as a particle, any "Ali
            // Ahmed" was the listed Haji).
            if (k == TokenKind.Stopword && i == 0 && schema == Schema.Person && familyWords == 1)
            {
                k = TokenKind.Word;
            }

            // A generation ("Jr.", "III") after a person's first word weighs as a stopword: customer records add or
            // drop it where lists do not ("Ramzan Kadyrov Jr" scored 0.06 against "KADYROV, Ramzan Akhmatovich"),
            // and the date of birth tells father from son better. A name of unknown type may be a person's.
            if (k == TokenKind.Word && i > 0 && schema is Schema.Person or Schema.LegalEntity && WordLists.IsGeneration(t))
            {
                k = TokenKind.Stopword;
            }

            // "O, Kuk-Ryol": a one-letter family name written first, before the comma, is the Korean name 오, not an
            // initial ("Olga" must not spell it).
            if (k == TokenKind.Initial && i == 0 && schema == Schema.Person && tokens.Length > 1 && OpensWithOneLetterSurname(name))
            {
                k = TokenKind.Word;
            }

            kinds[i] = k;
        }

        if (schema is Schema.Person or Schema.LegalEntity)
        {
            DropOpeningTitles(name, tokens, kinds, schema == Schema.Person);
        }

        KeepStopwordsOfCodes(tokens, kinds);
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            var k = kinds[i];
            var baseWeight = k switch
            {
                TokenKind.Word when schema != Schema.Person && IsRomanNumeral(t) => 0.3,
                TokenKind.Word => 1.0,
                TokenKind.Number => 1.0,
                TokenKind.Initial => 0.5,
                TokenKind.Generic => 0.35,
                _ => 0.05,
            };
            var rarity = k is TokenKind.Word or TokenKind.Generic ? statistics.RarityFactor(t) : 1.0;
            weights[i] = (float)(baseWeight * rarity);
            keys[i] = k is TokenKind.Word or TokenKind.Generic ? PhoneticKey.Of(t, innerWIsVowel: abjad) : string.Empty;
            if (k is TokenKind.Word or TokenKind.Generic or TokenKind.Initial)
            {
                acronym.Append(t[0]);
            }

            // A legal form written out where it was not peeled (mid-name, or a person-less guess) still compares as its code.
            if (k is TokenKind.Word or TokenKind.Generic && schema != Schema.Person && LegalFormTable.TryGetCode([t], out var legal))
            {
                legalCodes ??= new string?[tokens.Length];
                legalCodes[i] = "~" + legal;
            }
        }

        var variants = new int[tokens.Length][];
        var firstContent = Array.FindIndex(kinds, PreparedName.IsContent);
        var lastContent = Array.FindLastIndex(kinds, PreparedName.IsContent);
        for (var i = 0; i < tokens.Length; i++)
        {
            variants[i] = syllabic ? [] : kinds[i] switch
            {
                TokenKind.Word => WordClasses(tokens[i], schema, familyWords > 0 ? i < familyWords : i == firstContent || i == lastContent),
                TokenKind.Generic => [.. GenericVariants.ClassesOf(tokens[i])],
                _ => [],
            };
        }

        var legalGroups = LegalGroups(tokens, kinds, legalCodes);
        return new PreparedName(name, schema, kind, tokens, kinds, weights, keys, schema != Schema.Person && acronym.Length >= MinAcronymLength ? acronym.ToString() : string.Empty)
        {
            LegalCodes = legalCodes,
            LegalGroups = legalGroups.All,
            KindedLegalGroups = legalGroups.Kinded,
            VariantClasses = variants,
            IsSyllabic = syllabic,
            WithoutShortVowels = abjad,
            Roles = MarkHyphenedGivenNames(name, tokens, kinds, schema, NameRoles.Find(tokens, kinds, schema, syllabic)),
            SoleWordInSmallLetters = SoleWordInSmallLetters(name, tokens, kinds),
        };
    }

    /// <summary>
    /// Marks <see cref="TokenRoles.JoinedToNext"/> in a person's name (or one of no stated kind): each word of the name
    /// as written that folds to two words of the name, of at most <see cref="MaxHyphenedPart"/> letters each, joined
    /// by a hyphen; not an article mistyped, nor a word the name repeats ("Abdel-Salam Abdel-Rahman": which "abdel" a
    /// query's aligns with is chance). The words of the name are folded one by one and must give its tokens in order;
    /// where they do not (a rewriting of the whole name), nothing further is marked.
    /// </summary>
    private static TokenRoles[] MarkHyphenedGivenNames(string name, string[] tokens, TokenKind[] kinds, Schema schema, TokenRoles[] roles)
    {
        if (schema is not (Schema.Person or Schema.LegalEntity) || !name.Contains('-', StringComparison.Ordinal))
        {
            return roles;
        }

        var at = 0;
        foreach (var word in name.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = TextFolder.Fold(word).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (at + parts.Length > tokens.Length || !parts.AsSpan().SequenceEqual(tokens.AsSpan(at, parts.Length)))
            {
                break;
            }

            if (parts.Length == 2 && word.Contains('-', StringComparison.Ordinal) && kinds[at] == TokenKind.Word && kinds[at + 1] == TokenKind.Word
                && parts[0].Length <= MaxHyphenedPart && parts[1].Length <= MaxHyphenedPart
                && EditDistance.WithTranspositions(parts[0], Article) > 1 && (roles[at] & TokenRoles.Repeated) == 0 && (roles[at + 1] & TokenRoles.Repeated) == 0)
            {
                roles[at] |= TokenRoles.JoinedToNext;
            }

            at += parts.Length;
        }

        return roles;
    }

    /// <summary>
    /// A word's classes of names it may be another spelling of: given names ("ivan" = "john"), and where a person's
    /// family name stands (before the comma, else first or last, in a person's name or one of no stated kind) Korean
    /// family names as either Korea romanises them ("lee" = "ri"). Not a syllable of a given name: "Moon Chung-in" is
    /// not MUN, Chong Chol by "chung" and "chong", nor "Park Jong Chon" PAK, To-Chun by "chon" and "chun".
    /// </summary>
    private static int[] WordClasses(string token, Schema schema, bool familyPlace)
    {
        var given = NameVariants.ClassesOf(token);
        var family = familyPlace && schema is Schema.Person or Schema.LegalEntity ? KoreanSurnames.ClassesOf(token) : [];

        // Words the lists translate one way in a name and another way in its alias (TUNISIAN COMBAT GROUP, TUNISIAN
        // COMBATANT GROUP; ... AND AL-SHAM, ... AND THE LEVANT), in any name but a person's.
        var named = schema == Schema.Person ? [] : GenericVariants.ClassesOf(token);
        return family.Count == 0 && named.Count == 0 ? [.. given] : [.. given, .. family, .. named];
    }

    /// <summary>Whether the name is written surname first and the surname is one letter ("O, Chong Ok").</summary>
    private static bool OpensWithOneLetterSurname(string name)
    {
        var text = name.AsSpan().TrimStart();
        return text.Length > 2 && char.IsLetter(text[0]) && text[1..].TrimStart().StartsWith(',');
    }

    /// <summary>
    /// How many of the name's tokens stand before its comma, the family name as the lists write it ("PAK, To-Chun": one),
    /// when they are the first tokens of the name; 0 when there is no comma or the tokens do not begin so.
    /// </summary>
    private static int FamilyWordCount(string name, string[] tokens)
    {
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        if (comma <= 0)
        {
            return 0;
        }

        var family = TextFolder.Fold(name[..comma]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return family.Length < tokens.Length && family.AsSpan().SequenceEqual(tokens.AsSpan(0, family.Length)) ? family.Length : 0;
    }

    /// <summary>Whether the name has one identifying token and writes it, as typed, with a small letter.</summary>
    private static bool SoleWordInSmallLetters(string name, string[] tokens, TokenKind[] kinds)
    {
        string? sole = null;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (PreparedName.IsContent(kinds[i]))
            {
                if (sole is not null)
                {
                    return false;
                }

                sole = tokens[i];
            }
        }

        if (sole is null)
        {
            return false;
        }

        // The typed word that folds to the token; a word read from another script has none, and may be an acronym.
        var text = name.AsSpan();
        var start = -1;
        for (var k = 0; k <= text.Length; k++)
        {
            var inWord = k < text.Length && char.IsLetterOrDigit(text[k]);
            if (inWord && start < 0)
            {
                start = k;
            }
            else if (!inWord && start >= 0)
            {
                var word = text[start..k];
                if (HasSmallLetter(word) && string.Equals(TextFolder.Fold(word.ToString()), sole, StringComparison.Ordinal))
                {
                    return true;
                }

                start = -1;
            }
        }

        return false;
    }

    private static bool HasSmallLetter(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Titles that open a name ("Sr. Nicolas Maduro", "Ing. Capt. Luis Perez"), after a form of address ("H.E.", "His
    /// Excellency", <see cref="FormsOfAddress"/>) or not, weigh as stopwords when two words or
    /// more follow them: as words they were a conflict with every listed name, and "Sr. Nicolas Maduro" found nobody.
    /// With fewer words after them they may be the name itself ("ING Bank", "Major Lopez"); in a name of unknown type
    /// with an organisation's words ("Imam Khomeini Shazand Oil Refining Company") they are part of it.
    /// </summary>
    private static void DropOpeningTitles(string name, string[] tokens, TokenKind[] kinds, bool person)
    {
        var titles = FormsOfAddress.OpeningLength(name, tokens);
        while (titles < tokens.Length && kinds[titles] == TokenKind.Word && WordLists.IsTitle(tokens[titles]))
        {
            titles++;
        }

        var words = 0;
        for (var i = titles; i < tokens.Length; i++)
        {
            words += kinds[i] == TokenKind.Word ? 1 : 0;
            if (!person && kinds[i] is TokenKind.Generic or TokenKind.LegalForm or TokenKind.Number)
            {
                return;
            }
        }

        for (var i = 0; i < titles && words >= 2; i++)
        {
            kinds[i] = TokenKind.Stopword;
        }
    }

    /// <summary>
    /// A registration mark such as "YK-AND" splits into a legal form ("YK", yugen kaisha) and a stopword: nothing would
    /// be left to match. When no other token is longer than two characters, the stopwords count as words. Decided from
    /// the name alone, so a query and a listed name spelt alike agree.
    /// </summary>
    private static void KeepStopwordsOfCodes(string[] tokens, TokenKind[] kinds)
    {
        var stopwords = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (kinds[i] == TokenKind.Stopword)
            {
                stopwords = true;
            }
            else if (kinds[i] is TokenKind.Word or TokenKind.Generic or TokenKind.Number && tokens[i].Length > 2)
            {
                return;
            }
        }

        for (var i = 0; stopwords && i < tokens.Length; i++)
        {
            if (kinds[i] == TokenKind.Stopword)
            {
                kinds[i] = TokenKind.Word;
            }
        }
    }

    /// <summary>
    /// One bit per legal-form group the name's legal forms (peeled or written out mid-name) belong to: of them all, and
    /// of those that name a kind of company.
    /// </summary>
    private static (ulong All, ulong Kinded) LegalGroups(string[] tokens, TokenKind[] kinds, string?[]? legalCodes)
    {
        ulong all = 0, kinded = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var code = kinds[i] == TokenKind.LegalForm ? tokens[i] : legalCodes?[i];
            var group = code is { Length: > 1 } ? LegalFormTable.GroupOf(code[1..]) : -1;
            if (group >= 0)
            {
                all |= 1UL << group;
                kinded |= LegalFormTable.IsKindless(code![1..]) ? 0 : 1UL << group;
            }
        }

        return (all, kinded);
    }

    /// <summary>
    /// Sets dotted initials apart ("O.V. Deripaska" = "O. V. Deripaska") in a person's name, and in a name of unknown
    /// type when they are two (a given name and a patronymic) and not a legal form's word together ("S.A.", "C.V."). An
    /// organisation's dotted letters are its acronym ("I.P.C. INTERNATIONAL") and stay together, as do three or more in
    /// a name of unknown type.
    /// </summary>
    private static string SeparateInitials(string name, Schema schema) => schema switch
    {
        Schema.Person => DottedInitials.Separate(name),
        Schema.LegalEntity => DottedInitials.Separate(name, static letters => letters.Length > 2 || LegalFormTable.IsWordOfAForm(letters)),
        _ => name,
    };

    /// <summary>Spells out the symbols that stand for words in names: "&amp;" = and, "%" = percent ("3%ers" = "Three Percenters").</summary>
    private static string SpellSymbols(string name)
    {
        if (name.AsSpan().IndexOfAny('&', '%') < 0)
        {
            return name;
        }

        return name.Replace("&", " and ", StringComparison.Ordinal).Replace("%", " percent ", StringComparison.Ordinal);
    }

    private static TokenKind Classify(string token, Schema schema)
    {
        if (token[0] == '~')
        {
            return TokenKind.LegalForm;
        }

        if (IsNumber(token))
        {
            return TokenKind.Number;
        }

        if (token.Length == 1)
        {
            return TokenKind.Initial;
        }

        if (WordLists.IsStopword(token))
        {
            return TokenKind.Stopword;
        }

        // A place in an organisation's name ("Dubai", "Hong Kong") is generic too, with a role of its own (TokenRoles.Place).
        return schema != Schema.Person && (WordLists.IsGeneric(token) || WordLists.IsPlace(token)) ? TokenKind.Generic : TokenKind.Word;
    }

    private static bool IsRomanNumeral(string token)
    {
        if (token.Length > 5)
        {
            return false;
        }

        foreach (var c in token)
        {
            if (c is not ('i' or 'v' or 'x'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNumber(string token)
    {
        foreach (var c in token)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
