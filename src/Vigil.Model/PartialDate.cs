using System.Globalization;

namespace Vigil.Model;

/// <summary>
/// A calendar date that may be known only to the year or month, as sanctions lists publish dates of birth.
/// </summary>
/// <param name="Year">Four-digit year.</param>
/// <param name="Month">Month 1..12, or null when unknown.</param>
/// <param name="Day">Day 1..31, or null when unknown (always null when <paramref name="Month"/> is).</param>
public readonly record struct PartialDate(int Year, int? Month = null, int? Day = null) : IComparable<PartialDate>
{
    /// <summary>How precise the date is.</summary>
    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>Creates a validated partial date.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When a part is out of range or the day does not exist.</exception>
    public static PartialDate Create(int year, int? month = null, int? day = null)
    {
        if (year is < 1000 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "Year must have four digits.");
        }

        if (month is { } m && (m < 1 || m > 12))
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "Month must be 1..12.");
        }

        if (day is { } d)
        {
            if (month is null)
            {
                throw new ArgumentOutOfRangeException(nameof(day), day, "A day needs a month.");
            }

            if (d < 1 || d > DateTime.DaysInMonth(year, month.Value))
            {
                throw new ArgumentOutOfRangeException(nameof(day), day, "No such day in that month.");
            }
        }

        return new PartialDate(year, month, day);
    }

    /// <summary>Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD".</summary>
    public static bool TryParseIso(ReadOnlySpan<char> text, out PartialDate date)
    {
        date = default;
        text = text.Trim();
        if (text.Length is not (4 or 7 or 10))
        {
            return false;
        }

        if (!int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1000)
        {
            return false;
        }

        int? month = null;
        int? day = null;
        if (text.Length >= 7)
        {
            if (text[4] != '-' || !int.TryParse(text.Slice(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m is < 1 or > 12)
            {
                return false;
            }

            month = m;
        }

        if (text.Length == 10)
        {
            if (text[7] != '-' || !int.TryParse(text.Slice(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var d) || d < 1 || d > DateTime.DaysInMonth(year, month!.Value))
            {
                return false;
            }

            day = d;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(PartialDate other)
    {
        var c = Year.CompareTo(other.Year);
        if (c != 0)
        {
            return c;
        }

        c = (Month ?? 0).CompareTo(other.Month ?? 0);
        return c != 0 ? c : (Day ?? 0).CompareTo(other.Day ?? 0);
    }

    /// <summary>ISO form at the known precision: "1962", "1962-11", "1962-11-23".</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <summary>Orders dates by year, then month, then day; unknown parts sort first.</summary>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <inheritdoc cref="op_LessThan"/>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <inheritdoc cref="op_LessThan"/>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <inheritdoc cref="op_LessThan"/>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;
}
