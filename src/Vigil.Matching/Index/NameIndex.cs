using System.IO.Hashing;
using System.Runtime.InteropServices;
using Vigil.Matching.Names;
using Vigil.Model;
using Vigil.Text.Phonetics;

namespace Vigil.Matching.Index;

/// <summary>
/// Inverted index over every prepared name, built for recall: each identifying token is reachable by itself, by
/// every form with one letter deleted (so one typo still finds it), by its phonetic key, with x written ks, and by
/// adjacent tokens written together ("ex cle" under "excle"). A query gathers names sharing any key, ranks them by the
/// summed weight of the query tokens they share, and hands the best to full scoring.
/// </summary>
internal sealed class NameIndex
{
    private const char SpellingPrefix = '^';
    private const char PhoneticPrefix = '#';

    // الله as read from Arabic letters.
    private const string AllahRead = "allh";
    private const int MinDeleteLength = 4;
    private const int KeyBuffer = 96;

    // A word's keys at most: as written, x spelled out, one per letter left out, phonetic, ж read from sch (WordKeys).
    private const int MostWordKeys = KeyBuffer + 4;

    // The query word of a key of more than one (a pair written together, the acronym).
    private const short NoWord = -1;

    // Carriers asked for ahead of crediting, per word (two cache lines): a common word's thousands would push out more
    // than they bring.
    private const int MostCarriersAsked = 32;

    // Keys are stored as 64-bit hashes of their text, not as strings: building allocates no key strings and a lookup
    // compares one number. A collision (about one in 10^8 across the index) would only merge two rows: extra
    // candidates, never a lost one. Rows are compressed, the ids of row k at offsets[k]..offsets[k + 1]. A key of
    // one word leads to the distinct identifying words that make it, and each of those to the names carrying it: a
    // word's keys are made once, however many names carry it (30,533 distinct words among 43,271 bundled names). Keys
    // of a whole name (two adjacent words written together, the acronym) lead to names directly.
    private readonly KeyTable keys;
    private readonly int[] wordOffsets;
    private readonly int[] wordIds;
    private readonly int[] nameOffsets;
    private readonly int[] nameIds;
    private readonly int[] carrierOffsets;
    private readonly int[] carrierIds;

    // Each name's content weight, flat: ranking reads it for every name a query touches.
    private readonly float[] contentWeights;

    [ThreadStatic]
    private static Scratch? scratch;

