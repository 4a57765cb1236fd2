using System.Collections.Frozen;
using Vigil.Text.Normalization;

namespace Vigil.Text.Countries;

/// <summary>
/// Maps country names as lists write them ("Korea, North", "Burma", "Venezuela, Bolivarian Republic of") to
/// ISO 3166-1 alpha-2 codes. Reference data lives in <c>countries.tsv</c>, not in code.
/// </summary>
public static class CountryCodes
{
    private static readonly Lazy<(FrozenDictionary<string, string> ByName, FrozenSet<string> Codes, FrozenDictionary<string, string> Names)> Data = new(Load);

    /// <summary>Every known alpha-2 code.</summary>
    public static IReadOnlySet<string> All => Data.Value.Codes;

    /// <summary>Finds the alpha-2 code of a country name, alpha-2 or alpha-3 code; case, accents and punctuation are ignored.</summary>
    public static bool TryGetCode(string? name, out string code)
    {
        code = string.Empty;
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        var trimmed = name.Trim();
        if (trimmed.Length == 2 && Data.Value.Codes.Contains(trimmed.ToUpperInvariant()))
        {
            code = trimmed.ToUpperInvariant();
            return true;
        }

        if (Data.Value.ByName.TryGetValue(TextFolder.Fold(trimmed), out var found))
        {
            code = found;
            return true;
        }

        return false;
    }

    /// <summary>Returns the alpha-2 code of a country name, or null.</summary>
    public static string? CodeOf(string? name) => TryGetCode(name, out var code) ? code : null;

    /// <summary>The common English name of a code ("VE" → "Venezuela"), or the code itself when unknown.</summary>
    public static string NameOf(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return Data.Value.Names.TryGetValue(code.ToUpperInvariant(), out var name) ? name : code;
    }

    private static (FrozenDictionary<string, string>, FrozenSet<string>, FrozenDictionary<string, string>) Load()
    {
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in ReferenceData.ReadLines("Countries/countries.tsv"))
        {
            var parts = line.Split('\t');
            var code = parts[0];
            codes.Add(code);
            for (var i = 1; i < parts.Length; i++)
            {
                byName.TryAdd(TextFolder.Fold(parts[i]), code);
            }

            // The shortest plain name reads best in reports ("Venezuela", not the official form).
            names[code] = parts.Skip(1).Where(p => p.Length > 3 && !p.Contains(',', StringComparison.Ordinal)).OrderBy(p => p.Length).FirstOrDefault() ?? parts[1];
        }

        return (byName.ToFrozenDictionary(StringComparer.Ordinal), codes.ToFrozenSet(StringComparer.Ordinal), names.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
