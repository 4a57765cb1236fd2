using Vigil.Matching.Screening;

namespace Vigil.Matching.Tests.Screening;

public sealed class NamePartsTests
{
    // Stands in for the screener's test of a person's name: two words or more, none of them "oil" or "gas".
    private static bool TwoWords(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && !words.Any(w => w.Equals("oil", StringComparison.OrdinalIgnoreCase) || w.Equals("gas", StringComparison.OrdinalIgnoreCase));
    }

    private static string[] Parts(string name) => [.. NameParts.Of(name, TwoWords).Select(p => p.Name)];

    [Theory]
    [InlineData("Northbridge Ltd t/a Ex-Cle Soluciones", "Northbridge Ltd|Ex-Cle Soluciones")]
    [InlineData("John Smith f/k/a Nicolas Maduro Moros", "John Smith|Nicolas Maduro Moros")]
    [InlineData("John Smith a.k.a. Juan Herrera", "John Smith|Juan Herrera")]
    [InlineData("ACME LLC DBA Blue Sky Traders", "ACME LLC|Blue Sky Traders")]
    [InlineData("Acme Trading, formerly known as Beta Trading", "Acme Trading|Beta Trading")]
    [InlineData("Nicolas Maduro (aka El Presidente)", "Nicolas Maduro|El Presidente")]
    [InlineData("Nicolas MADURO (Venezuela)", "Nicolas MADURO")]
    [InlineData("Nicolas Maduro / Cilia Flores", "Nicolas Maduro|Cilia Flores")]
    [InlineData("Nicolas Maduro & Cilia Flores", "Nicolas Maduro|Cilia Flores")]
    [InlineData("Nicolas Maduro and Cilia Flores", "Nicolas Maduro|Cilia Flores")]
    [InlineData("Mr and Mrs Nicolas Maduro", "Nicolas Maduro")]
    [InlineData("Great Lakes Business; Compagnie Aerienne", "Great Lakes Business|Compagnie Aerienne")]
    [InlineData("Hafiz Saeed s/o Kamal ud Din", "Hafiz Saeed")]
    [InlineData("Muhammad Saeed S/O Kamaluddin r/o Lahore", "Muhammad Saeed")]
    [InlineData("Ayesha Bibi w/o Muhammad Aslam", "Ayesha Bibi")]
    [InlineData("Fatima D / O Abdul Karim", "Fatima")]
    public void Of_SeveralNamesInOneField_GivesEach(string name, string expected) =>
        Assert.Equal(expected.Split('|'), Parts(name));

    [Theory]
    [InlineData("Nicolas Maduro")]
    [InlineData("EX-CLE SOLUCIONES BIOMETRICAS C.A.")]
    [InlineData("Procter & Gamble")]
    [InlineData("Maersk A/S")]
    [InlineData("Element Oil & Gas Ltd")]
    [InlineData("Bank of Trade and Industry")]
    [InlineData("MADURO MOROS, Nicolas")]
    [InlineData("Akashi")]
    public void Of_OneName_IsEmpty(string name) => Assert.Empty(NameParts.Of(name, TwoWords));

    [Fact]
    public void Of_AndOrSlashWithoutAPersonTest_NeverSplits() =>
        Assert.Empty(NameParts.Of("Nicolas Maduro & Cilia Flores", personName: null));

    [Fact]
    public void Of_PiecesToldApartAsPersons_SaySo()
    {
        Assert.All(NameParts.Of("Nicolas Maduro & Cilia Flores", TwoWords), p => Assert.True(p.Person));
        Assert.All(NameParts.Of("John Smith f/k/a Nicolas Maduro Moros", TwoWords), p => Assert.False(p.Person));
    }
}
