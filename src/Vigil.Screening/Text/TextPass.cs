using System.Collections.Immutable;
using Vigil.Matching.Screening;
using Vigil.Model;
using Vigil.Screening.Identifiers;
using Vigil.Text.Names;

namespace Vigil.Screening.Text;

/// <summary>
/// One screening of one text: its words, what each can be, the runs of name-like words, and the matcher's answers
/// so far. Built per call and thrown away; <see cref="TextScreener"/> holds what is shared.
/// </summary>
internal sealed partial class TextPass
{
    private const int MaxRunWords = 64;
    private const int RunOverlap = 8;
    private const int MaxConnectors = 2;

    // OFAC lists a few wallets and codes under two holders (an exchange and its operator, a bank and its branch).
    private const int MaxHolders = 8;

    private readonly string text;
    private readonly Screener screener;
    private readonly Gazetteer gazetteer;
    private readonly WrittenIdentifiers identifiers;
    private readonly TextScreeningOptions options;
    private readonly double threshold;
    private readonly List<TextToken> tokens;
    private readonly bool caseless;
    private readonly TokenRole[] roles;
    private readonly bool[] countryWord;

    // For a declined Russian or Ukrainian name word, the nominative the lists would give it (null for the rest, and
    // for every word of a text with no Cyrillic name word).
    private readonly string?[]? nominatives;
    private readonly List<(JurisdictionPhrase Phrase, int First, int Last)> jurisdictions;
    private readonly ImmutableArray<Identifier> imoNumbers;
    private readonly Dictionary<(string Query, int Entity), ScreeningHit> scored = [];
    private HashSet<string>? lowerCaseWords;

    // For each word in Arabic letters, its reading and the listed words that may write it, once worked out
    // (ArabicReading, ReadingIds).
    private string?[]? arabicReadings;
    private int[]?[]? readingIds;

    // By reading, the listed words that may write a word in Arabic letters (WritersOf).
    private Dictionary<string, int[]>? writers;

    public TextPass(string text, Screener screener, Gazetteer gazetteer, WrittenIdentifiers identifiers, TextScreeningOptions options, double threshold)
    {
        this.text = text;
        this.screener = screener;
        this.gazetteer = gazetteer;
        this.identifiers = identifiers;
        this.options = options;
        this.threshold = threshold;
        tokens = SetApartClitics(text, TextTokenizer.Tokenise(text), gazetteer, ref writers);
        nominatives = CyrillicNominatives(tokens, gazetteer);
        caseless = IsCaseless(tokens);
        jurisdictions = JurisdictionFinder.Find(text, tokens, caseless);
        countryWord = new bool[tokens.Count];
        foreach (var (_, first, last) in jurisdictions)
        {
            countryWord.AsSpan(first, last - first + 1).Fill(true);
        }

        roles = new TokenRole[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            roles[i] = RoleOf(tokens[i]);
        }

        for (var i = 1; i < tokens.Count; i++)
        {
            if (roles[i] != TokenRole.Break || roles[i - 1] != TokenRole.Name || tokens[i].Gap != TextGap.None || !tokens[i].LooksLikeName || caseless)
            {
                continue;
            }

            // Capitalised inside a name, a particle joins it ("Tareck El Aissami") and a function word is part of it
            // ("Kim Jong Un", where "Un" is not the Spanish article).
            var folded = tokens[i].Folded;
            if (WordLists.IsStopword(folded))
            {
                var next = i + 1 < tokens.Count ? tokens[i + 1] : default;
                roles[i] = i + 1 < tokens.Count && next.Gap == TextGap.None && RoleOf(next) == TokenRole.Name ? TokenRole.Connector : TokenRole.Break;
            }
            else if ((TextVocabulary.RoleOf(tokens[i]) & WordRole.Function) != 0)
            {
                roles[i] = TokenRole.Name;
            }
        }

        for (var i = 1; i < tokens.Count; i++)
        {
            if (GoesOnListedName(i) || (!caseless && i >= 2 && IsHyphenedSyllable(i)))
            {
                roles[i] = TokenRole.Name;
            }

            // "M/V", "M/T" (motor vessel, motor tanker) say a ship's name follows; its letters are no part of it.
            if (IsMotorVesselMark(i) && SeparatorBefore(i) == '/')
            {
                roles[i - 1] = TokenRole.Break;
                roles[i] = TokenRole.Break;
            }
        }

        imoNumbers = FindImoNumbers(tokens);
    }

