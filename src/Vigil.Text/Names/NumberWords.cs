using System.Collections.Frozen;
using System.Globalization;
using Vigil.Text.LegalForms;

namespace Vigil.Text.Names;

/// <summary>
/// Rewrites spelt-out and ordinal numbers as digits ("Forty-Four" → 44, "1st" / "First" → 1, "Three" → 3), so
/// names that write a number either way compare equal. Works on folded tokens.
/// </summary>
public static class NumberWords
{
    private static readonly FrozenDictionary<string, int> Units = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16,
        ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> Tens = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fourty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Returns the tokens with number words and ordinals replaced by digits; the same array when nothing changes.</summary>
    public static string[] Rewrite(string[] tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        List<string>? output = null;
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            string? replacement = null;
            var consumed = 1;
            if (Tens.TryGetValue(t, out var tens))
            {
                if (i + 1 < tokens.Length && (Units.TryGetValue(tokens[i + 1], out var unit) || TryDigit(tokens[i + 1], out unit)) && unit is > 0 and < 10)
                {
                    replacement = (tens + unit).ToString(CultureInfo.InvariantCulture);
                    consumed = 2;
                }
                else
                {
                    replacement = tens.ToString(CultureInfo.InvariantCulture);
                }
            }
            else if (Units.TryGetValue(t, out var u))
            {
                replacement = u.ToString(CultureInfo.InvariantCulture);
            }
            else if (IsOrdinal(t, out var digits))
            {
                replacement = digits;
            }

            if (replacement is not null && output is null)
            {
                output = new List<string>(tokens.Length);
                output.AddRange(tokens.AsSpan(0, i));
            }

            if (output is not null)
            {
                output.Add(replacement ?? t);
            }

            i += consumed - 1;
        }

        return output is null ? tokens : [.. output];
    }

    /// <summary>
    /// Returns the tokens with Roman numerals that number a series written as digits ("Partners IV" = "Partners 4",
    /// "Capital Trust II" = "Capital Trust 2"); the same array when nothing changes. For organisation and vessel names:
    /// the first token is never a numeral, and a lone I, V or X is one only where a series number stands, at the end
    /// of the name or before its legal form ("Agusta Grand I LLC"). Elsewhere it is a letter: an initial ("A V X",
    /// "Vladimir V. Putin", "named after V. Tarasov") or the Slavic "and" ("Nauchno Issledovatelsky I Proektnyi"); so is
    /// a last one the name wrote with a dot (<paramref name="endsWithInitial"/>: "PUTIN Vladimir V.").
    /// </summary>
    public static string[] RewriteRomanNumerals(string[] tokens, bool endsWithInitial = false)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        string[]? output = null;
        string?[]? legalForms = null;
        for (var i = 1; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (t.Length == 1 && (tokens[i - 1].Length == 1 || (i + 1 < tokens.Length ? !OnlyLegalFormAfter(legalForms ??= LegalFormTable.Mark(tokens), i) : endsWithInitial)))
            {
                continue;
            }

            var value = RomanValue(t);
            if (value > 0)
            {
                output ??= (string[])tokens.Clone();
                output[i] = value.ToString(CultureInfo.InvariantCulture);
            }
        }

        return output ?? tokens;
    }

    /// <summary>Whether every token after <paramref name="i"/> belongs to a legal form.</summary>
    private static bool OnlyLegalFormAfter(string?[] legalForms, int i)
    {
        for (var k = i + 1; k < legalForms.Length; k++)
        {
            if (legalForms[k] is null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The value (1-39) of a well-formed numeral of i, v and x, else 0.</summary>
    private static int RomanValue(string token)
    {
        if (token.Length is 0 or > 6)
        {
            return 0;
        }

        var at = 0;
        var value = 0;
        while (at < token.Length && token[at] == 'x' && value < 30)
        {
            value += 10;
            at++;
        }

        var rest = token.AsSpan(at);
        var units = rest switch
        {
            "" => 0,
            "i" => 1,
            "ii" => 2,
            "iii" => 3,
            "iv" => 4,
            "v" => 5,
            "vi" => 6,
            "vii" => 7,
            "viii" => 8,
            "ix" => 9,
            _ => -1,
        };

        return units < 0 ? 0 : value + units;
    }

    private static bool TryDigit(string token, out int value) => int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    private static bool IsOrdinal(string token, out string digits)
    {
        digits = string.Empty;
        if (token.Length < 3 || !char.IsAsciiDigit(token[0]))
        {
            return false;
        }

        var suffix = token[^2..];
        if (suffix is not ("st" or "nd" or "rd" or "th"))
        {
            return false;
        }

        foreach (var c in token.AsSpan(0, token.Length - 2))
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        digits = token[..^2];
        return true;
    }
}
