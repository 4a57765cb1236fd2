using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Vigil.Model;

namespace Vigil.Screening.Input;

/// <summary>
/// Reads a date of birth as customer files and people write it, not only as ISO 8601: banks export 23/11/1962,
/// 11/23/1962, 23.11.1962, 19621123, 23-NOV-1962 and 1962-11-23T00:00:00, and a parser that knew only 1962-11-23
/// turned every row of such a file away. Zeros stand for an unknown day or month (1962-00-00 is the year 1962;
/// 0000-00-00, a database's empty date, is no date). Two-digit years are refused: the century would be a guess, and a
/// birth year moves a score by more than a threshold's width.
/// </summary>
public static class CustomerDates
{
    /// <summary>The forms read, for messages.</summary>
    public const string Forms = "1962-11-23, 1962-11, 1962, 19621123, 23.11.1962, 23/11/1962, 23 Nov 1962 or Nov 23, 1962";

    private const int MostParts = 4;

    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>
    /// Reads <paramref name="text"/>. False when it is no date in any form read. When true, <paramref name="date"/> is
    /// null for a date given as unknown (all zeros); <paramref name="orderUnknown"/> is true when day and month could
    /// be either way round (03/04/1962 with <see cref="DateOrder.Unknown"/>): the date then holds the year alone, the
    /// part that is certain.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<char> text, DateOrder order, out PartialDate? date, out bool orderUnknown)
    {
        date = null;
        orderUnknown = false;
        text = WithoutTime(text.Trim());
        Span<Part> parts = stackalloc Part[MostParts];
        var count = Split(text, parts);
        if (count <= 0)
        {
            return false;
        }

        parts = parts[..count];
        return Shape(text, parts) switch
        {
            // 1962, 1962-11, 1962-11-23, 1962/11/23, 1962.11.23
            "Y" => Make(Number(text, parts[0]), 0, 0, out date),
            "YN" => Make(Number(text, parts[0]), Number(text, parts[1]), 0, out date),
            "YNN" => Make(Number(text, parts[0]), Number(text, parts[1]), Number(text, parts[2]), out date),

            // 19621123
            "E" => Make(Number(text, parts[0]) / 10000, Number(text, parts[0]) / 100 % 100, Number(text, parts[0]) % 100, out date),

            // 11/1962, 11.1962
            "NY" => Make(Number(text, parts[1]), Number(text, parts[0]), 0, out date),

            // 23.11.1962 is written day first wherever dots separate; 23/11/1962 and 11/23/1962 need the order or a day
            // past the twelfth.
            "NNY" => Numeric(text, parts, parts[1].Before == '.' ? DateOrder.DayFirst : order, out date, out orderUnknown),

            // 23 Nov 1962, 23-NOV-1962, Nov 23, 1962, November 1962, 1962-Nov-23
            "NMY" => Make(Number(text, parts[2]), Month(text, parts[1]), Number(text, parts[0]), out date),
            "MNY" => Make(Number(text, parts[2]), Month(text, parts[0]), Number(text, parts[1]), out date),
            "MY" => Make(Number(text, parts[1]), Month(text, parts[0]), 0, out date),
            "YMN" => Make(Number(text, parts[0]), Month(text, parts[1]), Number(text, parts[2]), out date),
            _ => false,
        };
    }

    /// <summary>
    /// Reads one date given on its own (a command-line option, a request parameter), where no file-wide order can
    /// settle 03/04/1962, so such a date is refused. False with <paramref name="problem"/> worded to follow the quoted
    /// text: " is not a date (...)" or ": day and month could be either way round; write it as 1962-MM-DD".
    /// </summary>
    public static bool TryReadWhole(string text, out PartialDate? date, [NotNullWhen(false)] out string? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!TryRead(text, DateOrder.Unknown, out date, out var orderUnknown))
        {
            problem = $" is not a date ({Forms})";
            return false;
        }

