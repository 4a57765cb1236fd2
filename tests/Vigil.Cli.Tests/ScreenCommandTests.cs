using System.Text.Json;

namespace Vigil.Cli.Tests;

public sealed class ScreenCommandTests
{
    [Theory]
    [InlineData("ofac-sdn:30421", "Ex-Cle Soluciones Biometricas")]
    [InlineData("ofac-sdn:22790", "Nicolas Maduro", "--type", "person")]
    public void ScreenJson_ListedParty_IsFirstResultAndAMatch(string expected, params string[] args)
    {
        var result = Cli.Run(["screen", .. args, "--json"]);
        Assert.True(result.ExitCode == 0, result.Error);

        // Exactly one JSON document: parsing the whole output fails on anything before or after it.
        using var doc = JsonDocument.Parse(result.Out);
        var first = doc.RootElement.GetProperty("results")[0];
        Assert.Equal(expected, first.GetProperty("id").GetString());
        Assert.True(first.GetProperty("match").GetBoolean());
        Assert.Equal(args[0], doc.RootElement.GetProperty("query").GetProperty("name").GetString());
    }

    /// <summary>A name from a customer file may hold terminal escapes: printed, they must not reach the terminal as such.</summary>
    [Fact]
    public void Screen_EscapesInInput_ArePrintedAsCodes()
    {
        var table = Cli.Run("screen", "\u001b]0;pwned\u0007Foo");
        var error = Cli.Run("screen", "Nicolas Maduro", "--dob", "\u001b[2J1962");

        Assert.True(table.ExitCode == 0, table.Error);
        Assert.Contains("\\x1B]0;pwned\\x07Foo", table.Out, StringComparison.Ordinal);
        Assert.Equal(2, error.ExitCode);
        Assert.Contains("\\x1B[2J1962", error.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(table.Out + error.Error, c => c is '\u001b' or '\u0007');
    }

    [Fact]
    public void ScreenTable_NotATerminal_KeepsEachCellOnOneLine()
    {
        // Written to a pipe or a file, the table must not wrap at 80 columns: an id split over two lines is lost to
        // grep and to anyone reading the file.
        var result = Cli.Run("screen", "Ex-Cle Soluciones Biometricas");
        Assert.True(result.ExitCode == 0, result.Error);
        var row = Assert.Single(result.Out.Split('\n'), line => line.Contains("ofac-sdn:30421", StringComparison.Ordinal));
        Assert.Contains("EX-CLE SOLUCIONES BIOMETRICAS C.A.", row, StringComparison.Ordinal);
        Assert.Contains("matched: ex, cle, soluciones, biometricas", row, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--dob", "1962-13-45", "--dob")]
    [InlineData("--dob", "yesterday", "--dob")]
    [InlineData("--dob", "03/04/1962", "either way round")]
    [InlineData("--type", "alien", "--type")]
    [InlineData("--gender", "yes", "--gender")]
    [InlineData("--id", "27082171", "--id")]
    [InlineData("--id", "visa:27082171", "no identifier type")]
    [InlineData("--id", "passport:541939:Narnia", "not a known country")]
    public void Screen_BadOption_ExitsTwoWithOneLine(string option, string value, string named)
    {
        var result = Cli.Run("screen", "Nicolas Maduro", option, value);
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("vigil: ", line, StringComparison.Ordinal);
        Assert.Contains(named, line, StringComparison.Ordinal);
        Assert.Contains(value, line, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Fact]
    public void Screen_SeveralBadValues_EachHasItsLine()
    {
        var result = Cli.Run("screen", "Nicolas Maduro", "--country", "Narnia", "--country", "VE", "--country", "Atlantis");
        Assert.Equal(2, result.ExitCode);
        Assert.Collection(
            result.ErrorLines,
            line => Assert.Equal("vigil: --country 'Narnia' is not a known country name or ISO code.", line),
            line => Assert.Equal("vigil: --country 'Atlantis' is not a known country name or ISO code.", line));
        Assert.Empty(result.Out);
    }

    [Fact]
    public void Screen_CountriesCommaSeparated_AreEachRead()
    {
        var result = Cli.Run("screen", "Nicolas Maduro", "--country", "VE, Cuba", "--json");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("\"countries\": [", result.Out, StringComparison.Ordinal);
        Assert.Contains("\"CU\"", result.Out, StringComparison.Ordinal);
        Assert.Contains("country VE is listed", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_DateOfBirthDayFirst_IsReadWhole()
    {
        var result = Cli.Run("screen", "Nicolas Maduro", "--dob", "23/11/1962", "--json");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("\"birthDate\": \"1962-11-23\"", result.Out, StringComparison.Ordinal);
        Assert.Contains("DOB 1962-11-23 = listed 1962-11-23", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_Gender_CountsAgainstAListedPersonOfTheOther()
    {
        var male = Cli.Run("screen", "Nicolas Maduro", "--gender", "m", "--json");
        var female = Cli.Run("screen", "Nicolas Maduro", "--gender", "Female", "--json");
        Assert.True(male.ExitCode == 0 && female.ExitCode == 0, male.Error + female.Error);
        Assert.Contains("\"match\": true", male.Out, StringComparison.Ordinal);
        Assert.Contains("gender Female is not listed Male", female.Out, StringComparison.Ordinal);
        Assert.Contains("\"gender\": \"female\"", female.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ScreenJson_NameInAnotherScript_IsWrittenAsText()
    {
        // Escaped, "Николас" read \u041D\u0438... in a terminal or a saved file: unreadable to the analyst.
        var result = Cli.Run("screen", "Николас Мадуро", "--json", "-n", "1");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("\"name\": \"Николас Мадуро\"", result.Out, StringComparison.Ordinal);
        Assert.Equal("Николас Мадуро", System.Text.Json.JsonDocument.Parse(result.Out).RootElement.GetProperty("query").GetProperty("name").GetString());
    }

    [Fact]
    public void Screen_ListedPassportUnderAnotherName_FindsItsHolders()
    {
        var result = Cli.Run("screen", "John Smith", "--id", "passport:27082171", "--json");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("\"identifiers\": [\n      \"passport:27082171\"", result.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("Passport 27082171 (US) is listed for this person, whatever its name", result.Out, StringComparison.Ordinal);
        Assert.Contains("\"id\": \"un-sc:QDi.037\"", result.Out, StringComparison.Ordinal);
    }

    // "Is this wallet listed?": an identifier alone is a query, as a batch row may be one.
    [Fact]
    public void Screen_WalletWithoutName_FindsItsHolder()
    {
        var result = Cli.Run("screen", "--id", "crypto:12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h", "--json");
        Assert.True(result.ExitCode == 0, result.Error);
        var first = System.Text.Json.JsonDocument.Parse(result.Out).RootElement.GetProperty("results")[0];
        Assert.Equal("ofac-sdn:25308", first.GetProperty("id").GetString());
        Assert.True(first.GetProperty("match").GetBoolean());
    }

    [Fact]
    public void Screen_NeitherNameNorIdentifier_ExitsTwoSayingWhatToGive()
    {
        var result = Cli.Run("screen");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("give a name, or an identifier with --id", result.Error, StringComparison.Ordinal);
    }
}
