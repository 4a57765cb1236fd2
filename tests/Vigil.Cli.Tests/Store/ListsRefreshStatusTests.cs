using System.Text.Json;
using Vigil.Storage.Tests.Refresh;

namespace Vigil.Cli.Tests.Store;

/// <summary><c>vigil lists</c> shows the store's refresh status, so a failed download is visible where lists are listed.</summary>
public sealed class ListsRefreshStatusTests
{
    [Fact]
    public async Task Lists_AfterAFailedDownload_ShowsTheListAsFailingWithItsReason()
    {
        await using var mirror = await ListServer.StartAsync();
        using var folder = new TempFolder();
        var store = folder.PathOf("store");
        var un = File.ReadAllBytes(Path.Combine(ListFiles.Bundled, "un-sc", "consolidated.xml"));
        mirror.Serve("un-sc/consolidated.xml", ListServer.File(un, "\"v1\""));
        Assert.Equal(0, Update(store, mirror).ExitCode);
        mirror.Serve("un-sc/consolidated.xml", ListServer.File(un[..(un.Length / 3)], "\"cut\""));
        Assert.Equal(Commands.UpdateCommand.NotAllUpdated, Update(store, mirror).ExitCode);

        var json = Cli.Run("lists", "--store", store, "--json");
        var table = Cli.Run("lists", "--store", store);

        Assert.True(json.ExitCode == 0, json.Error);
        var status = Assert.Single(JsonDocument.Parse(json.Out).RootElement.GetProperty("refresh").EnumerateArray());
        Assert.Equal("un-sc", status.GetProperty("source").GetString());
        Assert.Equal("Failing", status.GetProperty("health").GetString());
        Assert.Equal("failed", status.GetProperty("lastOutcome").GetString());
        Assert.Equal(1, status.GetProperty("consecutiveFailures").GetInt32());
        Assert.True(table.ExitCode == 0, table.Error);
        Assert.Contains("Refresh status of the list store:", table.Out, StringComparison.Ordinal);
        Assert.Contains("Failing", table.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_WithoutAStore_ShowsNoStatusAndCreatesNoStore()
    {
        using var folder = new TempFolder();
        var store = folder.PathOf("none");

        var result = Cli.Run("lists", "--store", store, "--json");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(result.Out).RootElement.GetProperty("refresh").ValueKind);
        Assert.False(Directory.Exists(store));
    }

    private static CliResult Update(string store, ListServer mirror) =>
        Cli.Run(["update", "--store", store, "--source", "un-sc", "--mirror", mirror.BaseAddress.AbsoluteUri]);
}