    /// <summary>
    /// Whether word i is a syllable in lower case hyphened to the last word of a name, as English press writes Korean
    /// given names: "Kim Jong-un", "Kim Il-sung", "Choe Son-hui" (the lists: "KIM, Jong Un"). Short, a listed word,
    /// after two name words: "Putin-era" and "Maduro-led" stay one name word and a word that is no name.
    /// </summary>
    private bool IsHyphenedSyllable(int i)
    {
        var t = tokens[i];
        var previous = tokens[i - 1];
        return roles[i] == TokenRole.Break && t.Shape == TokenShape.Lower && t.Folded.Length <= 5
            && roles[i - 1] == TokenRole.Name && roles[i - 2] == TokenRole.Name && previous.Gap == TextGap.None
            && TextTokenizer.IsHyphen(SeparatorBefore(i)) && gazetteer.ExactId(t.Folded) >= 0;
    }

    /// <summary>
    /// Whether word i, no name word by itself, goes on a listed name from the word before it: a number, as ships are
    /// named ("Adrian Darya 1", "Grace 1"; not "Sberbank 2023"), or in text without capitals a function word, which
    /// case cannot tell from a name's ("UN" of "KIM JONG UN" is no Spanish article: the listed "KIM, Jong Un" says so).
    /// </summary>
    private bool GoesOnListedName(int i) =>
        roles[i] == TokenRole.Break && roles[i - 1] == TokenRole.Name && tokens[i].Gap == TextGap.None
        && (tokens[i].Shape == TokenShape.Number || (caseless && (TextVocabulary.RoleOf(tokens[i]) & WordRole.Function) != 0))
        && gazetteer.Follows(tokens[i - 1].Folded, tokens[i].Folded);

    /// <summary>Whether word i and the one before it are the letters of "M/V" or "M/T", however separated.</summary>
    private bool IsMotorVesselMark(int i) => tokens[i].Folded is "v" or "t" && tokens[i - 1].Folded == "m";

    /// <summary>The one character between word i and the one before it, or '\0' when there are none or more.</summary>
    private char SeparatorBefore(int i) => tokens[i].Start == tokens[i - 1].End + 1 ? text[tokens[i - 1].End] : '\0';

    public TextScreeningResult Run()
    {
        var found = new List<FoundMention>();
        foreach (var (first, last) in Runs())
        {
            GateRun(first, last, found);
        }

        var selected = SelectNonOverlapping(found);
        selected.AddRange(SingleWords(selected));
        selected.AddRange(ListedIdentifiers());
        return Build(selected);
    }

