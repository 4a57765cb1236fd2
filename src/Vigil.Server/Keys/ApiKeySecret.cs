using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Vigil.Server.Keys;

/// <summary>Making keys and hashing presented ones.</summary>
internal static class ApiKeySecret
{
    /// <summary>Every key starts so, which lets secret scanners and people recognise a Vigil key.</summary>
    public const string Prefix = "vgl_";

    /// <summary>Random bytes in a key: 256 bits, beyond any guessing.</summary>
    public const int RandomBytes = 32;

    /// <summary>Characters of a key shown in listings: the prefix and four characters of the random part.</summary>
    public const int ShownLength = 8;

    /// <summary>Longest presented key that is hashed at all; anything longer is not a Vigil key.</summary>
    public const int MaxLength = 128;

    /// <summary>A new key: the prefix and 32 random bytes in URL-safe base64 (43 characters).</summary>
    public static string Generate()
    {
        Span<byte> random = stackalloc byte[RandomBytes];
        RandomNumberGenerator.Fill(random);
        return Prefix + Base64Url.EncodeToString(random);
    }

    /// <summary>A new key id: 12 lower-case hex characters.</summary>
    public static string NewId()
    {
        Span<byte> random = stackalloc byte[6];
        RandomNumberGenerator.Fill(random);
        return Convert.ToHexStringLower(random);
    }

    /// <summary>Lower-case hex SHA-256 of the key's UTF-8 bytes: what the table stores and lookups compare.</summary>
    /// <exception cref="ArgumentException">When the key is longer than <see cref="MaxLength"/>.</exception>
    public static string Hash(ReadOnlySpan<char> key)
    {
        if (key.Length > MaxLength)
        {
            throw new ArgumentException($"A key has at most {MaxLength} characters.", nameof(key));
        }

        Span<byte> utf8 = stackalloc byte[MaxLength * 3];
        var n = Encoding.UTF8.GetBytes(key, utf8);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(utf8[..n], hash);
        return Convert.ToHexStringLower(hash);
    }
}
