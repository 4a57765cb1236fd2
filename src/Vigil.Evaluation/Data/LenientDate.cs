using System.Globalization;
using Vigil.Model;

namespace Vigil.Evaluation.Data;

/// <summary>
/// Reads dates of birth as the candidate-generation fixtures write them: <c>YYYY</c>, <c>YYYY-MM-DD</c>, and in the
/// noised ("treated") file also <c>YYYY-M-D</c> and impossible days such as <c>1974-01-32</c>. Whatever part is
/// valid is kept (an impossible day leaves year and month), since a customer record would carry the same noise.
/// </summary>
public static class LenientDate
{
    /// <summary>Parses the date, or returns null when not even the year is readable.</summary>
    public static PartialDate? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parts = text.Trim().Split('-');
        if (parts[0].Length != 4 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1000)
        {
            return null;
        }

        if (parts.Length < 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12)
        {
            return new PartialDate(year);
        }

        if (parts.Length < 3 || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var day) || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return new PartialDate(year, month);
        }

        return new PartialDate(year, month, day);
    }
}
