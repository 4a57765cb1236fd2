using System.Collections.Frozen;
using System.Runtime.InteropServices;

namespace Vigil.Matching.Names;

/// <summary>
/// How often each folded token occurs across the loaded names, so that rare tokens count more than common ones
/// ("MOHAMMAD" or "TRADING" appear in hundreds of listed names; "EXCLE" in one).
/// </summary>
public sealed class TokenStatistics
{
    private readonly FrozenDictionary<string, int> frequency;
    private readonly double reference;

    private TokenStatistics(FrozenDictionary<string, int> frequency, int nameCount)
    {
        this.frequency = frequency;
        NameCount = nameCount;

        // A token found in ~0.05% of names weighs 1.0; rarer tokens up to MaxFactor, common ones down to MinFactor.
        reference = Math.Log(1.0 + (nameCount / Math.Max(1.0, nameCount * 0.0005)));
    }

    /// <summary>Lowest rarity factor: even the commonest token keeps some weight.</summary>
    public const double MinFactor = 0.35;

    /// <summary>Highest rarity factor.</summary>
    public const double MaxFactor = 1.3;

    /// <summary>Statistics that treat every token as equally rare (used when no lists are loaded).</summary>
    public static TokenStatistics Uniform { get; } = new(FrozenDictionary<string, int>.Empty, 0);

    /// <summary>The number of names counted.</summary>
    public int NameCount { get; }

    /// <summary>Counts, for each token, how many of the given names contain it.</summary>
    public static TokenStatistics Build(IEnumerable<IReadOnlyList<string>> tokenisedNames)
    {
        ArgumentNullException.ThrowIfNull(tokenisedNames);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var n = 0;
        foreach (var tokens in tokenisedNames)
        {
            n++;
            for (var i = 0; i < tokens.Count; i++)
            {
                // A name counts once for a token it repeats; names are short, so looking back beats a set.
                if (!RepeatsEarlierToken(tokens, i))
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(counts, tokens[i], out _)++;
                }
            }
        }

        return new TokenStatistics(counts.ToFrozenDictionary(StringComparer.Ordinal), n);
    }

    private static bool RepeatsEarlierToken(IReadOnlyList<string> tokens, int at)
    {
        for (var j = 0; j < at; j++)
        {
            if (string.Equals(tokens[j], tokens[at], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many names contain the token.</summary>
    public int Frequency(string token) => frequency.GetValueOrDefault(token);

    /// <summary>The rarity factor in [<see cref="MinFactor"/>, <see cref="MaxFactor"/>]; 1 when uniform.</summary>
    public double RarityFactor(string token)
    {
        if (NameCount == 0)
        {
            return 1.0;
        }

        var df = frequency.GetValueOrDefault(token);
        var idf = Math.Log(1.0 + (NameCount / (df + 1.0)));
        return Math.Clamp(idf / reference, MinFactor, MaxFactor);
    }
}
