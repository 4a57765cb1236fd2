using System.Numerics;
using Vigil.Matching.Screening;
using Vigil.Model;
using Vigil.Text.LegalForms;
using Vigil.Text.Names;

namespace Vigil.Screening.Text;

/// <content>One-word mentions: later mentions of names given in full, and listed one-word names.</content>
internal sealed partial class TextPass
{
    /// <summary>
    /// Looks at every group of adjacent name words (no particles) not already part of a mention. In ordinary text the
    /// group must be one word that is not common ("President Maduro", "Maduro's government"); in text without
    /// capitals, each word stands alone.
    /// </summary>
    private List<FoundMention> SingleWords(List<FoundMention> selected)
    {
        var covered = new bool[tokens.Count];
        var named = new List<(FoundMention Mention, string[] Words)>();
        foreach (var m in selected)
        {
            covered.AsSpan(m.First, m.Last - m.First + 1).Fill(true);
            var words = new List<string>();
            for (var i = m.First; i <= m.Last; i++)
            {
                if (roles[i] == TokenRole.Name)
                {
                    words.Add(tokens[i].Folded);

                    // A Russian name declined in the full mention is the same name in another case later on:
                    // "Владимира Путина" ... "Путин", "Путину".
                    if (nominatives?[i] is { } nominative)
                    {
                        words.Add(nominative);
                    }
                }
            }

            named.Add((m, [.. words]));
        }

        var result = new List<FoundMention>();
        var at = 0;
        while (at < tokens.Count)
        {
            if (roles[at] != TokenRole.Name)
            {
                at++;
                continue;
            }

            var first = at;
            var last = at;
            while (last + 1 < tokens.Count && roles[last + 1] == TokenRole.Name && tokens[last + 1].Gap == TextGap.None)
            {
                last++;
            }

            at = last + 1;
            if (caseless)
            {
                for (var k = first; k <= last; k++)
                {
                    if (IsDistinctive(k, covered) && OneWord(k, named, formed: null) is { } m)
                    {
                        result.Add(m);
                    }
                }

                continue;
            }

            // One word standing alone: "President Maduro", "Maduro's government"; not "Star" in "Star Shipping". An
            // Arabic article is no word of its own, written with a capital or not: "Al-Qaida" is the one word "Qaida",
            // as "al-Qaida" is. Nor is a legal form: "Evil Corp" and "OOO Monitoring" are one word named as a company.
            var lone = first == last ? first : (last == first + 1 && IsArticle(tokens[first].Folded) ? last : -1);
            var formed = lone < 0 && (lone = WordBetweenLegalForms(first, last, covered)) >= 0;
            if (lone >= 0 && IsDistinctive(lone, covered) && OneWord(lone, named, formed) is { } single)
            {
                result.Add(single with { First = first, Last = formed ? last : single.Last });
            }
        }

        return result;
    }

    // Least length of a coined word read as another spelling of a one-word name: shorter ones are spelt like too many.
    private const int MinSpelledNameLength = 6;

    private static bool IsArticle(string word) => word is "al" or "el";

