using System.Text.Json;

namespace Vigil.Cli.Tests;

public sealed class CompareCommandTests
{
    // Scored with the loaded lists' word rarity, a name against a listed name's spelling scores as screening scores it
    // (list-free, the two had differed: 0.888 against 0.871).
    [Theory]
    [InlineData("Ali Khamenei", "KHAMENEI, Ali Husseini", "person", "ofac-sdn:26945")]
    [InlineData("Ex-Cle Solciones Biometricas", "EX-CLE SOLUCIONES BIOMETRICAS C.A.", "organization", "ofac-sdn:30421")]
    public void CompareJson_ListedNamesSpelling_ScoresAsScreenDoes(string query, string listed, string type, string id)
    {
        var compared = Cli.Run("compare", query, listed, "--type", type, "--json");
        var screened = Cli.Run("screen", query, "--type", type, "--json");
        Assert.True(compared.ExitCode == 0, compared.Error);
        Assert.True(screened.ExitCode == 0, screened.Error);

        using var compare = JsonDocument.Parse(compared.Out);
        using var screen = JsonDocument.Parse(screened.Out);
        var hit = screen.RootElement.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("id").GetString() == id);
        Assert.Equal(listed, hit.GetProperty("matchedName").GetString());
        Assert.Equal(hit.GetProperty("score").GetDouble(), compare.RootElement.GetProperty("score").GetDouble());
        Assert.Equal(hit.GetProperty("explanation").GetProperty("summary").GetString(), compare.RootElement.GetProperty("summary").GetString());
    }

    [Fact]
    public void Compare_EmptyName_IsAUsageError()
    {
        var result = Cli.Run("compare", "Ali Khamenei", " ");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("non-empty", result.Error, StringComparison.Ordinal);
    }
}
