using System.Collections.Frozen;
using Vigil.Matching.Names;

namespace Vigil.Matching.Index;

/// <summary>
/// Inverted index over every prepared name, built for recall: each identifying token is reachable by itself, by
/// every form with one letter deleted (so one typo still finds it), by its phonetic key, and by adjacent tokens
/// written together ("ex cle" under "excle"). A query gathers names sharing any key, ranks them by the summed
/// weight of the query tokens they share, and hands the best to full scoring.
/// </summary>
internal sealed class NameIndex
{
    private const char SpellingPrefix = '^';
    private const char PhoneticPrefix = '#';
    private const int MinDeleteLength = 4;
    private const int KeyBuffer = 96;

    private readonly FrozenDictionary<string, int[]> postings;
    private readonly FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> lookup;

    [ThreadStatic]
    private static Scratch? scratch;

    public NameIndex(IReadOnlyList<PreparedName> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        Names = names;
        var builder = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        Span<char> buffer = stackalloc char[KeyBuffer];
        for (var id = 0; id < names.Count; id++)
        {
            var name = names[id];
            var tokens = name.Tokens;
            for (var i = 0; i < tokens.Length; i++)
            {
                if (!PreparedName.IsContent(name.Kinds[i]))
                {
                    continue;
                }

                ForEachSpellingKey(tokens[i], buffer, key => Add(builder, key, id));
                if (name.Keys[i].Length > 1)
                {
                    Add(builder, PhoneticPrefix + name.Keys[i], id);
                }

                if (i + 1 < tokens.Length && PreparedName.IsContent(name.Kinds[i + 1]))
                {
                    Add(builder, SpellingPrefix + tokens[i] + tokens[i + 1], id);
                }
            }

            if (name.Acronym.Length >= 2)
            {
                Add(builder, SpellingPrefix + name.Acronym, id);
            }
        }

        postings = builder.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        lookup = postings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The indexed names, by id.</summary>
    public IReadOnlyList<PreparedName> Names { get; }

    /// <summary>Distinct keys in the index.</summary>
    public int KeyCount => postings.Count;

    /// <summary>
    /// Writes up to <paramref name="output"/>.Length candidate name ids, best first by shared token weight; returns the count.
    /// </summary>
    public int Candidates(PreparedName query, Span<int> output)
    {
        ArgumentNullException.ThrowIfNull(query);
        var s = scratch ??= new Scratch();
        s.Ensure(Names.Count);
        Span<char> buffer = stackalloc char[KeyBuffer];
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
            Hit(s, SpellingKey(token, -1, buffer), weight, stamp);
            if (token.Length >= MinDeleteLength)
            {
                for (var d = 0; d < token.Length; d++)
                {
                    Hit(s, SpellingKey(token, d, buffer), weight, stamp);
                }
            }

            if (query.Keys[i].Length > 1)
            {
                buffer[0] = PhoneticPrefix;
                query.Keys[i].AsSpan().CopyTo(buffer[1..]);
                Hit(s, buffer[..(query.Keys[i].Length + 1)], weight, stamp);
            }

            if (i + 1 < tokens.Length && PreparedName.IsContent(query.Kinds[i + 1]) && token.Length + tokens[i + 1].Length + 1 <= KeyBuffer)
            {
                buffer[0] = SpellingPrefix;
                token.AsSpan().CopyTo(buffer[1..]);
                tokens[i + 1].AsSpan().CopyTo(buffer[(1 + token.Length)..]);
                Hit(s, buffer[..(1 + token.Length + tokens[i + 1].Length)], weight + query.Weights[i + 1], s.NextStamp());
            }
        }

        if (query.Acronym.Length >= 2)
        {
            buffer[0] = SpellingPrefix;
            query.Acronym.AsSpan().CopyTo(buffer[1..]);
            Hit(s, buffer[..(query.Acronym.Length + 1)], 1f, s.NextStamp());
        }

        return s.TakeBest(output);
    }

    private void Hit(Scratch s, ReadOnlySpan<char> key, float weight, int stamp)
    {
        if (key.Length == 0 || !lookup.TryGetValue(key, out var ids))
        {
            return;
        }

        foreach (var id in ids)
        {
            s.Add(id, weight, stamp);
        }
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

    private static void ForEachSpellingKey(string token, Span<char> buffer, Action<string> add)
    {
        add(SpellingKey(token, -1, buffer).ToString());
        if (token.Length >= MinDeleteLength)
        {
            for (var d = 0; d < token.Length; d++)
            {
                var key = SpellingKey(token, d, buffer);
                if (key.Length > 0)
                {
                    add(key.ToString());
                }
            }
        }
    }

    private static void Add(Dictionary<string, List<int>> builder, string key, int id)
    {
        if (!builder.TryGetValue(key, out var list))
        {
            builder[key] = list = [];
        }

        if (list.Count == 0 || list[^1] != id)
        {
            list.Add(id);
        }
    }

    /// <summary>Per-thread accumulators, reused across queries so candidate generation allocates nothing.</summary>
    private sealed class Scratch
    {
        private float[] weight = [];
        private int[] tokenStamp = [];
        private int[] touched = [];
        private float[] sortKeys = [];
        private int touchedCount;
        private int stamp;

        public void Ensure(int size)
        {
            if (weight.Length < size)
            {
                weight = new float[size];
                tokenStamp = new int[size];
                touched = new int[size];
                sortKeys = new float[size];
            }

            touchedCount = 0;
        }

        public int NextStamp() => ++stamp;

        public void Add(int id, float w, int currentStamp)
        {
            // One query token credits a name once, whichever of its keys found it.
            if (tokenStamp[id] == currentStamp)
            {
                return;
            }

            if (weight[id] == 0)
            {
                touched[touchedCount++] = id;
            }

            tokenStamp[id] = currentStamp;
            weight[id] += w;
        }

        public int TakeBest(Span<int> output)
        {
            var n = touchedCount;
            var ids = touched.AsSpan(0, n);
            var keys = sortKeys.AsSpan(0, n);
            for (var i = 0; i < n; i++)
            {
                keys[i] = -weight[ids[i]];
            }

            if (n > output.Length)
            {
                keys.Sort(ids);
                n = output.Length;
            }

            ids[..n].CopyTo(output);
            foreach (var id in touched.AsSpan(0, touchedCount))
            {
                weight[id] = 0;
            }

            touchedCount = 0;
            return n;
        }
    }
}
