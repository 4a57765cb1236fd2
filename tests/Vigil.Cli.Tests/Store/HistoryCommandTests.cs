using System.Text.Json;

namespace Vigil.Cli.Tests.Store;

public sealed class HistoryCommandTests : IClassFixture<SdnStoreFixture>
{
    private readonly SdnStoreFixture fixture;

    public HistoryCommandTests(SdnStoreFixture fixture)
    {
        this.fixture = fixture;
    }

    [Fact]
    public void HistoryJson_ExCle_FirstAppearsIn2021AndIsStillListed()
    {
        var result = Cli.Run("history", "ofac-sdn:30421", "--store", fixture.Store, "--json");

        Assert.True(result.ExitCode == 0, result.Error);
        var json = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal("ofac-sdn:30421", json.GetProperty("id").GetString());
        Assert.Equal("ofac-sdn", json.GetProperty("source").GetString());
        Assert.True(json.GetProperty("listed").GetBoolean());
        var events = json.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal("added", events[0].GetProperty("event").GetString());
        Assert.Equal(2, events[0].GetProperty("version").GetInt32());
        Assert.Equal("EX-CLE SOLUCIONES BIOMETRICAS C.A.", events[0].GetProperty("name").GetString());
        Assert.All(events.Skip(1), e => Assert.Equal(("changed", 3), (e.GetProperty("event").GetString(), e.GetProperty("version").GetInt32())));
    }

    [Fact]
    public void History_EntityText_NamesItAndEachEvent()
    {
        var result = Cli.Run("history", "ofac-sdn:30421", "--store", fixture.Store);

        Assert.True(result.ExitCode == 0, result.Error);
        var lines = result.Out.Split('\n', StringSplitOptions.TrimEntries);
        Assert.Equal("ofac-sdn:30421 EX-CLE SOLUCIONES BIOMETRICAS C.A.: listed", lines[0]);
        Assert.Matches(@"^v2 \d{4}-\d{2}-\d{2}  added$", lines[1]);
    }

    [Fact]
    public void History_RemovedEntity_ShowsItsRemoval()
    {
        // Listed in January 2019, gone by July 2021: one of the 261 removals (the first id the diff reports).
        var diff = JsonDocument.Parse(Cli.Run("diff", "ofac-sdn", "--store", fixture.Store, "--from", "1", "--to", "2", "--json").Out).RootElement;
        var removed = diff.GetProperty("removed")[0].GetProperty("id").GetString()!;

        var json = JsonDocument.Parse(Cli.Run("history", removed, "--store", fixture.Store, "--json").Out).RootElement;

        Assert.False(json.GetProperty("listed").GetBoolean());
        var events = json.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(("added", 1), (events[0].GetProperty("event").GetString(), events[0].GetProperty("version").GetInt32()));
        Assert.Equal(("removed", 2), (events[^1].GetProperty("event").GetString(), events[^1].GetProperty("version").GetInt32()));
    }

    [Fact]
    public void History_SourceJson_ListsEveryVersion()
    {
        var result = Cli.Run("history", "ofac-sdn", "--store", fixture.Store, "--json");

        Assert.True(result.ExitCode == 0, result.Error);
        var versions = JsonDocument.Parse(result.Out).RootElement.EnumerateArray().ToList();
        Assert.Equal([1, 2, 3], versions.Select(v => v.GetProperty("number").GetInt32()));
        Assert.Equal([7379, 8976, 15402], versions.Select(v => v.GetProperty("entities").GetInt32()));
        Assert.All(versions, v => Assert.Equal("applied", v.GetProperty("state").GetString()));
    }

    [Fact]
    public void History_UnknownEntity_ExitsTwoWithOneLine()
    {
        var result = Cli.Run("history", "ofac-sdn:99999999", "--store", fixture.Store);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("vigil: no stored version of any list holds 'ofac-sdn:99999999'.", Assert.Single(result.ErrorLines));
        Assert.Empty(result.Out);
    }

    [Fact]
    public void History_SourceNotInTheStore_ExitsTwo()
    {
        var result = Cli.Run("history", "un-sc", "--store", fixture.Store);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("vigil: the store has no version of 'un-sc'.", Assert.Single(result.ErrorLines));
    }
}
