using System.Globalization;
using FsCheck.Xunit;
using Vigil.Matching.Explanation;

namespace Vigil.Matching.Tests.Explanation;

public sealed class DecimalsTests
{
    [Theory]
    [InlineData(0.342, 3, true, "0.342")]
    [InlineData(0.5, 3, true, "0.5")]
    [InlineData(1.0, 3, true, "1")]
    [InlineData(0.0, 3, true, "0")]
    [InlineData(0.0004, 3, true, "0")]
    [InlineData(0.0005, 3, true, "0.001")]
    [InlineData(12.3456, 3, true, "12.346")]
    [InlineData(0.85, 2, false, "0.85")]
    [InlineData(0.9, 2, false, "0.90")]
    [InlineData(1.0, 2, false, "1.00")]
    [InlineData(0.875, 2, false, "0.88")]
    [InlineData(-2.46, 1, false, "-2.5")]
    [InlineData(-0.04, 1, false, "0.0")]
    [InlineData(3.0, 1, false, "3.0")]
    [InlineData(7.6, 0, false, "8")]
    [InlineData(1234567.25, 1, false, "1234567.3")]
    public void Format_RoundsHalfAwayFromZero(double value, int places, bool trim, string expected) =>
        Assert.Equal(expected, Decimals.Format(value, places, trim));

    [Fact]
    public void Format_NotFinite_IsWrittenAsTheNumber() =>
        Assert.Equal(double.NaN.ToString(CultureInfo.InvariantCulture), Decimals.Format(double.NaN, 2, trim: false));

    /// <summary>
    /// The custom formats it replaces give the same text, except right at a midpoint, where they round the 15-digit
    /// decimal rather than the value (0.10049999999999999 is "0.101" there, "0.1" here).
    /// </summary>
    [Property(MaxTest = 2000)]
    public bool Format_AgreesWithTheCustomFormats_AwayFromMidpoints(int units, int noise)
    {
        var value = (units % 5_000_000) / 1e5 + ((noise % 1000) * 1e-9);
        var scaled3 = Math.Abs(value * 1000);
        var scaled2 = Math.Abs(value * 100);
        if (Math.Abs(scaled3 - Math.Floor(scaled3) - 0.5) < 1e-6 || Math.Abs(scaled2 - Math.Floor(scaled2) - 0.5) < 1e-6 || Math.Round(value, 2) == 0)
        {
            return true;
        }

        return Decimals.Format(value, 3, trim: true) == value.ToString("0.###", CultureInfo.InvariantCulture)
            && Decimals.Format(value, 2, trim: false) == value.ToString("0.00", CultureInfo.InvariantCulture);
    }
}
