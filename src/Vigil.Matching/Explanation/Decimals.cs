using System.Globalization;

namespace Vigil.Matching.Explanation;

/// <summary>
/// Short decimal text for explanation numbers ("0.34", "+1.2"). A custom format string such as "0.###" costs about
/// 250 ns a number, and an explained hit writes a dozen: here the value is rounded once, half away from zero, and
/// written as an integer with a point put in.
/// </summary>
internal static class Decimals
{
    private static readonly double[] Scales = [1, 10, 100, 1000, 10000];

    /// <summary>
    /// <paramref name="value"/> to <paramref name="places"/> decimals (at most 4); with <paramref name="trim"/> the
    /// trailing zeros and a bare point are dropped ("0.5", "1"), as the format "0.###" does, else all are kept as "0.00" does.
    /// </summary>
    public static string Format(double value, int places, bool trim)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(places);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(places, Scales.Length - 1);
        var scaled = Math.Round(value * Scales[places], MidpointRounding.AwayFromZero);
        if (!(Math.Abs(scaled) < 1e15))
        {
            // Infinite, NaN or huge: never seen in an explanation, but never wrong either.
            return value.ToString(CultureInfo.InvariantCulture);
        }

        var units = (long)Math.Abs(scaled);
        Span<char> text = stackalloc char[24];
        var at = text.Length;
        for (var i = 0; i < places; i++)
        {
            text[--at] = (char)('0' + (units % 10));
            units /= 10;
        }

        var end = text.Length;
        if (trim)
        {
            while (end > at && text[end - 1] == '0')
            {
                end--;
            }
        }

        var fraction = end - at;
        if (places > 0)
        {
            text[--at] = '.';
        }

        do
        {
            text[--at] = (char)('0' + (units % 10));
            units /= 10;
        }
        while (units > 0);

        if (scaled < 0)
        {
            text[--at] = '-';
        }

        // Without decimals left, the point goes too; it sits right after the integer digits.
        var written = places > 0 && fraction == 0 ? text[at..(end - 1)] : text[at..end];
        return written.ToString();
    }
}
