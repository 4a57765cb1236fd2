using System.Text.Json;

namespace Vigil.Cli.Tests.Store;

public sealed class DiffCommandTests : IClassFixture<SdnStoreFixture>
{
    private readonly SdnStoreFixture fixture;

    public DiffCommandTests(SdnStoreFixture fixture)
    {
        this.fixture = fixture;
    }

    [Fact]
    public void DiffJson_2019To2021_CountsAndExCleAdded()
    {
        var result = Cli.Run("diff", "ofac-sdn", "--store", fixture.Store, "--from", "1", "--to", "2", "--json");

        Assert.True(result.ExitCode == 0, result.Error);
        var json = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal(1, json.GetProperty("from").GetProperty("number").GetInt32());
        Assert.Equal(2, json.GetProperty("to").GetProperty("number").GetInt32());
        Assert.Equal(1858, json.GetProperty("added").GetArrayLength());
        Assert.Equal(261, json.GetProperty("removed").GetArrayLength());
        Assert.Equal(845, json.GetProperty("changed").GetArrayLength());
        var exCle = Assert.Single(json.GetProperty("added").EnumerateArray(), e => e.GetProperty("id").GetString() == "ofac-sdn:30421");
        Assert.Equal("EX-CLE SOLUCIONES BIOMETRICAS C.A.", exCle.GetProperty("name").GetString());
        Assert.Equal("Organization", exCle.GetProperty("schema").GetString());
        Assert.DoesNotContain(json.GetProperty("removed").EnumerateArray(), e => e.GetProperty("id").GetString() == "ofac-sdn:22790");
        Assert.All(json.GetProperty("changed").EnumerateArray(), c => Assert.True(c.GetProperty("fields").GetArrayLength() > 0));
    }

    [Fact]
    public void Diff_WithoutVersions_ComparesTheLatestTwo_AndLimitsEachSection()
    {
        var result = Cli.Run("diff", "ofac-sdn", "--store", fixture.Store, "--limit", "3");

        Assert.True(result.ExitCode == 0, result.Error);
        var lines = result.Out.Split('\n', StringSplitOptions.TrimEntries);
        Assert.Matches(@"^ofac-sdn v2 \(\d{4}-\d{2}-\d{2}\) -> v3 \(\d{4}-\d{2}-\d{2}\): \+7309 -883 ~790$", lines[0]);
        Assert.Contains("Added (7309)", lines);
        Assert.Contains("Removed (883)", lines);
        Assert.Contains("Changed (790)", lines);
        Assert.Contains("... 7306 more (--limit 0 shows all)", lines);
        Assert.Contains("... 880 more (--limit 0 shows all)", lines);
    }

    [Fact]
    public void Diff_UnknownVersion_ExitsTwoWithOneLine()
    {
        var result = Cli.Run("diff", "ofac-sdn", "--store", fixture.Store, "--from", "1", "--to", "9");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("vigil: ofac-sdn has no version 9.", Assert.Single(result.ErrorLines));
        Assert.Empty(result.Out);
    }

    [Fact]
    public void Diff_SourceNotInTheStore_ExitsTwoPointingAtImport()
    {
        var result = Cli.Run("diff", "un-sc", "--store", fixture.Store);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("vigil: the store has no version of 'un-sc'; run vigil import or vigil update first.", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void Diff_OnlyOneVersion_ExitsTwo()
    {
        using var folder = new TempFolder();
        var store = folder.PathOf("store");
        Assert.Equal(0, Cli.Run("import", "--store", store, "--source", "ofac-sdn", "--path", ListFiles.Sdn2019).ExitCode);

        var result = Cli.Run("diff", "ofac-sdn", "--store", store);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("vigil: ofac-sdn has no version before 1 to compare with.", Assert.Single(result.ErrorLines));
    }
}
