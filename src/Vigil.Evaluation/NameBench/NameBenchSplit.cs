using System.Text;

namespace Vigil.Evaluation.NameBench;

/// <summary>
/// The seeded 50/50 split of the name cases into half A (fitting) and half B (checking). Each case's place is
/// decided by a hash of its own content and the seed, not by its line, so reordering the file or appending cases
/// keeps existing cases in their half; ties (duplicate cases) fall back to file order.
/// </summary>
public static class NameBenchSplit
{
    /// <summary>True for each case in half A; exactly ⌈n/2⌉ cases are.</summary>
    public static bool[] HalfA(IReadOnlyList<NameCase> cases, int seed)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var keys = new ulong[cases.Count];
        var order = new int[cases.Count];
        for (var i = 0; i < cases.Count; i++)
        {
            var c = cases[i];
            keys[i] = SplitMix(Fnv1a($"{c.Group}\u001f{c.Schema}\u001f{c.Name1}\u001f{c.Name2}\u001f{c.IsMatch}") ^ (ulong)(uint)seed);
            order[i] = i;
        }

        Array.Sort(order, (a, b) => keys[a] != keys[b] ? keys[a].CompareTo(keys[b]) : a.CompareTo(b));
        var inA = new bool[cases.Count];
        var half = (cases.Count + 1) / 2;
        for (var k = 0; k < half; k++)
        {
            inA[order[k]] = true;
        }

        return inA;
    }

    private static ulong Fnv1a(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash ^= b;
            hash *= 1099511628211UL;
        }

        return hash;
    }

    private static ulong SplitMix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
