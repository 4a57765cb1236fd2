using System.Collections.Concurrent;
using System.Collections.Frozen;
using Vigil.Text.Normalization;

namespace Vigil.Text.Countries;

/// <summary>
/// Maps ISO 3166-1 codes and country names as lists write them ("Korea, North", "Burma", "Venezuela, Bolivarian
/// Republic of") to ISO 3166-1 alpha-2 codes. Reference data lives in <c>countries.tsv</c>, not in code.
/// </summary>
/// <remarks>
/// A field that holds a code is read with <see cref="TryFromIsoCode"/>, a field that holds a name with
/// <see cref="TryFromName"/>; only text a person typed, which may be either, goes through <see cref="TryGetCode"/>.
/// Keeping them apart matters: the UN writes "na" (not available) in name fields, which read as a code would make
/// the party Namibian. Every look-up is thread-safe.
/// </remarks>
public static class CountryCodes
{
    // A list names a few hundred distinct countries tens of thousands of times, and folding a name allocates (and
    // transliterates anything not ASCII); remembering the answers makes a repeated look-up one dictionary read. The
    // cap keeps junk input (fuzzing, a damaged file) from growing the cache without bound.
    private const int NameCacheLimit = 20_000;

    private static readonly Lazy<Tables> Data = new(Load);

    /// <summary>Loads the table now (<see cref="ReferenceTables.Load"/>).</summary>
    internal static void LoadNow() => _ = Data.Value;
    private static readonly ConcurrentDictionary<string, string?> NameCache = new(StringComparer.Ordinal);

    /// <summary>Every known alpha-2 code.</summary>
    public static IReadOnlySet<string> All => Data.Value.Codes;

    /// <summary>
    /// Finds the alpha-2 code of an ISO 3166-1 code: alpha-2 ("ve") or alpha-3 ("VEN"), in any case, surrounding
    /// white space ignored. A name is not a code: "Venezuela" is not found here.
    /// </summary>
    public static bool TryFromIsoCode(string? code, out string alpha2)
    {
        alpha2 = string.Empty;
        if (code is null)
        {
            return false;
        }

        var trimmed = code.AsSpan().Trim();
        if (trimmed.Length is not (2 or 3))
        {
            return false;
        }

        Span<char> upper = stackalloc char[3];
        var length = trimmed.ToUpperInvariant(upper);
        var tables = Data.Value;
        if (length == 2 && tables.Codes.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(upper[..2], out var found))
        {
            alpha2 = found;
            return true;
        }

        if (length == 3 && tables.ByAlpha3.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(upper[..3], out var byAlpha3))
        {
            alpha2 = byAlpha3;
            return true;
        }

        return false;
    }

    /// <summary>Returns the alpha-2 code of an ISO 3166-1 alpha-2 or alpha-3 code, or null (see <see cref="TryFromIsoCode"/>).</summary>
    public static string? FromIsoCode(string? code) => TryFromIsoCode(code, out var alpha2) ? alpha2 : null;

    /// <summary>
    /// Finds the alpha-2 code of a country name or a spelling lists use ("Burma", "Korea, North", "UAE"); case,
    /// accents and punctuation are ignored. A bare code is not a name: "na" and "VEN" are not found here.
    /// </summary>
    public static bool TryFromName(string? name, out string alpha2)
    {
        alpha2 = string.Empty;
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        if (!NameCache.TryGetValue(name, out var code))
        {
            code = Data.Value.ByName.TryGetValue(TextFolder.Fold(name), out var found) ? found : null;
            if (NameCache.Count < NameCacheLimit)
            {
                NameCache.TryAdd(name, code);
            }
        }

        if (code is null)
        {
            return false;
        }

        alpha2 = code;
        return true;
    }

    /// <summary>Returns the alpha-2 code of a country name, or null (see <see cref="TryFromName"/>).</summary>
    public static string? FromName(string? name) => TryFromName(name, out var alpha2) ? alpha2 : null;

    /// <summary>
    /// Finds the alpha-2 code of text that may be either an ISO code or a country name, such as a country a person
    /// typed (<c>--country VE</c>, <c>--country Venezuela</c>): the code is tried first, then the name. A field a
    /// list defines as a name or as a code is read with <see cref="TryFromName"/> or <see cref="TryFromIsoCode"/>.
    /// </summary>
    public static bool TryGetCode(string? text, out string code) => TryFromIsoCode(text, out code) || TryFromName(text, out code);

    /// <summary>Returns the alpha-2 code of an ISO code or a country name, or null (see <see cref="TryGetCode"/>).</summary>
    public static string? CodeOf(string? text) => TryGetCode(text, out var code) ? code : null;

    /// <summary>The common English name of a code ("VE" → "Venezuela"), or the code itself when unknown.</summary>
    public static string NameOf(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return Data.Value.Names.TryGetValue(code.ToUpperInvariant(), out var name) ? name : code;
    }

    private static Tables Load()
    {
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        var byAlpha3 = new Dictionary<string, string>(StringComparer.Ordinal);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);

        // Columns: alpha-2 code, alpha-3 code ("-" when ISO has withdrawn the country), then names and spellings.
        foreach (var line in ReferenceData.ReadLines("Countries/countries.tsv"))
        {
            var parts = line.Split('\t');
            var code = parts[0];
            codes.Add(code);
            if (parts[1] != "-")
            {
                byAlpha3.TryAdd(parts[1], code);
            }

            for (var i = 2; i < parts.Length; i++)
            {
                byName.TryAdd(TextFolder.Fold(parts[i]), code);
            }

            // The shortest plain name reads best in reports ("Venezuela", not the official form).
            names[code] = parts.Skip(2).Where(p => p.Length > 3 && !p.Contains(',', StringComparison.Ordinal)).OrderBy(p => p.Length).FirstOrDefault() ?? parts[2];
        }

        return new Tables(
            byName.ToFrozenDictionary(StringComparer.Ordinal),
            byAlpha3.ToFrozenDictionary(StringComparer.Ordinal),
            codes.ToFrozenSet(StringComparer.Ordinal),
            names.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private sealed record Tables(
        FrozenDictionary<string, string> ByName,
        FrozenDictionary<string, string> ByAlpha3,
        FrozenSet<string> Codes,
        FrozenDictionary<string, string> Names);
}
