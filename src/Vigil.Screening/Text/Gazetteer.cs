using System.Collections.Immutable;
using Vigil.Matching.Screening;
using Vigil.Model;
using Vigil.Text.LegalForms;
using Vigil.Text.Names;
using Vigil.Text.Similarity;
using Vigil.Text.Transliteration;

namespace Vigil.Screening.Text;

/// <summary>
/// Every word of every loaded name, folded as text words are folded, pointing back at the names that hold it. Text
/// screening asks it which listed names share at least two words with a run of capitalised text before it spends a
/// call to the matcher; most runs ("Real Madrid", "City Council") share one word or none and are ruled out here.
/// Words are found exactly, within one edit (for words of <see cref="TextScreeningOptions.MinFuzzyLength"/> letters or
/// more, by symmetric deletion), and written together ("Excle" for "Ex-Cle"). Phonetic keys are left to the matcher:
/// in text they join different names ("Karam" and "Karimi" share a key) far more often than they mend a spelling.
/// </summary>
internal sealed class Gazetteer
{
    /// <summary>Words beyond this many in one name are not indexed (no listed name comes close).</summary>
    public const int MaxNameWords = 16;

    // The fewest letters of two words of a person's name written together that a word in Arabic letters is read as.
    private const int MinJoinedNames = 8;

    private readonly Dictionary<string, int> ids;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> idLookup;
    private readonly long[][] postings;
    private readonly Dictionary<string, int[]> deletes;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> deleteLookup;
    private readonly GazetteerEntry[] entries;
    private readonly int minFuzzyLength;
    private readonly string[] words;

    // The listed words by their keys for words read from Arabic letters (VocalisationKey): made when a text in those
    // letters is first screened, as most users screen none.
    private readonly Lazy<Dictionary<string, int[]>> vocalisationKeys;

    // Each entity's names of one identifying word ("hizballah"), by index.
    private readonly string[][] oneWordNames;

    // The longest listed word: a text word longer by two or more is within one edit of none, and is not looked up
    // letter by letter (a 300,000-letter token took minutes).
    private readonly int longestWord;

    [ThreadStatic]
    private static GazetteerScratch? scratch;

    private Gazetteer(ImmutableArray<SanctionsEntity> entities, List<GazetteerEntry> entries, Dictionary<string, int> ids, List<string> words, List<List<long>> postings, List<string>?[] oneWordNames, int minFuzzyLength)
    {
        Entities = entities;
        this.entries = [.. entries];
        this.oneWordNames = [.. oneWordNames.Select(w => w?.ToArray() ?? [])];
        this.ids = ids;
        idLookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        this.postings = [.. postings.Select(p => p.ToArray())];
        this.minFuzzyLength = minFuzzyLength;
        longestWord = words.Count == 0 ? 0 : words.Max(w => w.Length);
        this.words = [.. words];
        vocalisationKeys = new(MakeVocalisationKeys);

        var deleteLists = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var id = 0; id < words.Count; id++)
        {
            var word = words[id];
            if (word.Length >= minFuzzyLength)
            {
                for (var d = 0; d < word.Length; d++)
                {
                    Add(deleteLists, string.Concat(word.AsSpan(0, d), word.AsSpan(d + 1)), id);
                }
            }
        }

        deletes = deleteLists.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        deleteLookup = deletes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The screener's entities, which entries point into.</summary>
    public ImmutableArray<SanctionsEntity> Entities { get; }

