using Vigil.Text.Countries;

namespace Vigil.Text.Tests.Countries;

public sealed class CountryCodesTests
{
    [Theory]
    [InlineData("Venezuela", "VE")]
    [InlineData("Korea, North", "KP")]
    [InlineData("Burma", "MM")]
    [InlineData("Congo, Democratic Republic of the", "CD")]
    [InlineData("Iran (Islamic Republic of)", "IR")]
    [InlineData("ve", "VE")]
    [InlineData("VEN", "VE")]
    [InlineData("Côte d'Ivoire", "CI")]
    public void TryGetCode_ListSpellings_FindIsoCode(string name, string code)
    {
        Assert.True(CountryCodes.TryGetCode(name, out var found));
        Assert.Equal(code, found);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Atlantis")]
    [InlineData(null)]
    public void TryGetCode_Unknown_ReturnsFalse(string? name) => Assert.False(CountryCodes.TryGetCode(name, out _));

    [Theory]
    [InlineData("VE", "VE")]
    [InlineData(" ve ", "VE")]
    [InlineData("VEN", "VE")]
    [InlineData("deu", "DE")]
    [InlineData("NA", "NA")]
    [InlineData("XK", "XK")]
    public void TryFromIsoCode_Alpha2OrAlpha3_FindsAlpha2(string code, string expected)
    {
        Assert.True(CountryCodes.TryFromIsoCode(code, out var found));
        Assert.Equal(expected, found);
        Assert.Equal(expected, CountryCodes.FromIsoCode(code));
    }

    [Theory]
    [InlineData("Venezuela")]
    [InlineData("UAE")]
    [InlineData("00")]
    [InlineData("ZZ")]
    [InlineData("V")]
    [InlineData("VENE")]
    [InlineData("")]
    [InlineData(null)]
    public void TryFromIsoCode_NotACode_ReturnsFalse(string? code)
    {
        Assert.False(CountryCodes.TryFromIsoCode(code, out var found));
        Assert.Equal(string.Empty, found);
        Assert.Null(CountryCodes.FromIsoCode(code));
    }

    [Theory]
    [InlineData("Venezuela", "VE")]
    [InlineData("VENEZUELA, BOLIVARIAN REPUBLIC OF", "VE")]
    [InlineData("Namibia", "NA")]
    [InlineData("UAE", "AE")]
    [InlineData("U.S.A.", "US")]
    [InlineData("UK", "GB")]
    [InlineData("CÔTE D’IVOIRE", "CI")]
    [InlineData("REUNION", "RE")]
    public void TryFromName_ListSpellings_FindIsoCode(string name, string expected)
    {
        Assert.True(CountryCodes.TryFromName(name, out var found));
        Assert.Equal(expected, found);
        Assert.Equal(expected, CountryCodes.FromName(name));
    }

    [Theory]
    [InlineData("na")]
    [InlineData("NA")]
    [InlineData("ve")]
    [InlineData("VEN")]
    [InlineData("UNKNOWN")]
    [InlineData("Atlantis")]
    [InlineData("  ")]
    [InlineData(null)]
    public void TryFromName_CodesAndPlaceholders_AreNoCountry(string? name)
    {
        // The UN writes "na" (not available) where a name goes; read as a code it would make the party Namibian.
        Assert.False(CountryCodes.TryFromName(name, out _));
        Assert.Null(CountryCodes.FromName(name));
    }

    [Fact]
    public void TryFromName_SameNameAgain_SameAnswer()
    {
        // The second look-up is answered from the cache; it must agree with the first, misses included.
        Assert.Equal(CountryCodes.FromName("Korea, North"), CountryCodes.FromName("Korea, North"));
        Assert.Equal(CountryCodes.FromName("Atlantis"), CountryCodes.FromName("Atlantis"));
        Assert.Equal("KP", CountryCodes.FromName("Korea, North"));
    }

    [Fact]
    public void TryFromName_ManyThreadsAtOnce_AllAgree()
    {
        string[] names = ["Venezuela", "Burma", "Korea, North", "na", "Atlantis", "Côte d'Ivoire", "REUNION"];
        string?[] expected = ["VE", "MM", "KP", null, null, "CI", "RE"];
        var results = new string?[64 * names.Length];

        Parallel.For(0, results.Length, i => results[i] = CountryCodes.FromName(names[i % names.Length] + new string(' ', i / names.Length % 3)));

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % names.Length], results[i]);
        }
    }

    [Fact]
    public void All_HoldsAlpha2CodesOnly() => Assert.All(CountryCodes.All, c => Assert.Matches("^[A-Z]{2}$", c));

    [Theory]
    [InlineData("VE", "Venezuela")]
    [InlineData("ve", "Venezuela")]
    [InlineData("SU", "USSR")]
    [InlineData("ZZ", "ZZ")]
    public void NameOf_Code_GivesReadableName(string code, string expected) => Assert.Equal(expected, CountryCodes.NameOf(code));
}
