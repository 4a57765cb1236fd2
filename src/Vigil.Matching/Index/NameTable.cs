using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using Vigil.Matching.Names;
using Vigil.Matching.Scoring;
using Vigil.Model;

namespace Vigil.Matching.Index;

/// <summary>
/// Every indexed name laid out flat for scoring many candidates fast: a header per name, a shape per token, and a
/// number per distinct listed token. Two listed tokens share a number when token similarity cannot tell them apart
/// (same folded text, kind, person or not, syllabic script or not, read from a script without short vowels or not,
/// acronym or not, as many variant classes; phonetic key, variant classes and legal code follow from these), so a
/// query compares each distinct listed token once, however many candidates carry it.
/// </summary>
internal sealed class NameTable
{
    // The header of name n says where its token shapes are (each shape carries its distinct-token number): what
    // scoring reads of a candidate sits in one header and one run of shapes.
    private readonly NameHeader[] headers;
    private readonly TokenShape[] shapes;

    // The packed phonetic keys of each token and of the windows it starts (SoundCodes.PerToken per token, beside the
    // shapes): the bound compares them for compounds, and reaching them through each name's object cost two dependent
    // loads.
    private readonly ulong[] soundCodes;

    // Per distinct token: its facts, and what comparing it reads when the facts do not settle a pair, flat: its text
    // then its phonetic key in `text` from textAt[v] (the key ends at textAt[v + 1]), its legal code, its variant
    // classes. Reading them through the names' objects cost three dependent loads a pair, most of them misses.
    private readonly TokenFacts[] facts;
    private readonly char[] text;
    private readonly int[] textAt;
    private readonly string?[] legalCodes;
    private readonly int[][] variantClasses;

    public NameTable(PreparedName[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        Names = names;
        headers = new NameHeader[names.Length];
        var total = 0;
        for (var n = 0; n < names.Length; n++)
        {
            headers[n] = NameHeader.Of(names[n], total);
            total += headers[n].TokenCount;
        }

        shapes = new TokenShape[total];
        soundCodes = new ulong[total * SoundCodes.PerToken];
        var headerArray = headers;
        var codeArray = soundCodes;
        Parallel.For(0, names.Length, n => SoundCodes.Write(names[n], codeArray.AsSpan(headerArray[n].FirstToken * SoundCodes.PerToken, headerArray[n].TokenCount * SoundCodes.PerToken)));
        var ids = new Dictionary<(string Token, int Traits), int>(total / 2);
        var samples = new List<(int Name, int Token)>(total / 2);
        for (var n = 0; n < names.Length; n++)
        {
            var name = names[n];
            // "abd" read from عبد is compared by the letters Arabic writes, the Latin "Abd" by spelling: 680 bundled
            // tokens are both, and one number for the two gave one of them the other's facts.
            var traits = ((name.Schema == Schema.Person ? 1 : 0) | (name.IsSyllabic ? 2 : 0) | (name.WithoutShortVowels ? 8 : 0)) << 8;
            for (var t = 0; t < headers[n].TokenCount; t++)
            {
                var acronym = (name.Roles[t] & TokenRoles.Acronym) != 0 ? 4 << 8 : 0;

                // A word's variant classes may depend on where it stands (a Korean family name is read as one only where
                // the family name stands): how many it has is part of what similarity sees.
                var classes = (name.VariantClasses.Length > t ? name.VariantClasses[t].Length : 0) << 12;
                ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(ids, (name.Tokens[t], traits | acronym | classes | (int)name.Kinds[t]), out var exists);
                if (!exists)
                {
                    id = samples.Count;
                    samples.Add((n, t));
                }

                shapes[headers[n].FirstToken + t] = TokenShape.Of(name, t, id);
            }
        }

        facts = new TokenFacts[samples.Count];
        textAt = new int[samples.Count + 1];
        legalCodes = new string?[samples.Count];
        variantClasses = new int[samples.Count][];
        var chars = new List<char>(samples.Count * 16);
        for (var id = 0; id < facts.Length; id++)
        {
            var (n, t) = samples[id];
            var sample = TokenText.Of(names[n], t);
            facts[id] = new TokenFacts(names[n], t);
            textAt[id] = chars.Count;
            chars.AddRange(sample.Token);
            chars.AddRange(sample.Key);
            legalCodes[id] = sample.LegalCode;
            variantClasses[id] = sample.VariantClasses;
        }

        textAt[facts.Length] = chars.Count;
        text = [.. chars];
    }

    /// <summary>The names, by id.</summary>
    public PreparedName[] Names { get; }

    /// <summary>Number of distinct listed tokens.</summary>
    public int VocabularyCount => facts.Length;

    /// <summary>The header of a name.</summary>
    public ref readonly NameHeader HeaderOf(int name) => ref headers[name];

    /// <summary>The shapes of a name's tokens (at most <see cref="Alignment.MaxTokens"/>), given its header.</summary>
    public ReadOnlySpan<TokenShape> ShapesOf(in NameHeader header) => shapes.AsSpan(header.FirstToken, header.TokenCount);

    /// <summary>The sound codes of a name's tokens (<see cref="SoundCodes"/>), given its header.</summary>
    public ReadOnlySpan<ulong> SoundCodesOf(in NameHeader header) =>
        soundCodes.AsSpan(header.FirstToken * SoundCodes.PerToken, header.TokenCount * SoundCodes.PerToken);

    /// <summary>Asks for a name's header.</summary>
    public void PrefetchHeader(int name) => CacheLines.Prefetch(ref headers[name], 1);

    /// <summary>Asks for a name's token shapes, whose header should be loaded or on its way.</summary>
    public void PrefetchShapes(int name)
    {
        ref readonly var header = ref headers[name];
        if (header.TokenCount > 0)
        {
            CacheLines.Prefetch(ref shapes[header.FirstToken], header.TokenCount);
        }
    }

    /// <summary>
    /// Asks the processor to start loading what comparing a query with a name's distinct tokens reads of each: its
    /// facts and where its text sits. Most of a query's comparisons are of tokens it meets for the first time, spread
    /// over a table larger than the processor's cache.
    /// </summary>
    public unsafe void PrefetchFacts(ReadOnlySpan<TokenShape> name)
    {
        if (!Sse.IsSupported)
        {
            return;
        }

        foreach (var t in name)
        {
            CacheLines.Prefetch(ref facts[t.Vocabulary], 1);
            Sse.Prefetch0(Unsafe.AsPointer(ref textAt[t.Vocabulary]));
        }
    }

    /// <summary>The facts of distinct token <paramref name="id"/>.</summary>
    public ref readonly TokenFacts FactsOf(int id) => ref facts[id];

    /// <summary>
    /// The text, key, legal code and variant classes of distinct token <paramref name="id"/>. The code and the classes
    /// are read only when the facts say the token has them: most tokens have neither, and each would be one more load
    /// from a table larger than the cache for every token a query meets.
    /// </summary>
    public TokenText TextOf(int id)
    {
        var at = textAt[id];
        ref readonly var f = ref facts[id];
        var length = f.Length;
        return new TokenText(
            text.AsSpan(at, length),
            text.AsSpan(at + length, textAt[id + 1] - at - length),
            f.HasLegalCode ? legalCodes[id] : null,
            f.HasVariants ? variantClasses[id] : []);
    }
}