    /// <summary>
    /// Listed identifiers written in the text (<see cref="WrittenIdentifiers"/>): each word, two words joined by a
    /// hyphen ("EP-MMH"), and two words across a line break, for a SWIFT field's lines hold 35 characters and an
    /// address runs on to the next as often as not. Each names its holder whatever the text calls them.
    /// </summary>
    private List<FoundMention> ListedIdentifiers()
    {
        var found = new List<FoundMention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            // Most words of prose are lower case or capitalised, without digits: no identifier is, but a wallet's.
            var length = tokens[i].End - tokens[i].Start;
            if (length >= WrittenIdentifiers.MinWalletLength || (length >= 4 && MayBeCode(tokens[i])))
            {
                AddHolders(i, i, text.AsSpan(tokens[i].Start, length), found);
            }

            if (i + 1 == tokens.Count)
            {
                break;
            }

            var between = text.AsSpan(tokens[i].End, tokens[i + 1].Start - tokens[i].End);
            if (between is ['-'] && MayBeCode(tokens[i]) && MayBeCode(tokens[i + 1]))
            {
                AddHolders(i, i + 1, text.AsSpan(tokens[i].Start, tokens[i + 1].End - tokens[i].Start), found);
            }
            else if (between.Contains('\n') && between.IsWhiteSpace() && tokens[i + 1].End - tokens[i + 1].Start + tokens[i].End - tokens[i].Start >= WrittenIdentifiers.MinWalletLength)
            {
                AddHolders(i, i + 1, string.Concat(text.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start), text.AsSpan(tokens[i + 1].Start, tokens[i + 1].End - tokens[i + 1].Start)), found);
            }
        }

        return found;
    }

    /// <summary>Whether a word may be (part of) a code or registration mark: capitals, digits, or one capital ("G-VAIR").</summary>
    private static bool MayBeCode(in TextToken t) =>
        t.Shape is TokenShape.AllCaps or TokenShape.Number || (t.Shape == TokenShape.Capitalised && t.Folded.Length == 1) || t.Folded.AsSpan().ContainsAnyInRange('0', '9');

    /// <summary>Adds the holders of the identifier words first..last write, if it is a listed one.</summary>
    private void AddHolders(int first, int last, ReadOnlySpan<char> written, List<FoundMention> found)
    {
        if (identifiers.Find(written) is not { } identifier)
        {
            return;
        }

        foreach (var hit in screener.Screen(new ScreeningQuery { Name = string.Empty, Identifiers = [identifier] }, MaxHolders, threshold))
        {
            // Found a few times per text at most: the entity's position is looked for only then.
            if (hit.IsMatch)
            {
                found.Add(new FoundMention(first, last, gazetteer.Entities.IndexOf(hit.Entity), hit, MentionKind.Identifier));
            }
        }
    }

    /// <summary>
    /// The nominative of each capitalised Cyrillic word that may be a declined name ("Путина", "Сергеем",
    /// "Евгения"): the first of its possible nominatives that is a listed word (<see cref="CyrillicNameEndings"/>),
    /// also when the word is a listed one as written ("Евгения" is also a woman's name). Mentions are looked up and
    /// scored both as written and with these.
    /// </summary>
    private static string?[]? CyrillicNominatives(List<TextToken> tokens, Gazetteer gazetteer)
    {
        string?[]? found = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.Cyrillic || token.Shape != TokenShape.Capitalised || TextVocabulary.RoleOf(token) != WordRole.None)
            {
                continue;
            }

            foreach (var nominative in CyrillicNameEndings.Nominatives(token.Folded))
            {
                if (gazetteer.ExactId(nominative) >= 0)
                {
                    found ??= new string?[tokens.Count];
                    found[i] = nominative;
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>
    /// A text in capitals only (a remittance line, a SWIFT field) or in lower case only carries no capitalisation
    /// signal, so every word that is not a known non-name may be part of a name.
    /// </summary>
    private static bool IsCaseless(List<TextToken> tokens)
    {
        int lower = 0, capitalised = 0, capitals = 0;
        foreach (var t in tokens)
        {
            switch (t.Shape)
            {
                case TokenShape.Lower:
                    lower++;
                    break;
                case TokenShape.Capitalised:
                    capitalised++;
                    break;
                case TokenShape.AllCaps:
                    capitals++;
                    break;
            }
        }

        return lower == 0 || capitalised + capitals == 0 || capitals >= 4 * (lower + capitalised);
    }

    private TokenRole RoleOf(TextToken token)
    {
        if (token.Shape == TokenShape.Number)
        {
            return TokenRole.Break;
        }

        if ((token.Shape == TokenShape.Lower || caseless) && WordLists.IsStopword(token.Folded))
        {
            return TokenRole.Connector;
        }

        if ((TextVocabulary.RoleOf(token) & WordRole.Break) != 0)
        {
            return TokenRole.Break;
        }

        return caseless || token.LooksLikeName ? TokenRole.Name : TokenRole.Break;
    }

    /// <summary>Runs of name words, joined by spaces, hyphens or line breaks and up to two particles; long runs are cut into overlapping windows.</summary>
    private List<(int First, int Last)> Runs()
    {
        var runs = new List<(int, int)>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (roles[i] != TokenRole.Name)
            {
                i++;
                continue;
            }

            var start = i;
            var last = i;
            var j = i + 1;
            while (j < tokens.Count && tokens[j].Gap == TextGap.None)
            {
                if (roles[j] == TokenRole.Name)
                {
                    last = j++;
                    continue;
                }

                var k = j;
                while (k < tokens.Count && k - j < MaxConnectors && roles[k] == TokenRole.Connector && tokens[k].Gap == TextGap.None)
                {
                    k++;
                }

                if (k > j && k < tokens.Count && roles[k] == TokenRole.Name && tokens[k].Gap == TextGap.None)
                {
                    j = k;
                    continue;
                }

                break;
            }

            for (var s = start; ; s += MaxRunWords - RunOverlap)
            {
                var e = Math.Min(s + MaxRunWords - 1, last);
                runs.Add((s, e));
                if (e == last)
                {
                    break;
                }
            }

            i = last + 1;
        }

        return runs;
    }

    private static ImmutableArray<Identifier> FindImoNumbers(List<TextToken> tokens)
    {
        var found = ImmutableArray.CreateBuilder<Identifier>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Folded;
            if (word.Length == 10 && word.StartsWith("imo", StringComparison.Ordinal) && IsImo(word.AsSpan(3)))
            {
                found.Add(new Identifier(IdentifierType.Imo, word[3..]));
            }
            else if (word == "imo")
            {
                for (var k = i + 1; k < tokens.Count && k <= i + 2; k++)
                {
                    if (IsImo(tokens[k].Folded))
                    {
                        found.Add(new Identifier(IdentifierType.Imo, tokens[k].Folded));
                        break;
                    }
                }
            }
        }

        return found.ToImmutable();

        static bool IsImo(ReadOnlySpan<char> s) => s.Length == 7 && !s.ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>The matcher's answer for a stretch against one entity, asked once per pass.</summary>
    private ScreeningHit Score(string query, int entity)
    {
        if (scored.TryGetValue((query, entity), out var hit))
        {
            return hit;
        }

        var e = gazetteer.Entities[entity];
        var q = e.Schema == Schema.Vessel && !imoNumbers.IsEmpty
            ? new ScreeningQuery { Name = query, Identifiers = imoNumbers }
            : ScreeningQuery.ForName(query);
        hit = screener.Compare(q, e, threshold);
        scored[(query, entity)] = hit;
        return hit;
    }

    /// <summary>
    /// The folded words from <paramref name="first"/> to <paramref name="last"/>, as the matcher's query; with
    /// <paramref name="nominative"/>, declined Russian and Ukrainian name words in the nominative.
    /// </summary>
    private string QueryText(int first, int last, bool nominative = false)
    {
        if (first == last)
        {
            return WordOf(first, nominative);
        }

        var parts = new string[last - first + 1];
        for (var i = first; i <= last; i++)
        {
            parts[i - first] = WordOf(i, nominative);
        }

        return string.Join(' ', parts);
    }

    /// <summary>A word as written, or (<paramref name="nominative"/>) in the nominative when it is a declined Russian or Ukrainian name word.</summary>
    private string WordOf(int i, bool nominative) => nominative && nominatives?[i] is { } n ? n : tokens[i].Folded;

    /// <summary>Whether a stretch holds a declined Russian or Ukrainian name word, so that it is also scored in the nominative.</summary>
    private bool HasNominative(int first, int last)
    {
        for (var i = first; i <= last && nominatives is not null; i++)
        {
            if (nominatives[i] is not null)
            {
                return true;
            }
        }

        return false;
    }
}