    /// <summary>Builds the gazetteer over every name of every entity of the screener.</summary>
    public static Gazetteer Build(Screener screener, int minFuzzyLength)
    {
        ArgumentNullException.ThrowIfNull(screener);
        var entities = screener.Entities;
        var flat = new List<(int Entity, EntityName Name)>();
        for (var e = 0; e < entities.Length; e++)
        {
            foreach (var name in entities[e].Names)
            {
                flat.Add((e, name));
            }
        }

        var content = new string[flat.Count][];
        Parallel.For(0, flat.Count, i => content[i] = ContentWords(flat[i].Name.Full, entities[flat[i].Entity].Schema));

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new List<string>();
        var postings = new List<List<long>>();
        var entries = new List<GazetteerEntry>(flat.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var oneWordNames = new List<string>?[entities.Length];
        var lastEntity = -1;
        for (var i = 0; i < flat.Count; i++)
        {
            var tokens = content[i];
            if (tokens.Length == 0)
            {
                continue;
            }

            // Aliases that fold to the same words add nothing.
            if (flat[i].Entity != lastEntity)
            {
                seen.Clear();
                lastEntity = flat[i].Entity;
            }

            if (!seen.Add(string.Join(' ', tokens)))
            {
                continue;
            }

            var entry = entries.Count;
            ushort weak = 0;
            ushort places = 0;
            for (var k = 0; k < tokens.Length; k++)
            {
                if (IsWeak(tokens[k]))
                {
                    weak |= (ushort)(1 << k);
                }

                if (WordLists.IsPlace(tokens[k]))
                {
                    places |= (ushort)(1 << k);
                }
                else if (WordLists.PlaceInTwoWords(tokens, k) is not null)
                {
                    // Matching reads it as one word; the gazetteer keeps text's two.
                    places |= (ushort)(3 << k);
                }

                Post(tokens[k], entry, 1L << k);
                if (k + 1 < tokens.Length && tokens[k].Length > 1 && tokens[k + 1].Length > 1)
                {
                    // "Excle" in the text for "Ex-Cle" listed: the two words written together cover both. Initials
                    // are not joined: "E. X. Co." is not the word "ex".
                    Post(tokens[k] + tokens[k + 1], entry, 3L << k);
                }
            }

            entries.Add(new GazetteerEntry(flat[i].Entity, (byte)tokens.Length, weak, places));
            if (tokens.Length == 1)
            {
                (oneWordNames[flat[i].Entity] ??= []).Add(tokens[0]);
            }
        }

        return new Gazetteer(entities, entries, ids, words, postings, oneWordNames, minFuzzyLength);

        void Post(string word, int entry, long mask)
        {
            if (!ids.TryGetValue(word, out var id))
            {
                id = words.Count;
                ids[word] = id;
                words.Add(word);
                postings.Add([]);
            }

            postings[id].Add(((long)entry << 16) | mask);
        }
    }

    /// <summary>The identifying words of a listed name: folded like text, without legal forms and particles.</summary>
    internal static string[] ContentWords(string name, Schema schema)
    {
        var tokens = TextTokenizer.Tokenise(name.Replace("&", " and ", StringComparison.Ordinal));
        var folded = new string[tokens.Count];
        for (var i = 0; i < folded.Length; i++)
        {
            folded[i] = tokens[i].Folded;
        }

        var marks = schema != Schema.Person && folded.Length > 1 ? LegalFormTable.Mark(folded) : null;
        var content = new List<string>(folded.Length);
        for (var i = 0; i < folded.Length && content.Count < MaxNameWords; i++)
        {
            if (marks?[i] is null && !WordLists.IsStopword(folded[i]))
            {
                content.Add(folded[i]);
            }
        }

        return [.. content];
    }

    /// <summary>True for a word that cannot carry a mention by itself: generic organisation words, common words, numbers.</summary>
    internal static bool IsWeak(string word, bool cyrillic = false) =>
        WordLists.IsGeneric(word) || (TextVocabulary.RoleOf(word, cyrillic) & (WordRole.Common | WordRole.Break)) != 0 || char.IsAsciiDigit(word[0]);

    /// <summary>The names of one identifying word of entity <paramref name="entity"/> ("hizballah"), folded.</summary>
    public ReadOnlySpan<string> OneWordNames(int entity) => oneWordNames[entity];

    /// <summary>The entry at an index.</summary>
    public GazetteerEntry Entry(int entry) => entries[entry];

    /// <summary>
    /// Adds the ids of the listed words written exactly as any of <paramref name="words"/> (a name's other forms) to the
    /// <paramref name="n"/> ids found (each once, and while there is room); returns the new count.
    /// </summary>
    public int AddExact(IReadOnlyList<string> words, Span<int> found, int n)
    {
        // By index: the list is an array behind its interface, and an enumerator would be allocated for every word.
        for (var i = 0; i < words.Count; i++)
        {
            n = idLookup.TryGetValue(words[i], out var id) ? AddId(found, n, id) : n;
        }

        return n;
    }

    /// <summary>The id of a listed word written exactly so, or -1.</summary>
    public int ExactId(ReadOnlySpan<char> word) => idLookup.TryGetValue(word, out var id) ? id : -1;

    /// <summary>The listed word of an id, folded.</summary>
    public string Word(int id) => words[id];

    /// <summary>The postings of a word: <c>(entry &lt;&lt; 16) | word mask</c>.</summary>
    public ReadOnlySpan<long> Postings(int id) => postings[id];

    /// <summary>Whether some listed name has <paramref name="word"/> right after <paramref name="previous"/> ("jong" "un").</summary>
    public bool Follows(string previous, string word)
    {
        var a = ExactId(previous);
        var b = ExactId(word);
        if (a < 0 || b < 0)
        {
            return false;
        }

        // Both posting lists are in entry order: walk them together, entry by entry.
        var first = postings[a];
        var second = postings[b];
        int i = 0, j = 0;
        while (i < first.Length && j < second.Length)
        {
            var entry = Math.Min(first[i] >> 16, second[j] >> 16);
            long before = 0, after = 0;
            for (; i < first.Length && first[i] >> 16 == entry; i++)
            {
                before |= first[i] & 0xFFFF;
            }

            for (; j < second.Length && second[j] >> 16 == entry; j++)
            {
                after |= second[j] & 0xFFFF;
            }

            if (((before << 1) & after) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Writes the ids of listed words equal to <paramref name="word"/> or within one edit of it, or of its English
    /// spelling when it is written the German or French way (<see cref="EnglishSpelling"/>), after the
    /// <paramref name="n"/> ids already found; returns how many there are now (at most <paramref name="found"/>.Length).
    /// </summary>
    public int Lookup(ReadOnlySpan<char> word, Span<int> found, int n = 0)
    {
        // A word over twice the longest listed one's length matches nothing, even respelled (a respelling at least
        // halves it).
        if (word.Length > 2 * (longestWord + 1))
        {
            return n;
        }

        n = LookupAsWritten(word, found, n);

        // A Russian name as German or French press writes it ("Jewgeni Prigoschin", "Evgueni Prigojine") is one
        // edit or more from the lists' English spelling at every word; its English spellings are looked up too
        // (also when the word is a listed one as written: "Evgueni" is some other person's).
        Span<char> english = stackalloc char[2 * word.Length];
        var length = EnglishSpelling.FromGerman(word, english);
        n = length == 0 ? n : LookupAsWritten(english[..length], found, n);
        length = EnglishSpelling.FromFrench(word, english);
        return length == 0 ? n : LookupAsWritten(english[..length], found, n);
    }

    private int LookupAsWritten(ReadOnlySpan<char> word, Span<int> found, int n)
    {
        if (word.Length > longestWord + 1)
        {
            return n;
        }

        if (idLookup.TryGetValue(word, out var exact))
        {
            n = AddId(found, n, exact);
        }

        if (word.Length < minFuzzyLength)
        {
            return n;
        }

        // Symmetric deletion: the text word is a listed word less one letter, plus one, or with one changed.
        if (deleteLookup.TryGetValue(word, out var longer))
        {
            foreach (var id in longer)
            {
                n = AddId(found, n, id);
            }
        }

        Span<char> buffer = stackalloc char[word.Length];
        for (var d = 0; d < word.Length; d++)
        {
            word[..d].CopyTo(buffer);
            word[(d + 1)..].CopyTo(buffer[d..]);
            var shorter = buffer[..(word.Length - 1)];
            if (idLookup.TryGetValue(shorter, out var id))
            {
                n = AddId(found, n, id);
            }

            if (deleteLookup.TryGetValue(shorter, out var changed))
            {
                foreach (var c in changed)
                {
                    n = AddId(found, n, c);
                }
            }
        }

        return n;
    }

    /// <summary>
    /// Adds the ids of the listed words that may write <paramref name="reading"/>, a word read from Arabic or Persian
    /// letters (<see cref="Vocalisation.Writes"/>: "madwrw" is written MADURO), after the <paramref name="n"/> ids
    /// already found; returns how many there are now.
    /// </summary>
    public int LookupReading(ReadOnlySpan<char> reading, Span<int> found, int n)
    {
        var key = VocalisationKey.OfReading(reading);
        if (key.Length == 0)
        {
            return n;
        }

        // Keys are kept by the word's first letter too, which the reading's first letter allows only a few of.
        Span<char> lookup = stackalloc char[key.Length + 1];
        key.AsSpan().CopyTo(lookup[1..]);
        var keys = vocalisationKeys.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var first = 'a'; first <= 'z'; first++)
        {
            lookup[0] = first;
            if (Vocalisation.MayBegin(reading[0], first))
            {
                n = AddWriters(reading, keys, lookup, found, n);
                n = AddWriters(reading, keys, lookup[..1], found, n);
            }
        }

        return n;
    }

    /// <summary>Adds the listed words under a key that write the reading.</summary>
    private int AddWriters(ReadOnlySpan<char> reading, Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> keys, ReadOnlySpan<char> key, Span<int> found, int n)
    {
        if (keys.TryGetValue(key, out var candidates))
        {
            foreach (var id in candidates)
            {
                if (Vocalisation.Writes(reading, words[id]))
                {
                    n = AddId(found, n, id);
                }
            }
        }

        return n;
    }

    /// <summary>Starts collecting, for one run of text, which names its words hit.</summary>
    public GazetteerScratch Begin()
    {
        var s = scratch ??= new GazetteerScratch();
        s.Reset(entries.Length);
        return s;
    }

    private Dictionary<string, int[]> MakeVocalisationKeys()
    {
        var lists = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var keys = new List<string>(VocalisationKey.MaxLatinKeys);
        for (var id = 0; id < words.Length; id++)
        {
            // A word of Arabic letters is one word: not two listed words written together ("scyug", SC-YUG), which its
            // letters may spell by chance (التحقيق, the investigation); but a person's two names, long, which Persian
            // writes as one (محمدجواد, Mohammad Javad; غلامحسین, Gholam Hossein).
            if (!IsListedAlone(id) && !IsPersonsTwoNames(id))
            {
                continue;
            }

            keys.Clear();
            if (!VocalisationKey.OfLatin(words[id], keys))
            {
                // Too many keys to keep: under its first letter alone, tried for every reading that letter may begin.
                keys.Clear();
                keys.Add(string.Empty);
            }

            foreach (var key in keys)
            {
                Add(lists, words[id][0] + key, id);
            }
        }

        return lists.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Adds ids not yet among the <paramref name="n"/> found, while there is room; returns the new count.</summary>
    public static int AddIds(ReadOnlySpan<int> ids, Span<int> found, int n)
    {
        foreach (var id in ids)
        {
            n = AddId(found, n, id);
        }

        return n;
    }

    /// <summary>Whether the word is a word of some listed name by itself, not only two of its words written together.</summary>
    private bool IsListedAlone(int id) => StandsFor(id, 1, schema: null);

    /// <summary>
    /// Whether the word is two words of a person's name written together, long enough not to be spelt by chance
    /// ("mohammadjavad").
    /// </summary>
    private bool IsPersonsTwoNames(int id) => words[id].Length >= MinJoinedNames && StandsFor(id, 2, Schema.Person);

    /// <summary>
    /// Whether some posting of the word covers <paramref name="count"/> words of a name (of an entity of
    /// <paramref name="schema"/>, when given).
    /// </summary>
    private bool StandsFor(int id, int count, Schema? schema)
    {
        foreach (var posting in postings[id])
        {
            if (System.Numerics.BitOperations.PopCount((ulong)(posting & 0xFFFF)) == count
                && (schema is null || Entities[entries[(int)(posting >> 16)].Entity].Schema == schema))
            {
                return true;
            }
        }

        return false;
    }

    private static int AddId(Span<int> found, int n, int id)
    {
        if (n >= found.Length || found[..n].Contains(id))
        {
            return n;
        }

        found[n] = id;
        return n + 1;
    }

    private static void Add(Dictionary<string, List<int>> lists, string key, int id)
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = [];
        }

        if (list.Count == 0 || list[^1] != id)
        {
            list.Add(id);
        }
    }
}