    public NameIndex(PreparedName[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        Names = names;
        var rows = new Dictionary<ulong, int>(names.Length * 8);
        var namePairs = new PairList(names.Length * 2);
        var carriers = new PairList(names.Length * 4);

        // A word's keys follow from its text and kind (the phonetic key is made from those): one sample of each
        // distinct pair is keyed.
        var distinct = new Dictionary<(string Word, TokenKind Kind), int>(names.Length * 2);
        var samples = new List<(int Name, int Token)>(names.Length * 2);
        Span<char> buffer = stackalloc char[KeyBuffer];
        for (var id = 0; id < names.Length; id++)
        {
            var name = names[id];
            var tokens = name.Tokens;
            for (var i = 0; i < tokens.Length; i++)
            {
                if (!PreparedName.IsContent(name.Kinds[i]))
                {
                    continue;
                }

                ref var word = ref CollectionsMarshal.GetValueRefOrAddDefault(distinct, (tokens[i], name.Kinds[i]), out var known);
                if (!known)
                {
                    word = samples.Count;
                    samples.Add((id, i));
                }

                carriers.Add(word, id);
                if (i + 1 < tokens.Length && PreparedName.IsContent(name.Kinds[i + 1]) && PairKey(tokens[i], tokens[i + 1], buffer) is { Length: > 0 } pair)
                {
                    namePairs.Add(KeyId(rows, Hash(pair)), id);
                }
            }

            if (name.Acronym.Length > 0 && SpellingKey(name.Acronym, -1, buffer) is { Length: > 0 } acronym)
            {
                namePairs.Add(KeyId(rows, Hash(acronym)), id);
            }
        }

        var wordPairs = new PairList(samples.Count * 10);
        Span<ulong> hashes = stackalloc ulong[MostWordKeys];
        for (var w = 0; w < samples.Count; w++)
        {
            var (n, i) = samples[w];
            foreach (var hash in hashes[..WordKeys(names[n].Tokens[i], names[n].Keys[i], buffer, hashes)])
            {
                wordPairs.Add(KeyId(rows, hash), w);
            }
        }

        (wordOffsets, wordIds) = wordPairs.ToCompressedRows(rows.Count);
        (nameOffsets, nameIds) = namePairs.ToCompressedRows(rows.Count);
        (carrierOffsets, carrierIds) = carriers.ToCompressedRows(samples.Count);
        KeyCount = rows.Count;
        WordCount = samples.Count;
        keys = new KeyTable(rows);
        contentWeights = [.. names.Select(n => n.ContentWeight)];
    }

    /// <summary>The indexed names, by id.</summary>
    public PreparedName[] Names { get; }

    /// <summary>Distinct keys in the index.</summary>
    public int KeyCount { get; }

    /// <summary>Distinct identifying words keyed.</summary>
    public int WordCount { get; }

    /// <summary>Total postings in the index: (key, word), (word, name) and (key, name).</summary>
    public int PostingCount => wordIds.Length + carrierIds.Length + nameIds.Length;

    /// <summary>
    /// Writes up to <paramref name="output"/>.Length candidate name ids whose estimated coverage is at least
    /// <paramref name="minCoverage"/>, the best when there are more, in no particular order. Returns the count.
    /// </summary>
    public int Candidates(PreparedName query, Span<int> output, float minCoverage) => Candidates(query, output, [], minCoverage, minCoverage, []);

    /// <summary>
    /// The same, and each candidate's rank in <paramref name="ranks"/> (when not empty): smaller is better, by
    /// coverage, then lower name id, and no two are equal. Scoring breaks ties between a result's names by it, so the
    /// result never depends on the order candidates come in, and they need no sorting. In <paramref name="lone"/> (when
    /// not empty), for a candidate below <paramref name="oneWordCoverage"/> that the keys of one query word alone found,
    /// that word's token; -1 for the others.
    /// </summary>
    public int Candidates(PreparedName query, Span<int> output, Span<long> ranks, float minCoverage, float oneWordCoverage, Span<int> lone)
    {
        ArgumentNullException.ThrowIfNull(query);
        var s = scratch ??= new Scratch();
        s.Ensure(contentWeights, WordCount);
        Span<char> buffer = stackalloc char[KeyBuffer];
        Span<ulong> hashes = stackalloc ulong[MostWordKeys];
        var tokens = query.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!PreparedName.IsContent(query.Kinds[i]))
            {
                continue;
            }

            var weight = query.Weights[i];
            var token = tokens[i];
            var stamp = s.NextStamp();
            var word = (short)Math.Min(i, short.MaxValue);
            foreach (var hash in hashes[..WordKeys(token, query.Keys[i], buffer, hashes)])
            {
                s.Queue(hash, weight, stamp, word);
            }

            if (i + 1 < tokens.Length && PreparedName.IsContent(query.Kinds[i + 1]) && PairKey(token, tokens[i + 1], buffer) is { Length: > 0 } pair)
            {
                s.Queue(Hash(pair), weight + query.Weights[i + 1], s.NextStamp(), NoWord);

                // Read from Arabic letters, two words the lists write as one are alike in sound only: حزب الله, "hzb allh",
                // is HIZBALLAH. Their phonetic key written together finds it (a Latin query's pairs keep to spelling). In a
                // person's name only Allah's, which the lists join to the word before (هدايت الله, HEDAYATULLAH): other
                // pairs of a person's words sounded together found other people ("mhsa myn", MASOUMIAN).
                if (query.WithoutShortVowels && (query.Schema != Schema.Person || tokens[i + 1] == AllahRead)
                    && PhoneticPairKey(pair[1..], buffer) is { Length: > 1 } sound)
                {
                    s.Queue(Hash(sound), weight + query.Weights[i + 1], s.NextStamp(), NoWord);
                }
            }
        }

