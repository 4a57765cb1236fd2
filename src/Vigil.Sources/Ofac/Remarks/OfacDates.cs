using System.Globalization;
using Vigil.Model;

namespace Vigil.Sources.Ofac.Remarks;

/// <summary>
/// Parses OFAC's date wording: "23 Nov 1962", "Nov 1962", "1962", "circa 1962", "1960 to 1962",
/// "01 Jan 1960 to 31 Dec 1962" and "circa 1979-1982". Invalid dates (31 Feb) are rejected, never thrown.
/// </summary>
internal static class OfacDates
{
    /// <summary>Parses a date of birth or establishment as OFAC writes it after "DOB ".</summary>
    public static bool TryParseBirthDate(ReadOnlySpan<char> text, out BirthDate date)
    {
        date = null!;
        text = text.Trim().TrimEnd('.').TrimEnd();
        var circa = false;
        if (text.StartsWith("circa ", StringComparison.OrdinalIgnoreCase))
        {
            circa = true;
            text = text[6..].TrimStart();
        }

        var to = text.IndexOf(" to ", StringComparison.OrdinalIgnoreCase);
        if (to < 0 && text.Length == 9 && text[4] == '-')
        {
            // "1979-1982": OFAC's older form of a year range.
            to = 4;
        }

        if (to >= 0)
        {
            var sepLength = text[to] == '-' ? 1 : 4;
            if (!TryParseDate(text[..to], out var from) || !TryParseDate(text[(to + sepLength)..], out var until))
            {
                return false;
            }

            date = BirthDate.Between(from, until) with { Circa = circa };
            return true;
        }

        if (!TryParseDate(text, out var single))
        {
            return false;
        }

        date = BirthDate.On(single, circa);
        return true;
    }

    /// <summary>Parses "23 Nov 1962", "Nov 1962" or "1962"; full month names are accepted too.</summary>
    public static bool TryParseDate(ReadOnlySpan<char> text, out PartialDate date)
    {
        date = default;
        text = text.Trim();
        Span<Range> parts = stackalloc Range[4];
        var count = text.Split(parts, ' ', StringSplitOptions.RemoveEmptyEntries);
        if (count is < 1 or > 3)
        {
            return false;
        }

        if (!TryYear(text[parts[count - 1]], out var year))
        {
            return false;
        }

        int? month = null;
        int? day = null;
        if (count >= 2)
        {
            if (!TryMonth(text[parts[count - 2]], out var m))
            {
                return false;
            }

            month = m;
        }

        if (count == 3)
        {
            if (!int.TryParse(text[parts[0]], NumberStyles.None, CultureInfo.InvariantCulture, out var d)
                || d < 1 || d > DateTime.DaysInMonth(year, month!.Value))
            {
                return false;
            }

            day = d;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    private static bool TryYear(ReadOnlySpan<char> text, out int year) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && text.Length == 4 && year >= 1000;

    private static bool TryMonth(ReadOnlySpan<char> text, out int month)
    {
        month = 0;
        if (text.Length < 3)
        {
            return false;
        }

        ReadOnlySpan<string> names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
        for (var i = 0; i < names.Length; i++)
        {
            var name = names[i].AsSpan();
            // "Nov", "November" and OFAC's occasional "Sept" all name the month; "Novx" does not.
            if (text.Length <= name.Length && name.StartsWith(text, StringComparison.OrdinalIgnoreCase))
            {
                month = i + 1;
                return true;
            }
        }

        return false;
    }
}
