using Vigil.Matching.Names;

namespace Vigil.Matching.Scoring;

/// <summary>
/// Whether a listed name that one word of the query found through the index could pair another of the query's words,
/// read from token shapes alone. The index finds two words alike by spelling, one letter left out or sound; this tells
/// whether two words the index did not join may still pair well (<see cref="LoneMinimum"/>): letters enough in common,
/// given-name forms ("Paul" / "Pavel"), an initial, a one-letter phonetic key, or a compound of two adjacent words. It
/// errs towards yes: a name it passes is scored as before.
/// </summary>
internal static class OtherWordReach
{
    /// <summary>
    /// The similarity another word of the query must be able to reach for a name that one word alone found below the
    /// one-word floor: such a name reaches the minimum score only with a second pair well above
    /// <see cref="Alignment.MinSimilarity"/>. At 0.62 (the alignment's own minimum) two names as unlike as "Petra" and
    /// "Pedro" kept a candidate, and with a one-word floor of 0.4 the bench's queries scored 110 names each against 97
    /// at 0.70; at 0.80 "Hannibal Gaddafi" no longer met HANNIBAL MUAMMAR QADHAFI (docs/benchmarks.md).
    /// </summary>
    public const double LoneMinimum = 0.70;

    // The bound of spelling at LoneMinimum, the margin covering rounding.
    private static readonly SpellingFloor Spelling = new(LoneMinimum, 1e-9);

    /// <summary>
    /// Whether a word of <paramref name="query"/> other than token <paramref name="found"/> (and the words of the
    /// query's compounds without it) may align with a word of the listed name (<paramref name="header"/>,
    /// <paramref name="name"/>). A name read from a script without short vowels or from syllables always may.
    /// <paramref name="queryPairs"/>: each query word written together with the next (<see cref="Pairs"/>);
    /// <paramref name="joinedLengths"/>: what <see cref="JoinedLengths"/> made of the query.
    /// </summary>
    public static bool MayAlignOther(ReadOnlySpan<TokenShape> query, ReadOnlySpan<TokenShape> queryPairs, ReadOnlySpan<ulong> joinedLengths, int found, in NameHeader header, ReadOnlySpan<TokenShape> name)
    {
        if (header.VowelsUnwritten || header.Syllabic)
        {
            return true;
        }

        var joinable = 0UL;
        for (var i = 0; i < query.Length; i++)
        {
            // Every other word of the query counts, a legal form too: a word the query's type reads as one may be a
            // listed person's word ("Paek Se" of no type: SE).
            if (i == found)
            {
                continue;
            }

            // A listed word may be two of the query's written together.
            joinable |= joinedLengths[i];
            var pairs = i < queryPairs.Length && i + 1 != found && queryPairs[i].Length > 0;
            for (var j = 0; j < name.Length; j++)
            {
                if (name[j].Kind != TokenKind.LegalForm && (MayAlign(query[i], name[j]) || (pairs && MayAlign(queryPairs[i], name[j]))))
                {
                    return true;
                }
            }
        }

        // Or a query word two listed ones written together: made only where some other word is of a length to match.
        for (var j = 0; j + 1 < name.Length; j++)
        {
            if (!IsWord(name[j]) || !IsWord(name[j + 1]) || ((joinable >> Math.Min(name[j].Length + name[j + 1].Length, 63)) & 1) == 0)
            {
                continue;
            }

            var joined = Joined(name[j], name[j + 1]);
            for (var i = 0; i < query.Length; i++)
            {
                if (i != found && MayAlign(query[i], joined))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Writes into <paramref name="lengths"/>, for each query word, the lengths of two listed words written together
    /// that it may align with (<see cref="MayAlign"/>): bit n for n letters, bit 63 for 63 and more. Two words written
    /// together have no given-name form nor a key of their own, so only an initial or letters enough can pair them.
    /// </summary>
    public static void JoinedLengths(ReadOnlySpan<TokenShape> query, Span<ulong> lengths)
    {
        for (var i = 0; i < query.Length; i++)
        {
            lengths[i] = query[i].Kind switch
            {
                TokenKind.Initial => ulong.MaxValue,
                TokenKind.Number => 0UL,
                _ => Spelling.ReachableLengths(query[i].Length),
            };
        }
    }

    /// <summary>
    /// Writes into <paramref name="pairs"/> (one shorter than <paramref name="words"/>, or shorter still) each word
    /// written together with the next, where both are words (an empty shape where not).
    /// </summary>
    public static void Pairs(ReadOnlySpan<TokenShape> words, Span<TokenShape> pairs)
    {
        for (var j = 0; j < pairs.Length; j++)
        {
            pairs[j] = IsWord(words[j]) && IsWord(words[j + 1]) ? Joined(words[j], words[j + 1]) : default;
        }
    }

    /// <summary>
    /// Whether two tokens' similarity may reach <see cref="LoneMinimum"/> (<see cref="TokenSimilarity"/>
    /// gives each of these at least that much): an initial and a word it opens, two forms of one given name, two
    /// words of one-letter phonetic keys alike (the index keys longer ones only), or spellings whose letters in common
    /// allow it (<see cref="SpellingFloor"/>).
    /// Given-name forms are told by <see cref="TokenShape.Forms"/>: a shared bit may be a shared class.
    /// </summary>
    public static bool MayAlign(in TokenShape a, in TokenShape b)
    {
        if (a.Kind == TokenKind.Initial || b.Kind == TokenKind.Initial)
        {
            return a.First == b.First;
        }

        if (a.Kind == TokenKind.Number || b.Kind == TokenKind.Number)
        {
            return false;
        }

        if ((a.Forms & b.Forms) != 0 || (a.KeyLength == 1 && b.KeyLength == 1 && a.KeyFirst == b.KeyFirst))
        {
            return true;
        }

        return Spelling.MayReach(a, b);
    }

    private static bool IsWord(in TokenShape t) => t.Kind is TokenKind.Word or TokenKind.Generic;

    /// <summary>The shape of two words written together, as far as <see cref="MayAlign"/> reads it.</summary>
    private static TokenShape Joined(in TokenShape a, in TokenShape b) =>
        new(-1, a.Weight + b.Weight, (ushort)Math.Min(a.Length + b.Length, ushort.MaxValue), a.First, b.Last, '\0', 0, TokenKind.Word, TokenRoles.None, a.Letters | b.Letters);
}
