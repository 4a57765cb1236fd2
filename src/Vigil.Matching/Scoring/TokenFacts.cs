using System.IO.Hashing;
using System.Runtime.InteropServices;
using Vigil.Matching.Names;
using Vigil.Text.Phonetics;
using Vigil.Text.Similarity;
using Vigil.Text.Transliteration;

namespace Vigil.Matching.Scoring;

/// <summary>
/// What token similarity needs to rule a pair out, in 96 bytes: length, first letters, hashes of the token and its
/// phonetic key, the letters counted, kind and flags. Most pairs of a query are settled from these alone, without
/// reading the name they belong to; the rest go on to the strings.
/// </summary>
[StructLayout(LayoutKind.Auto)]
internal readonly struct TokenFacts
{
    private static readonly System.Buffers.SearchValues<char> Vowels = System.Buffers.SearchValues.Create("aeiou");
    private static readonly System.Buffers.SearchValues<char> VowelsAndY = System.Buffers.SearchValues.Create("aeiouy");
    private static readonly System.Buffers.SearchValues<char> FirmConsonants = System.Buffers.SearchValues.Create("bcdfgjklmnpqrstvxz");

    public TokenFacts(PreparedName name, int i)
    {
        var token = name.Tokens[i];
        var key = name.Keys[i];
        Letters = LetterBag.Of(token);
        Hash = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(token.AsSpan()));
        KeyHash = key.Length == 0 ? 0 : XxHash3.HashToUInt64(MemoryMarshal.AsBytes(key.AsSpan())) | 1;
        Length = token.Length;
        Reciprocal = 1.0 / token.Length;
        Kind = name.Kinds[i];
        Person = name.Schema == Model.Schema.Person;
        Syllabic = name.IsSyllabic;
        HasVariants = name.VariantClasses.Length > i && name.VariantClasses[i].Length > 0;
        HasLegalCode = name.LegalCodes?[i] is not null;
        Vowelled = token.AsSpan().IndexOfAny(Vowels) >= 0;
        VowelsUnwritten = name.WithoutShortVowels;
        Skeleton = !Vowelled && VowelsUnwritten;
        Consonants = (byte)Math.Min(FirmConsonantCount(token), byte.MaxValue);
        Acronym = (name.Roles[i] & TokenRoles.Acronym) != 0;
        Spelt = !name.WithoutShortVowels && !name.IsSyllabic && token.Length > 1 && token.AsSpan().IndexOfAny(VowelsAndY) < 0;

        // Hangul is read syllable by syllable too, in spellings that are not pinyin even where the letters agree.
        Pinyin = PinyinSyllables.Contains(token) && !(name.IsSyllabic && HangulRomanizer.HasSyllables(name.Display));
        Span<char> zhe = stackalloc char[PhoneticKey.MaxLength];
        var zheLength = key.Length == 0 || Pinyin || name.IsSyllabic || name.WithoutShortVowels ? 0 : PhoneticKey.WriteZheKey(token, zhe);
        ZheKeyHash = zheLength == 0 ? 0 : XxHash3.HashToUInt64(MemoryMarshal.AsBytes(zhe[..zheLength])) | 1;
        ulong head = 0;
        for (var k = 0; k < Math.Min(4, token.Length); k++)
        {
            head |= (ulong)token[k] << (16 * k);
        }

        Head = head;
    }

    /// <summary>The letters counted.</summary>
    public LetterBag Letters { get; }

    /// <summary>Hash of the folded token: different hashes, different tokens.</summary>
    public ulong Hash { get; }

    /// <summary>Hash of the phonetic key, odd; 0 when the token has no key.</summary>
    public ulong KeyHash { get; }

    /// <summary>
    /// Hash of the key that reads German "sch" and "zh" alike (<see cref="PhoneticKey.ZheKeyOf"/>), odd; 0 when the
    /// token has neither spelling, or is a pinyin syllable or read from a script without a Russian ж.
    /// </summary>
    public ulong ZheKeyHash { get; }

    /// <summary>The first four characters, 16 bits each, first in the lowest bits; zero beyond the token.</summary>
    public ulong Head { get; }

    /// <summary>Characters in the token.</summary>
    public int Length { get; }

    /// <summary>1 / <see cref="Length"/>.</summary>
    public double Reciprocal { get; }

    /// <summary>The token's kind.</summary>
    public TokenKind Kind { get; }

    /// <summary>The name is a person's.</summary>
    public bool Person { get; }

    /// <summary>The name is written in syllabic characters (see <see cref="PreparedName.IsSyllabic"/>).</summary>
    public bool Syllabic { get; }

    /// <summary>The token belongs to given-name variant classes.</summary>
    public bool HasVariants { get; }

    /// <summary>The token is a written-out legal form with a code.</summary>
    public bool HasLegalCode { get; }

    /// <summary>The token has a vowel (a, e, i, o, u).</summary>
    public bool Vowelled { get; }

    /// <summary>
    /// Letters other than vowels, h, w and y: the consonants a skeleton writes one for one ("mhmd": m, m, d), which
    /// every reading of it spells too ("Muhammad", "Mohamed"), where h, w and y may stand for vowels or vanish.
    /// </summary>
    public byte Consonants { get; }

    /// <summary>The token is read from a script that leaves short vowels unwritten (Arabic, Persian, Hebrew).</summary>
    public bool VowelsUnwritten { get; }

    /// <summary>
    /// The token is bare consonants read from a script that leaves short vowels unwritten ("mhmd" from محمد): only its
    /// sound ties it to a vowelled spelling. A Latin word without vowels ("VBRR") is an acronym, not a skeleton.
    /// </summary>
    public bool Skeleton { get; }

    /// <summary>
    /// The token is Latin letters without a vowel ("MMT", "VBRR"), read letter by letter: its letters are not the
    /// sounds of a word, so a phonetic key it shares with one ("Mehta") is chance.
    /// </summary>
    public bool Spelt { get; }

    /// <summary>The token is a listed acronym (<see cref="TokenRoles.Acronym"/>): only the same letters match it.</summary>
    public bool Acronym { get; }

    /// <summary>
    /// The token is one pinyin syllable: read from a Chinese character (in a <see cref="Syllabic"/> name), or a Latin
    /// word spelt as one ("zhang", "xi").
    /// </summary>
    public bool Pinyin { get; }

    private static int FirmConsonantCount(ReadOnlySpan<char> token)
    {
        var n = 0;
        foreach (var c in token)
        {
            n += FirmConsonants.Contains(c) ? 1 : 0;
        }

        return n;
    }

    /// <summary>The first character.</summary>
    public char First => (char)(Head & 0xFFFF);

    /// <summary>Number of leading characters (up to four) the two tokens share.</summary>
    public static int SharedHead(in TokenFacts a, in TokenFacts b)
    {
        var limit = Math.Min(4, Math.Min(a.Length, b.Length));
        var differ = a.Head ^ b.Head;
        var same = differ == 0 ? 4 : System.Numerics.BitOperations.TrailingZeroCount(differ) / 16;
        return Math.Min(same, limit);
    }
}
