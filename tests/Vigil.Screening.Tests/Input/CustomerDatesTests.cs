using Vigil.Screening.Input;

namespace Vigil.Screening.Tests.Input;

/// <summary>
/// Dates of birth as customer files write them. Before, only 1962, 1962-11 and 1962-11-23 were read, and a bank's
/// export in 23/11/1962 or 1962-11-23T00:00:00 had every row turned away unscreened.
/// </summary>
public sealed class CustomerDatesTests
{
    [Theory]
    [InlineData("1962", "1962")]
    [InlineData("1962-11", "1962-11")]
    [InlineData("1962-11-23", "1962-11-23")]
    [InlineData(" 1962-11-23 ", "1962-11-23")]
    [InlineData("1962/11/23", "1962-11-23")]
    [InlineData("1962.11.23", "1962-11-23")]
    [InlineData("1962-11-23T00:00:00", "1962-11-23")]
    [InlineData("1962-11-23T00:00:00.000+01:00", "1962-11-23")]
    [InlineData("1962-11-23 10:30:00", "1962-11-23")]
    [InlineData("19621123", "1962-11-23")]
    [InlineData("23.11.1962", "1962-11-23")]
    [InlineData("3.4.1962", "1962-04-03")]
    [InlineData("23/11/1962", "1962-11-23")]
    [InlineData("11/23/1962", "1962-11-23")]
    [InlineData("23-11-1962", "1962-11-23")]
    [InlineData("05/05/1962", "1962-05-05")]
    [InlineData("23/11/1962 00:00", "1962-11-23")]
    [InlineData("11/1962", "1962-11")]
    [InlineData("23 Nov 1962", "1962-11-23")]
    [InlineData("23-NOV-1962", "1962-11-23")]
    [InlineData("23 November 1962", "1962-11-23")]
    [InlineData("Nov 23, 1962", "1962-11-23")]
    [InlineData("November 23, 1962", "1962-11-23")]
    [InlineData("Sept 9, 1962", "1962-09-09")]
    [InlineData("NOV 1962", "1962-11")]
    [InlineData("1962-Nov-23", "1962-11-23")]
    [InlineData("1962-00-00", "1962")]
    [InlineData("1962-11-00", "1962-11")]
    [InlineData("00/00/1962", "1962")]

    // An unknown day can only be the first number: a month of 0 with a day is no date.
    [InlineData("00/11/1962", "1962-11")]
    [InlineData("29/02/1960", "1960-02-29")]
    public void TryRead_CommonForms_ReadWhole(string text, string expected)
    {
        Assert.True(CustomerDates.TryRead(text, DateOrder.Unknown, out var date, out var orderUnknown), text);
        Assert.False(orderUnknown, text);
        Assert.Equal(expected, date?.ToString());
    }

    [Theory]
    [InlineData("03/04/1962", DateOrder.DayFirst, "1962-04-03")]
    [InlineData("03/04/1962", DateOrder.MonthFirst, "1962-03-04")]
    [InlineData("23/11/1962", DateOrder.DayFirst, "1962-11-23")]
    [InlineData("11/23/1962", DateOrder.MonthFirst, "1962-11-23")]

    // Dots are written day first wherever they separate a date, whatever the file's other dates do.
    [InlineData("03.04.1962", DateOrder.MonthFirst, "1962-04-03")]
    public void TryRead_DayAndMonthOrderGiven_ReadsNumericDatesThatWay(string text, DateOrder order, string expected)
    {
        Assert.True(CustomerDates.TryRead(text, order, out var date, out var orderUnknown), text);
        Assert.False(orderUnknown);
        Assert.Equal(expected, date?.ToString());
    }

    [Theory]
    [InlineData("03/04/1962")]
    [InlineData("12-01-1990")]
    public void TryRead_DayAndMonthEitherWayRound_GivesTheYearAndSaysSo(string text)
    {
        Assert.True(CustomerDates.TryRead(text, DateOrder.Unknown, out var date, out var orderUnknown), text);
        Assert.True(orderUnknown, text);
        Assert.Null(date!.Value.Month);
    }

    [Theory]
    [InlineData("0000-00-00")]
    [InlineData("00/00/0000")]
    public void TryRead_AllZeros_IsNoDate(string text)
    {
        Assert.True(CustomerDates.TryRead(text, DateOrder.Unknown, out var date, out _));
        Assert.Null(date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("1962-13-01")]
    [InlineData("1962-02-30")]
    [InlineData("31/02/1962")]
    [InlineData("23/11/62")]
    [InlineData("62")]
    [InlineData("13/13/1962")]
    [InlineData("1962-00-23")]
    [InlineData("23 Nov")]
    [InlineData("23 Novembre 1962")]
    [InlineData("1962-11-23 and 1963")]
    [InlineData("10:30")]
    [InlineData("1962_11_23")]
    [InlineData("+1962-11-23")]
    public void TryRead_NoDate_IsFalse(string text) =>
        Assert.False(CustomerDates.TryRead(text, DateOrder.Unknown, out _, out _), text);

    [Fact]
    public void TryRead_MonthFirstGivenButMonthPastTwelve_IsFalse() =>
        Assert.False(CustomerDates.TryRead("23/11/1962", DateOrder.MonthFirst, out _, out _));
}
