using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Vigil.Model;

namespace Vigil.Matching.Screening;

/// <summary>
/// IMO ship numbers written into a name field, as payment and trade documents describe a vessel ("MV ADRIAN DARYA 1
/// IMO 9116412"). Left in the name they were words no listed name has, and the vessel was not found; taken out they
/// are the query's identifier. An IMO number stays with a hull for life, whatever it is renamed: only numbers whose
/// check digit holds are taken.
/// </summary>
internal static partial class ImoNumbers
{
    /// <summary>The name without its IMO numbers, and the numbers; the name unchanged and none when it holds none.</summary>
    public static (string Name, ImmutableArray<Identifier> Numbers) Extract(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length < 10 || name.IndexOf("imo", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return (name, []);
        }

        var numbers = ImmutableArray.CreateBuilder<Identifier>();
        var rest = Pattern().Replace(name, m =>
        {
            var digits = m.Groups["digits"].Value;
            if (!IsValid(digits))
            {
                return m.Value;
            }

            numbers.Add(new Identifier(IdentifierType.Imo, digits));
            return " ";
        });
        return numbers.Count == 0 ? (name, []) : (Spaces().Replace(rest, " ").Trim(' ', ',', ';', '-', '(', ')'), numbers.ToImmutable());
    }

    /// <summary>The digits of an identifier as published ("IMO 9116412" → "9116412").</summary>
    public static string Digits(string value) => new([.. value.Where(char.IsAsciiDigit)]);

    /// <summary>Seven digits whose last is the sum of the first six weighted 7 down to 2, modulo 10.</summary>
    public static bool IsValid(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 7)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 6; i++)
        {
            if (!char.IsAsciiDigit(digits[i]))
            {
                return false;
            }

            sum += (digits[i] - '0') * (7 - i);
        }

        return char.IsAsciiDigit(digits[6]) && sum % 10 == digits[6] - '0';
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])IMO\s*(?:No\.?|Number|#)?\s*[:.]?\s*(?<digits>\d{7})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