    /// <summary>
    /// Whether word k has three letters at most and is not written as an initialism: no capital after its first
    /// letter, or a text without capitals. Scripts without case are never plain so, but for Arabic letters: a short
    /// word read from them is a word, whose letters may spell a listed acronym (مساء, evening, "msa": MSA).
    /// </summary>
    private bool IsPlainShortWord(int k)
    {
        var token = tokens[k];
        if (token.Folded.Length > 3 || (token.Shape == TokenShape.Uncased && !token.Arabic))
        {
            return false;
        }

        if (caseless || token.Arabic)
        {
            return true;
        }

        foreach (var c in text.AsSpan(token.Start + 1, token.End - token.Start - 1))
        {
            if (char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The one word of a group of name words whose other words are legal forms before or after it ("Evil Corp", "OOO
    /// Monitoring", "Solid Co., Ltd."), or -1. Most groups have two words or more of no legal form, or no word that is
    /// a legal form by itself ("Treasury Department"), which their spellings tell before any form is read; and groups
    /// within a mention are not read again.
    /// </summary>
    private int WordBetweenLegalForms(int first, int last, bool[] covered)
    {
        var others = 0;
        var form = false;
        for (var i = first; i <= last; i++)
        {
            others += LegalFormTable.IsWordOfAForm(tokens[i].Folded) ? 0 : 1;
            form |= LegalFormTable.IsLegalFormToken(tokens[i].Folded);
        }

        if (last == first || others > 1 || !form || covered.AsSpan(first, last - first + 1).Contains(true))
        {
            return -1;
        }

        var words = new string[last - first + 1];
        for (var i = first; i <= last; i++)
        {
            words[i - first] = tokens[i].Folded;
        }

        var word = SoleWordOfNoForm(words);
        return word < 0 || LegalFormTable.IsLegalFormToken(words[word]) ? -1 : first + word;
    }

    /// <summary>Whether word k of a text without capitals has a legal form right before or right after it ("evil corp", "ooo monitoring").</summary>
    private bool HasLegalFormBeside(int k)
    {
        for (var length = 1; length <= LegalFormTable.MaxPhraseLength; length++)
        {
            if ((k + length < tokens.Count && IsLegalFormNextTo(k, k + 1, k + length)) || (k - length >= 0 && IsLegalFormNextTo(k, k - length, k - 1)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether words a..b, beside word k, are one legal form read as ending a name with k ("evil" "corp").</summary>
    private bool IsLegalFormNextTo(int k, int a, int b)
    {
        if (!LegalFormTable.IsWordOfAForm(tokens[a].Folded) || !LegalFormTable.IsWordOfAForm(tokens[b].Folded))
        {
            return false;
        }

        var words = new string[b - a + 2];
        var n = 0;
        if (k < a)
        {
            words[n++] = tokens[k].Folded;
        }

        for (var i = a; i <= b; i++)
        {
            words[n++] = tokens[i].Folded;
        }

        if (k > b)
        {
            words[n] = tokens[k].Folded;
        }

        return SoleWordOfNoForm(words) == (k < a ? 0 : words.Length - 1);
    }

    /// <summary>The index of the one word that no legal form read among <paramref name="words"/> covers, or -1 (none, or several).</summary>
    private static int SoleWordOfNoForm(string[] words)
    {
        var marks = LegalFormTable.Mark(words);
        var word = -1;
        for (var i = 0; i < marks.Length; i++)
        {
            if (marks[i] is null)
            {
                if (word >= 0)
                {
                    return -1;
                }

                word = i;
            }
        }

        return word;
    }

    private bool IsWrittenInLowerCase(string word)
    {
        if (lowerCaseWords is null)
        {
            lowerCaseWords = new HashSet<string>(StringComparer.Ordinal);
            foreach (var t in tokens)
            {
                if (t.Shape == TokenShape.Lower)
                {
                    lowerCaseWords.Add(t.Folded);
                }
            }
        }

        return lowerCaseWords.Contains(word);
    }

    private bool IsDistinctive(int k, bool[] covered)
    {
        var word = tokens[k].Folded;
        return roles[k] == TokenRole.Name && !covered[k] && !countryWord[k] && word.Length >= 3 && !Gazetteer.IsWeak(word, tokens[k].Cyrillic);
    }

    /// <summary>
    /// A later mention of a full mention, else a listed one-word name (<see cref="OneWordName"/>);
    /// <paramref name="formed"/>: a legal form is written with the word (null: look beside it, in a text without capitals).
    /// </summary>
    private FoundMention? OneWord(int k, List<(FoundMention Mention, string[] Words)> named, bool? formed)
    {
        if (LaterMention(k, named) is { } later)
        {
            return later;
        }

        // A capitalised word opening a sentence may be any word at all: it counts only if the text never writes it in lower case.
        if (!caseless && tokens[k].Gap == TextGap.Sentence && tokens[k].Shape != TokenShape.AllCaps && IsWrittenInLowerCase(tokens[k].Folded))
        {
            return null;
        }

        return OneWordName(k, formed);
    }

    /// <summary>The nearest full mention (before the word, else after it) that wrote this very word.</summary>
    private static FoundMention? LaterMentionOf(string word, int k, List<(FoundMention Mention, string[] Words)> named)
    {
        FoundMention? best = null;
        var bestDistance = int.MaxValue;
        foreach (var (mention, words) in named)
        {
            if (mention.Kind != MentionKind.Name || !Contains(words, word))
            {
                continue;
            }

            // Before the word is nearer than after it: a headline's "Maduro" is explained by the body's "Nicolás Maduro" only when nothing precedes.
            var distance = mention.Last < k ? k - mention.Last : ((mention.First - k) * 2) + 1;
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = new FoundMention(k, k, mention.Entity, mention.Hit, MentionKind.LaterMention);
            }
        }

        return best;

        static bool Contains(string[] words, string word)
        {
            // Exactly the word written in the full mention: "Karim" is not a later mention of "Karimi".
            return Array.IndexOf(words, word) >= 0;
        }
    }

    private FoundMention? LaterMention(int k, List<(FoundMention Mention, string[] Words)> named)
    {
        var found = LaterMentionOf(tokens[k].Folded, k, named) ?? (nominatives?[k] is { } nominative ? LaterMentionOf(nominative, k, named) : null);
        if (found is not null)
        {
            // Without capitals a given name is no later mention: "ديمتري" (Dmitry) in "ديمتري أوتكين" is not the
            // "ديمتري بيسكوف" named before; it is the family name that stands alone ("مادورو").
            return caseless && !MatchedFamilyName(found.Value.Hit, tokens[k].Folded) ? null : found;
        }

        // A declined Cyrillic word whose nominative is no listed word may still be the one the full mention wrote:
        // "Пєскова" after "Дмитро Пєсков" (Ukrainian for the listed PESKOV).
        if (tokens[k].Cyrillic && tokens[k].Shape == TokenShape.Capitalised)
        {
            foreach (var guess in CyrillicNameEndings.Nominatives(tokens[k].Folded))
            {
                if (LaterMentionOf(guess, k, named) is { } declined)
                {
                    return declined;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Listed organisations, ships and aircraft whose whole name is the one content word of a stretch ("Sberbank",
    /// "PJSC Sberbank"), in entity order; null when the stretch has more content words, or more than two words that
    /// are not weak. The stretch has passed the gate already, so the word need not be rare ("sberbank" is in the names
    /// of dozens of subsidiaries). <paramref name="query"/> and <paramref name="declinedQuery"/>: the stretch as written
    /// and with its declined words in the nominative (null when it has none).
    /// </summary>
    private List<int>? WholeNamesOf(int first, int last, string query, string? declinedQuery)
    {
        // One word with a legal form at most ("PJSC Sberbank"): longer stretches are not read again for it.
        var strong = 0;
        for (var i = first; i <= last; i++)
        {
            strong += roles[i] == TokenRole.Name && !Gazetteer.IsWeak(tokens[i].Folded, tokens[i].Cyrillic) ? 1 : 0;
        }

        if (strong is 0 or > 2)
        {
            return null;
        }

        List<int>? found = null;
        AddWholeNames(WholeNameWord(query), ref found);

        // "Акции «Сбербанка»": the word in the nominative too ("sberbanka" is a listed word as well, of a subsidiary's
        // name in the genitive).
        if (declinedQuery is not null)
        {
            AddWholeNames(WholeNameWord(declinedQuery), ref found);
        }

        found?.Sort();
        return found;
    }

    /// <summary>
    /// Adds the organisations, ships and aircraft whose whole name is listed word <paramref name="word"/>, in postings
    /// order; for a coined word (four letters or more, no English word), also the companies named by it and the places
    /// they trade from: the press writes "Garantex" for "GARANTEX EUROPE OU", but "Prisons" is not "TEHRAN PRISONS"
    /// and "IPS" may be any acronym. The matcher still decides whether the word alone is the name.
    /// </summary>
    private void AddWholeNames((int Id, string Word) word, ref List<int>? found)
    {
        var (id, text) = word;
        if (id < 0)
        {
            return;
        }

        var coined = text.Length >= 4 && !EnglishWords.Contains(text);

        foreach (var posting in gazetteer.Postings(id))
        {
            var entry = gazetteer.Entry((int)(posting >> 16));
            var bit = (ushort)posting;
            var schema = gazetteer.Entities[entry.Entity].Schema;
            if (schema != Schema.Person && BitOperations.IsPow2(bit)
                && (entry.ContentCount == 1 || (coined && entry.NamingMask == bit && schema is Schema.Organization or Schema.LegalEntity)))
            {
                (found ??= []).Add(entry.Entity);
            }
        }
    }

    /// <summary>The listed word that is a stretch's one content word, with its id; id -1 when there is none.</summary>
    private (int Id, string Word) WholeNameWord(string stretch)
    {
        if (!stretch.Contains(' ', StringComparison.Ordinal))
        {
            return (gazetteer.ExactId(stretch), stretch);
        }

        var words = Gazetteer.ContentWords(stretch, Schema.Organization);
        return words.Length == 1 ? (gazetteer.ExactId(words[0]), words[0]) : (-1, string.Empty);
    }

    /// <summary>
    /// Whether a word in too many listed names to stand alone by that count is a name by itself all the same: a coined
    /// name, no English word, of four letters or more, in names nineteen in twenty of which are organisations'
    /// ("gazprom" in the names of 52 companies of the group, "qaida", "isis"). A word of persons' names may be a
    /// person's given name ("amir", "salah"; "shahid", in 6 of its 81), and "star", "capital" or "international",
    /// each the whole name of a listed company, are English.
    /// </summary>
    private bool IsCoinedName(string word, ReadOnlySpan<long> postings)
    {
        if (word.Length < 4 || EnglishWords.Contains(word))
        {
            return false;
        }

        var organisations = 0;
        foreach (var posting in postings)
        {
            var schema = gazetteer.Entities[gazetteer.Entry((int)(posting >> 16)).Entity].Schema;
            organisations += schema is Schema.Organization or Schema.LegalEntity ? 1 : 0;
        }

        return organisations * 20 >= postings.Length * 19;
    }

    /// <summary>
    /// A listed organisation, ship or aircraft whose whole name is this one word, rare or coined. An English word, or
    /// one of three letters at most not written as an initialism ("HTS", "LeT"), names an organisation only when
    /// written as a company's name, with a legal form (<paramref name="formed"/>: "Evil Corp") or in quotes: alone it is
    /// the word or a given name ("Phoenix police", "the Proton rocket", "payment for zinc and timber", "let Ian know").
    /// </summary>
    private FoundMention? OneWordName(int k, bool? formed)
    {
        var word = tokens[k].Folded;
        var id = gazetteer.ExactId(word);
        if (id < 0)
        {
            return null;
        }

        var postings = gazetteer.Postings(id);
        if (postings.Length > options.RareNameFrequency && !IsCoinedName(word, postings))
        {
            return null;
        }

        List<int>? whole = null;
        AddWholeNames((id, word), ref whole);
        var spelt = SpellingsOfOneWordNames(id, word, whole);
        var named = !(EnglishWords.Contains(word) || IsPlainShortWord(k)) || (formed ?? HasLegalFormBeside(k)) || IsQuoted(k, k);
        FoundMention? best = null;
        var wholeCount = whole?.Count ?? 0;
        for (var n = 0; n < wholeCount + (spelt?.Count ?? 0); n++)
        {
            var bySpelling = n >= wholeCount;
            var e = bySpelling ? spelt![n - wholeCount] : whole![n];
            var entity = gazetteer.Entities[e];
            if (!named && entity.Schema is Schema.Organization or Schema.LegalEntity)
            {
                continue;
            }

            ScreeningHit hit = Score(word, e);
            if (hit.Score >= threshold && (best is null || IsBetter(hit, best.Value.Hit))
                && (entity.Schema is not (Schema.Vessel or Schema.Aircraft) || HasCraftContext(k, k, entity))
                && (!bySpelling || IsSpellingOf(word, hit.MatchedName, entity.Schema)))
            {
                best = new FoundMention(k, k, e, hit, MentionKind.OneWordName);
            }
        }

        return best;
    }

    /// <summary>
    /// Whether the name the matcher chose is one word spelt about as long as <paramref name="word"/>: another spelling
    /// of it, not a compound that starts with it ("Irkutsk" is no "IRKUTSKGAZPROM").
    /// </summary>
    private static bool IsSpellingOf(string word, EntityName matched, Schema schema) =>
        Gazetteer.ContentWords(matched.Full, schema) is [var one] && IsAboutAsLong(one, word);

    /// <summary>Whether one of <paramref name="names"/> is about as long as <paramref name="word"/>: only such a name is worth the matcher's time.</summary>
    private static bool HasNameSpeltAlike(string word, ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (IsAboutAsLong(name, word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAboutAsLong(string a, string b) => Math.Abs(a.Length - b.Length) <= 2;

    /// <summary>
    /// Organisations named by one word of which this coined word is another spelling, found through another name of
    /// theirs that holds the word as written: the press writes "Hezbollah", OFAC lists "HIZBALLAH" and, among its
    /// aliases, "LEBANESE HEZBOLLAH". The word is a mention only when the matcher takes it for the one-word name (not
    /// "Lebanese" for a part of the alias); null when there are none beyond <paramref name="whole"/>.
    /// </summary>
    private List<int>? SpellingsOfOneWordNames(int id, string word, List<int>? whole)
    {
        // A place says where a company trades, not who it is ("GTLK EUROPE").
        if (word.Length < MinSpelledNameLength || EnglishWords.Contains(word) || WordLists.IsPlace(word))
        {
            return null;
        }

        List<int>? found = null;
        foreach (var posting in gazetteer.Postings(id))
        {
            var entity = gazetteer.Entry((int)(posting >> 16)).Entity;
            if (HasNameSpeltAlike(word, gazetteer.OneWordNames(entity)) && gazetteer.Entities[entity].Schema is Schema.Organization or Schema.LegalEntity
                && whole?.Contains(entity) != true && found?.Contains(entity) != true)
            {
                (found ??= []).Add(entity);
            }
        }

        return found;
    }
}
