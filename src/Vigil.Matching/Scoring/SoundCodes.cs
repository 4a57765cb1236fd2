using Vigil.Matching.Names;
using Vigil.Text.Phonetics;

namespace Vigil.Matching.Scoring;

/// <summary>
/// Phonetic keys packed into numbers, per token of a name: its own key, and the keys of it written together with the
/// next token and with the next two, as <see cref="Alignment.WindowSimilarity(in JoiningToken, PreparedName, int, int, Span{char}, Span{char})"/> writes them. A key has at most
/// <see cref="PhoneticKey.MaxLength"/> sounds from A-Z and 0-9, six bits each, so equal numbers are equal keys: the
/// bound tells a window that sounds like a token from one that does not without reading either name's text.
/// </summary>
internal static class SoundCodes
{
    /// <summary>Codes per token: own key, key of two tokens joined, key of three.</summary>
    public const int PerToken = 3;

    /// <summary>A name's codes (made on first use, then kept with the name; a race only makes the same array twice).</summary>
    public static ReadOnlySpan<ulong> Of(PreparedName name) => name.SoundCodes ??= Make(name);

    /// <summary>The code of token i's own key (0 when it has none).</summary>
    public static ulong Own(ReadOnlySpan<ulong> codes, int i) => codes[i * PerToken];

    /// <summary>The code of the key of tokens j..j+len-1 written together, len 2 or 3 (0 when they cannot join).</summary>
    public static ulong Window(ReadOnlySpan<ulong> codes, int j, int len) => codes[(j * PerToken) + len - 1];

    /// <summary>A key as a number: sound k in bits 6k..6k+5 (A-Z and 0-9 never give 0, so the length is implied).</summary>
    public static ulong Pack(ReadOnlySpan<char> key)
    {
        var code = 0UL;
        for (var k = 0; k < key.Length; k++)
        {
            code |= (ulong)(key[k] & 63) << (6 * k);
        }

        return code;
    }

    private static ulong[] Make(PreparedName name)
    {
        var codes = new ulong[CountFor(name) * PerToken];
        Write(name, codes);
        return codes;
    }

    /// <summary>Tokens of a name that have codes (its first <see cref="Alignment.MaxTokens"/>).</summary>
    public static int CountFor(PreparedName name) => Math.Min(name.Tokens.Length, Alignment.MaxTokens);

    /// <summary>Writes a name's codes, <see cref="PerToken"/> per token, into <paramref name="codes"/>.</summary>
    public static void Write(PreparedName name, Span<ulong> codes)
    {
        var n = CountFor(name);
        Span<char> joined = stackalloc char[64];
        Span<char> key = stackalloc char[PhoneticKey.MaxLength];
        for (var j = 0; j < n; j++)
        {
            codes[j * PerToken] = Pack(name.Keys[j]);
            for (var len = 2; len <= 3 && j + len <= n; len++)
            {
                var at = Alignment.JoinWindow(name, j, len, joined);
                if (at >= 0)
                {
                    codes[(j * PerToken) + len - 1] = Pack(key[..PhoneticKey.Write(joined[..at], key)]);
                }
            }
        }
    }
}