        problem = orderUnknown ? $": day and month could be either way round; write it as {date}-MM-DD" : null;
        return problem is null;
    }

    /// <summary>A date and time as databases export it (1962-11-23T00:00:00Z, 23/11/1962 00:00): the date before the time.</summary>
    private static ReadOnlySpan<char> WithoutTime(ReadOnlySpan<char> text)
    {
        var colon = text.IndexOf(':');
        if (colon < 0)
        {
            return text;
        }

        var cut = text[..colon].LastIndexOfAny(' ', 'T');
        return cut > 0 ? text[..cut].TrimEnd() : [];
    }

    /// <summary>The parts of the text (runs of digits, runs of letters), or -1 when it holds anything else.</summary>
    private static int Split(ReadOnlySpan<char> text, Span<Part> parts)
    {
        var count = 0;
        var separator = '\0';
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '-' or '/' or '.' or ' ' or ',')
            {
                separator = separator == '\0' ? c : separator;
                i++;
                continue;
            }

            var digits = char.IsAsciiDigit(c);
            if (!digits && !char.IsAsciiLetter(c))
            {
                return -1;
            }

            var start = i;
            while (i < text.Length && (digits ? char.IsAsciiDigit(text[i]) : char.IsAsciiLetter(text[i])))
            {
                i++;
            }

            if (count == parts.Length)
            {
                return -1;
            }

            parts[count++] = new Part(start, i - start, digits, separator);
            separator = '\0';
        }

        return count;
    }

    /// <summary>
    /// The parts as letters: Y a four-digit year, N a number of one or two digits, E eight digits, M a month's name;
    /// anything else makes a shape no form has.
    /// </summary>
    private static string Shape(ReadOnlySpan<char> text, ReadOnlySpan<Part> parts)
    {
        Span<char> shape = stackalloc char[MostParts];
        for (var k = 0; k < parts.Length; k++)
        {
            var p = parts[k];
            shape[k] = p.Digits
                ? p.Length switch { 4 => 'Y', 1 or 2 => 'N', 8 => 'E', _ => '?' }
                : Month(text, p) > 0 ? 'M' : '?';
        }

        return new string(shape[..parts.Length]);
    }

    private static bool Numeric(ReadOnlySpan<char> text, ReadOnlySpan<Part> parts, DateOrder order, out PartialDate? date, out bool orderUnknown)
    {
        orderUnknown = false;
        var first = Number(text, parts[0]);
        var second = Number(text, parts[1]);
        var year = Number(text, parts[2]);
        switch (order)
        {
            case DateOrder.DayFirst:
                return Make(year, second, first, out date);
            case DateOrder.MonthFirst:
                return Make(year, first, second, out date);
        }

        var dayFirst = Make(year, second, first, out var d1);
        var monthFirst = Make(year, first, second, out var d2);
        if (dayFirst && monthFirst && d1 != d2)
        {
            orderUnknown = true;
            return Make(year, 0, 0, out date);
        }

        date = dayFirst ? d1 : d2;
        return dayFirst || monthFirst;
    }

    /// <summary>A date from its parts, zeros for unknown ones; false when it does not exist.</summary>
    private static bool Make(int year, int month, int day, out PartialDate? date)
    {
        date = null;
        if (year == 0 && month == 0 && day == 0)
        {
            return true;
        }

        if (year is < 1000 or > 9999 || month is < 0 or > 12 || (month == 0 && day != 0))
        {
            return false;
        }

        if (day != 0 && day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new PartialDate(year, month == 0 ? null : month, day == 0 ? null : day);
        return true;
    }

    private static int Number(ReadOnlySpan<char> text, Part p) =>
        int.Parse(text.Slice(p.Start, p.Length), NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>The month a word names (1..12: "Nov", "NOVEMBER", "Sept"), or 0.</summary>
    private static int Month(ReadOnlySpan<char> text, Part p)
    {
        var word = text.Slice(p.Start, p.Length);
        if (p.Digits || word.Length < 3)
        {
            return 0;
        }

        for (var m = 0; m < MonthNames.Length; m++)
        {
            var name = MonthNames[m].AsSpan();
            if (word.Equals(name, StringComparison.OrdinalIgnoreCase) || word.Equals(name[..3], StringComparison.OrdinalIgnoreCase)
                || (m == 8 && word.Equals("sept", StringComparison.OrdinalIgnoreCase)))
            {
                return m + 1;
            }
        }

        return 0;
    }

    /// <summary>A run of digits or letters at <see cref="Start"/>, and the first separator before it.</summary>
    private readonly record struct Part(int Start, int Length, bool Digits, char Before);
}
