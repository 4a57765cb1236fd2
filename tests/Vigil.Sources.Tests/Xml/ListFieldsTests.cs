using Vigil.Sources.Xml;

namespace Vigil.Sources.Tests.Xml;

/// <summary>The text and date fields of the UN, EU and UK lists.</summary>
public sealed class ListFieldsTests
{
    [Theory]
    [InlineData("  Ex-Cle \n  Soluciones\tBiometricas ", "Ex-Cle Soluciones Biometricas")]
    [InlineData("one", "one")]
    [InlineData(" \n\t ", null)]
    [InlineData(null, null)]
    public void Collapse_WrappedField_OneSpaceBetweenWords(string? text, string? expected) => Assert.Equal(expected, ListFields.Collapse(text));

    [Fact]
    public void Join_SkipsBlankParts_NullWhenNothingIsLeft()
    {
        Assert.Equal("Kabul, Afghanistan", ListFields.Join(", ", " Kabul ", null, "  ", "Afghanistan"));
        Assert.Equal("John Q Doe", ListFields.Join(" ", "John", "Q", "Doe"));
        Assert.Null(ListFields.Join(", ", null, " "));
    }

    [Theory]
    [InlineData("2015-04-07", 2015, 4, 7)]
    [InlineData("2015-04-07-04:00", 2015, 4, 7)]
    [InlineData("2015-04-07T10:00:00", 2015, 4, 7)]
    public void IsoDay_DayWithOrWithoutSuffix_IsRead(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), ListFields.IsoDay(text));

    [Theory]
    [InlineData("2015-02-30")]
    [InlineData("07/04/2015")]
    [InlineData("2015")]
    [InlineData(null)]
    public void IsoDay_NotADay_IsNull(string? text) => Assert.Null(ListFields.IsoDay(text));

    [Fact]
    public void Timestamp_WithAndWithoutZone_ZonelessIsUtc()
    {
        Assert.Equal(new DateTimeOffset(2026, 7, 28, 11, 43, 32, TimeSpan.FromHours(2)), ListFields.Timestamp("2026-07-28T11:43:32+02:00"));
        Assert.Equal(new DateTimeOffset(2026, 7, 28, 11, 43, 32, TimeSpan.Zero), ListFields.Timestamp("2026-07-28T11:43:32"));
        Assert.Null(ListFields.Timestamp("yesterday"));
        Assert.Null(ListFields.Timestamp(null));
    }
}
