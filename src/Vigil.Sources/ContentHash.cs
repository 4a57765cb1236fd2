using System.Security.Cryptography;

namespace Vigil.Sources;

/// <summary>SHA-256 over a list's files, in the order given, so identical content gives an identical hash.</summary>
public static class ContentHash
{
    /// <summary>Hashes the files' bytes in order; file names do not enter the hash.</summary>
    public static string OfFiles(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in paths)
        {
            hash.AppendData(File.ReadAllBytes(path));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
