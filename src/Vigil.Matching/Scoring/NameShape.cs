using System.Runtime.InteropServices;
using Vigil.Matching.Names;
using Vigil.Text.Phonetics;

namespace Vigil.Matching.Scoring;

/// <summary>
/// What the logit bound reads of one token, packed so that a name's tokens share a cache line or two: the bound runs
/// for every candidate, and following each name's arrays and strings would cost more than the bound saves.
/// </summary>
[StructLayout(LayoutKind.Auto)]
internal readonly record struct TokenShape(int Vocabulary, float Weight, ushort Length, char First, char Last, char KeyFirst, byte KeyLength, TokenKind Kind, TokenRoles Roles, uint Letters, ushort Forms = 0, ShapeTraits Traits = ShapeTraits.None)
{
    /// <summary>Bit of the letters a-z of <see cref="Letters"/> after which one bit stands for every other character.</summary>
    private const int OtherLetter = 26;

    /// <summary>
    /// The shape of token i of a name; <paramref name="vocabulary"/> is its distinct-token number in a <c>NameTable</c>,
    /// or -1. <see cref="Forms"/> is taken from the word's variant classes as they stand when the shape is made.
    /// </summary>
    public static TokenShape Of(PreparedName name, int i, int vocabulary = -1)
    {
        var t = name.Tokens[i];
        var key = name.Keys[i];
        return new TokenShape(
            vocabulary,
            name.Weights[i],
            (ushort)Math.Min(t.Length, ushort.MaxValue),
            t[0],
            t[^1],
            key.Length > 0 ? key[0] : '\0',
            (byte)Math.Min(key.Length, byte.MaxValue),
            name.Kinds[i],
            name.Roles[i],
            LetterSet(t),
            FormSet(name.VariantClasses.Length > i ? name.VariantClasses[i] : []),
            TraitsOf(name, i));
    }

    /// <summary>What a token's similarity may rest on beyond its letters (<see cref="ShapeTraits"/>).</summary>
    private static ShapeTraits TraitsOf(PreparedName name, int i) =>
        (name.Schema == Model.Schema.Person ? ShapeTraits.Person : ShapeTraits.None)
        | (name.IsSyllabic ? ShapeTraits.Syllabic : ShapeTraits.None)
        | (name.WithoutShortVowels ? ShapeTraits.VowelsUnwritten : ShapeTraits.None)
        | (PhoneticKey.HasZheSpelling(name.Tokens[i]) ? ShapeTraits.ZheSpelling : ShapeTraits.None)
        | (name.LegalCodes?[i] is not null ? ShapeTraits.LegalCode : ShapeTraits.None);

    /// <summary>
    /// One bit of 16 for each of a word's given-name variant classes, by class number: two words sharing a class (one
    /// name's forms, "Joseph" and "Yousef") share a bit, and words sharing none mostly share no bit.
    /// </summary>
    public static ushort FormSet(int[] classes)
    {
        var set = 0;
        foreach (var c in classes)
        {
            set |= 1 << (int)((uint)c * 2654435761u >> 28);
        }

        return (ushort)set;
    }

    /// <summary>One bit per letter a-z the text holds, and one for any other character.</summary>
    public static uint LetterSet(ReadOnlySpan<char> text)
    {
        var set = 0u;
        foreach (var c in text)
        {
            set |= 1u << (c is >= 'a' and <= 'z' ? c - 'a' : OtherLetter);
        }

        return set;
    }
}

/// <summary>What a token's shape tells of the ways its similarity to another may go beyond spelling.</summary>
[Flags]
internal enum ShapeTraits : byte
{
    /// <summary>A word of Latin letters in a name other than a person's.</summary>
    None = 0,

    /// <summary>A word of a person's name: only other names' words may be abbreviations.</summary>
    Person = 1,

    /// <summary>Read from syllabic characters (<see cref="PreparedName.IsSyllabic"/>).</summary>
    Syllabic = 2,

    /// <summary>Read from a script that leaves short vowels unwritten (<see cref="PreparedName.WithoutShortVowels"/>).</summary>
    VowelsUnwritten = 4,

    /// <summary>Spelt with "sch" or "zh": it may share the phonetic key that reads both as ж.</summary>
    ZheSpelling = 8,

    /// <summary>A legal form written out as a word of the name ("Limited" mid-name): it matches the form's code.</summary>
    LegalCode = 16,
}

/// <summary>
/// What the logit bound reads of a whole name: counts, legal-form groups, the lengths of its compound windows, what an
/// acronym test needs, weak alias or not, the script it was read from.
/// </summary>
[StructLayout(LayoutKind.Auto)]
internal readonly record struct NameHeader(int FirstToken, int TokenCount, ulong KindedLegalGroups, ulong Windows, int ContentCount, int AcronymLength, char AcronymFirst, int SoleLength, char SoleFirst, bool Person, bool WeakAlias, bool Syllabic, bool VowelsUnwritten, bool HasSpecific)
{
    /// <summary>The header of a name whose token shapes are kept from <paramref name="firstToken"/> on in a <c>NameTable</c>.</summary>
    public static NameHeader Of(PreparedName name, int firstToken = 0)
    {
        var first = name.FirstContent();
        var sole = first >= 0 ? name.Tokens[first] : string.Empty;

        return new NameHeader(
            firstToken,
            Math.Min(name.Tokens.Length, Alignment.MaxTokens),
            name.KindedLegalGroups,
            WindowLengths(name),
            name.ContentCount,
            name.Acronym.Length,
            name.Acronym.Length > 0 ? name.Acronym[0] : '\0',
            sole.Length,
            sole.Length > 0 ? sole[0] : '\0',
            name.Schema == Model.Schema.Person,
            name.Kind == Model.NameKind.WeakAlias,
            name.IsSyllabic,
            name.WithoutShortVowels,
            name.HasSpecific);
    }

    /// <summary>
    /// One bit per letter count that two or three adjacent joinable tokens (not legal forms, not numbers) hold
    /// together, counts of 63 and more on bit 63: a token of another name can be their compound only if its length is
    /// within two of a set bit.
    /// </summary>
    public static ulong WindowLengths(PreparedName name)
    {
        var mask = 0UL;
        var m = Math.Min(name.Tokens.Length, Alignment.MaxTokens);
        for (var j = 0; j + 1 < m; j++)
        {
            var total = 0;
            for (var k = j; k < Math.Min(j + 3, m); k++)
            {
                if (!Alignment.Joinable(name.Kinds[k]))
                {
                    break;
                }

                total += name.Tokens[k].Length;
                if (k > j)
                {
                    mask |= 1UL << Math.Min(total, 63);
                }
            }
        }

        return mask;
    }
}