        if (query.Acronym.Length > 0 && SpellingKey(query.Acronym, -1, buffer) is { Length: > 0 } acronym)
        {
            s.Queue(Hash(acronym), 1f, s.NextStamp(), NoWord);
        }

        // Every key of the query is known before any is looked up: their slots load together, then are read.
        var queued = s.Queued;
        foreach (var hit in queued)
        {
            keys.Prefetch(hit.Key);
        }

        var rows = s.Rows(queued.Length);
        for (var i = 0; i < queued.Length; i++)
        {
            rows[i] = keys.Find(queued[i].Key);
        }

        PrefetchRows(rows, s);

        for (var i = 0; i < queued.Length; i++)
        {
            var k = rows[i];
            if (k < 0)
            {
                continue;
            }

            var hit = queued[i];

            // A word found under several keys of one query word credits its names once.
            foreach (var w in WordsOf(k))
            {
                if (s.FirstMeeting(w, hit.Stamp))
                {
                    foreach (var id in carrierIds.AsSpan(carrierOffsets[w], carrierOffsets[w + 1] - carrierOffsets[w]))
                    {
                        s.Add(id, hit.Weight, hit.Stamp, 1, hit.Word);
                    }
                }
            }

            // A name's key of its own (two adjacent words written together, the acronym) stands for two of its words or more.
            foreach (var id in nameIds.AsSpan(nameOffsets[k], nameOffsets[k + 1] - nameOffsets[k]))
            {
                s.Add(id, hit.Weight, hit.Stamp, 2, NoWord);
            }
        }

        return s.TakeBest(output, ranks, query.ContentWeight, minCoverage, oneWordCoverage, lone);
    }

    /// <summary>
    /// Asks for what crediting the query's key rows (<paramref name="rows"/>; -1 for a key the index lacks) will read,
    /// in the order each load waits on the one before: where each row's words and names lie, its words, each word's
    /// carriers row and whether the query met it, then the carriers. Asked for all the query's rows at once, stage by
    /// stage, the loads of one stage overlap, where crediting row after row waited on each in turn (docs/benchmarks.md).
    /// </summary>
    private void PrefetchRows(ReadOnlySpan<int> rows, Scratch s)
    {
        foreach (var row in rows)
        {
            if (row >= 0)
            {
                CacheLines.Prefetch(ref wordOffsets[row], 2);
                CacheLines.Prefetch(ref nameOffsets[row], 2);
            }
        }

        foreach (var row in rows)
        {
            if (row >= 0 && wordOffsets[row + 1] > wordOffsets[row])
            {
                CacheLines.Prefetch(ref wordIds[wordOffsets[row]], wordOffsets[row + 1] - wordOffsets[row]);
            }
        }

        foreach (var row in rows)
        {
            foreach (var w in WordsOf(row))
            {
                CacheLines.Prefetch(ref carrierOffsets[w], 2);
                s.PrefetchStamp(w);
            }
        }

        foreach (var row in rows)
        {
            foreach (var w in WordsOf(row))
            {
                if (carrierOffsets[w + 1] > carrierOffsets[w])
                {
                    CacheLines.Prefetch(ref carrierIds[carrierOffsets[w]], Math.Min(carrierOffsets[w + 1] - carrierOffsets[w], MostCarriersAsked));
                }
            }
        }
    }

    /// <summary>The distinct words of a key's row; none for -1.</summary>
    private ReadOnlySpan<int> WordsOf(int row) => row < 0 ? [] : wordIds.AsSpan(wordOffsets[row], wordOffsets[row + 1] - wordOffsets[row]);

    /// <summary>
    /// Writes the hashes of a word's keys (as written, with x written ks, with each letter left out from
    /// <see cref="MinDeleteLength"/> letters, its phonetic key and the one reading German sch as ж) and returns how
    /// many: the index and the query make their keys here, so the two cannot drift apart.
    /// </summary>
    private static int WordKeys(string token, string phonetic, Span<char> buffer, Span<ulong> hashes)
    {
        var n = 0;
        Take(SpellingKey(token, -1, buffer), hashes, ref n);
        Take(XSpelledOut(token, buffer), hashes, ref n);
        if (token.Length >= MinDeleteLength)
        {
            for (var d = 0; d < token.Length; d++)
            {
                Take(SpellingKey(token, d, buffer), hashes, ref n);
            }
        }

        if (phonetic.Length > 1)
        {
            buffer[0] = PhoneticPrefix;
            phonetic.AsSpan().CopyTo(buffer[1..]);
            Take(buffer[..(phonetic.Length + 1)], hashes, ref n);

            // German "sch" may be ж: its key reads sch and zh alike (Z, a letter no plain key has).
            var zhe = PhoneticKey.WriteZheKey(token, buffer[1..]);
            if (zhe > 0)
            {
                Take(buffer[..(zhe + 1)], hashes, ref n);
            }
        }

        return n;
    }

    private static void Take(ReadOnlySpan<char> key, Span<ulong> hashes, ref int n)
    {
        if (key.Length > 0)
        {
            hashes[n++] = Hash(key);
        }
    }

    /// <summary>The key of two adjacent words written together, or empty when they are too long for the buffer.</summary>
    private static ReadOnlySpan<char> PairKey(string first, string second, Span<char> buffer)
    {
        if (first.Length + second.Length + 1 > buffer.Length)
        {
            return [];
        }

        buffer[0] = SpellingPrefix;
        first.AsSpan().CopyTo(buffer[1..]);
        second.AsSpan().CopyTo(buffer[(1 + first.Length)..]);
        return buffer[..(1 + first.Length + second.Length)];
    }

    /// <summary>The phonetic key of two words written together (<paramref name="joined"/>), as a key of the index, in <paramref name="buffer"/>.</summary>
    private static ReadOnlySpan<char> PhoneticPairKey(ReadOnlySpan<char> joined, Span<char> buffer)
    {
        Span<char> key = stackalloc char[PhoneticKey.MaxLength];
        var n = PhoneticKey.Write(joined, key, innerWIsVowel: true);
        buffer[0] = PhoneticPrefix;
        key[..n].CopyTo(buffer[1..]);
        return buffer[..(n + 1)];
    }

    private static ReadOnlySpan<char> SpellingKey(string token, int deleteAt, Span<char> buffer)
    {
        if (token.Length + 1 > buffer.Length)
        {
            return [];
        }

        buffer[0] = SpellingPrefix;
        if (deleteAt < 0)
        {
            token.AsSpan().CopyTo(buffer[1..]);
            return buffer[..(token.Length + 1)];
        }

        token.AsSpan(0, deleteAt).CopyTo(buffer[1..]);
        token.AsSpan(deleteAt + 1).CopyTo(buffer[(1 + deleteAt)..]);
        return buffer[..token.Length];
    }

    /// <summary>
    /// The spelling key with every x written "ks", or empty when the token has no x: transliterations disagree on it
    /// ("Aleksandr" / "Alexander", "Mksofttech" / "Mxofttech", "Ksenia" / "Xenia") and the two spellings share no
    /// deletion key, nor a phonetic key where the x opens the word (the key reads an inner x as ks, a first as s). Both
    /// sides add it, so a token with x finds one with ks under the other's exact key.
    /// </summary>
    private static ReadOnlySpan<char> XSpelledOut(string token, Span<char> buffer)
    {
        var xs = token.AsSpan().Count('x');
        if (xs == 0 || token.Length + xs + 1 > buffer.Length)
        {
            return [];
        }

        buffer[0] = SpellingPrefix;
        var n = 1;
        foreach (var c in token)
        {
            if (c == 'x')
            {
                buffer[n++] = 'k';
                buffer[n++] = 's';
            }
            else
            {
                buffer[n++] = c;
            }
        }

        return buffer[..n];
    }

    private static int KeyId(Dictionary<ulong, int> rows, ulong key)
    {
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(rows, key, out var exists);
        if (!exists)
        {
            id = rows.Count - 1;
        }

        return id;
    }

    private static ulong Hash(ReadOnlySpan<char> key) => XxHash3.HashToUInt64(MemoryMarshal.AsBytes(key));

    /// <summary>
    /// A key of the query, waiting to be looked up, with what a name found under it is credited and the query word it
    /// is a key of (<see cref="NoWord"/> for a pair of words or the acronym).
    /// </summary>
    internal readonly record struct QueuedHit(ulong Key, float Weight, int Stamp, short Word);

    /// <summary>
    /// What candidate generation keeps of one name during a query: the weight credited so far, the stamp of the query
    /// token that credited it last and that token (<see cref="NoWord"/> for a pair or the acronym), how many of the
    /// query's words (or pairs) credited it, and the name's own content weight. A query touches hundreds of names spread
    /// over the index; one entry each is one cache line each, where five arrays were five.
    /// </summary>
    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private struct Tally
    {
        public float Weight;
        public int Stamp;
        public float Content;
        public short Words;
        public short Word;
    }

    /// <summary>Per-thread accumulators, reused across queries so candidate generation allocates nothing.</summary>
    internal sealed class Scratch
    {
        private Tally[] tallies = [];

        // The content weights the tallies hold: a thread may screen against more than one index (a list refresh
        // builds a new one), so they are copied again when the index changes.
        private float[]? contents;
        private int[] wordStamp = [];
        private int[] touched = [];
        private long[] ranked = [];

        // For each candidate of the current query, the token that alone found it below the one-word floor, or -1.
        private int[] loneToken = [];
        private QueuedHit[] queued = new QueuedHit[64];
        private int[] rows = new int[64];

        private int touchedCount;
        private int queuedCount;
        private int stamp;

        /// <summary>The keys queued since <see cref="Ensure"/>, in order.</summary>
        public ReadOnlySpan<QueuedHit> Queued => queued.AsSpan(0, queuedCount);

        public void Ensure(float[] contentWeights, int words)
        {
            // A query that ended in an exception before TakeBest left weight on the names it touched: a name with
            // weight is taken as listed among the touched already, so on this thread it would never be a candidate again.
            foreach (var id in touched.AsSpan(0, touchedCount))
            {
                tallies[id].Weight = 0;
                tallies[id].Words = 0;
            }

            if (wordStamp.Length < words)
            {
                wordStamp = new int[words];
            }

            var size = contentWeights.Length;
            if (tallies.Length < size)
            {
                tallies = new Tally[size];
                touched = new int[size];
                ranked = new long[size];
                loneToken = new int[size];
                contents = null;
            }

            if (!ReferenceEquals(contents, contentWeights))
            {
                for (var id = 0; id < size; id++)
                {
                    tallies[id].Content = contentWeights[id];
                }

                contents = contentWeights;
            }

            touchedCount = 0;
            queuedCount = 0;
        }

        /// <summary>
        /// A new stamp. A thread of a busy server draws 2^31 of them in days: at the limit every stamp is cleared and the
        /// count starts again, or after wrapping around a name last credited long ago would pass for one credited by the
        /// current query word and lose its credit.
        /// </summary>
        public int NextStamp()
        {
            if (++stamp == int.MaxValue)
            {
                for (var id = 0; id < tallies.Length; id++)
                {
                    tallies[id].Stamp = 0;
                }

                Array.Clear(wordStamp);
                stamp = 1;
            }

            return stamp;
        }

        /// <summary>Whether distinct word <paramref name="w"/> is met for the first time under this stamp.</summary>
        public bool FirstMeeting(int w, int currentStamp)
        {
            if (wordStamp[w] == currentStamp)
            {
                return false;
            }

            wordStamp[w] = currentStamp;
            return true;
        }

        /// <summary>Asks for where <see cref="FirstMeeting"/> will read word <paramref name="w"/>.</summary>
        public void PrefetchStamp(int w) => CacheLines.Prefetch(ref wordStamp[w], 1);

        /// <summary>Room for the rows of <paramref name="count"/> queued keys.</summary>
        public Span<int> Rows(int count)
        {
            if (rows.Length < count)
            {
                rows = new int[Math.Max(count, rows.Length * 2)];
            }

            return rows.AsSpan(0, count);
        }

        public void Queue(ulong key, float weight, int currentStamp, short word)
        {
            if (queuedCount == queued.Length)
            {
                Array.Resize(ref queued, queued.Length * 2);
            }

            queued[queuedCount++] = new QueuedHit(key, weight, currentStamp, word);
        }

        /// <summary>Credits name <paramref name="id"/> for query word <paramref name="word"/>, found as <paramref name="words"/> of its words.</summary>
        public void Add(int id, float w, int currentStamp, short words = 1, short word = NoWord)
        {
            // One query token credits a name once, whichever of its keys found it.
            ref var tally = ref tallies[id];
            if (tally.Stamp == currentStamp)
            {
                return;
            }

            if (tally.Weight == 0)
            {
                touched[touchedCount++] = id;
            }

            tally.Stamp = currentStamp;
            tally.Weight += w;
            tally.Words += words;
            tally.Word = word;
        }

        public int TakeBest(Span<int> output, Span<long> ranks, float queryWeight, float minCoverage, float oneWordCoverage, Span<int> lone)
        {
            // Rank by shared weight over the larger of the two names' weights: an estimate of coverage, so a short
            // listed name that shares everything outranks a long one that shares one common word. Names below the
            // floor are dropped here; one that a single query word's keys alone found, below the one-word floor, is
            // marked with that word for scoring to decide. Equal coverage goes to the lower name id, so which names
            // make the cut never depends on the order they were met in. Only a cut compares ranks, and then only to
            // set the best apart.
            var n = 0;
            var all = touched.AsSpan(0, touchedCount);
            for (var i = 0; i < all.Length; i++)
            {
                var id = all[i];
                ref var tally = ref tallies[id];
                var c = tally.Weight / Math.Max(queryWeight, tally.Content);
                if (c >= minCoverage)
                {
                    ranked[n++] = RankOf(c, id);
                    loneToken[id] = tally.Words == 1 && c < oneWordCoverage ? tally.Word : NoWord;
                }

                tally.Weight = 0;
                tally.Words = 0;
            }

            touchedCount = 0;
            var order = ranked.AsSpan(0, n);
            if (n > output.Length)
            {
                n = output.Length;
                Selection.KeepSmallest(order, n);
            }

            for (var i = 0; i < n; i++)
            {
                output[i] = (int)order[i];
            }

            if (!ranks.IsEmpty)
            {
                order[..n].CopyTo(ranks);
            }

            for (var i = 0; i < lone.Length && i < n; i++)
            {
                lone[i] = loneToken[output[i]];
            }

            return n;
        }

        /// <summary>
        /// Coverage (descending) and name id (ascending) in one integer that sorts in that order: a non-negative
        /// float's bits order as the float does, so the high half is their complement and the low half the id.
        /// </summary>
        private static long RankOf(float coverage, int id) =>
            ((long)(int.MaxValue - BitConverter.SingleToInt32Bits(coverage)) << 32) | (uint)id;
    }
}
