using System.Text.Json;
using Vigil.Storage.Tests.Refresh;

namespace Vigil.Cli.Tests.Store;

/// <summary><c>vigil update</c> against a real HTTP server on 127.0.0.1 standing in for the publishers, through <c>--mirror</c>.</summary>
public sealed class UpdateCommandTests
{
    private static readonly string[] OfacFiles = ["sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv"];

    [Fact]
    public async Task Update_GoodFile_Applies_ThenNotModified_ThenABadFileFailsAndKeepsTheVersion()
    {
        await using var mirror = await ListServer.StartAsync();
        using var folder = new TempFolder();
        var store = folder.PathOf("store");
        var un = File.ReadAllBytes(Path.Combine(ListFiles.Bundled, "un-sc", "consolidated.xml"));
        mirror.Serve("un-sc/consolidated.xml", ListServer.File(un, "\"v1\""));

        var applied = Update(store, mirror, "un-sc", "--json");
        var notModified = Update(store, mirror, "un-sc", "--json");
        mirror.Serve("un-sc/consolidated.xml", ListServer.File(un[..(un.Length / 2)], "\"cut\""));
        var failed = Update(store, mirror, "un-sc", "--json");
        var status = Cli.Run("update", "--status", "--store", store, "--json");

        Assert.True(applied.ExitCode == 0, applied.Error);
        var first = Assert.Single(JsonDocument.Parse(applied.Out).RootElement.EnumerateArray());
        Assert.Equal("applied", first.GetProperty("outcome").GetString());
        Assert.Equal(1, first.GetProperty("current").GetProperty("number").GetInt32());
        Assert.Equal(mirror.Url("un-sc/consolidated.xml").AbsoluteUri, first.GetProperty("current").GetProperty("origin").GetString());
        Assert.True(notModified.ExitCode == 0, notModified.Error);
        Assert.Equal("notmodified", JsonDocument.Parse(notModified.Out).RootElement[0].GetProperty("outcome").GetString());
        Assert.Equal(Commands.UpdateCommand.NotAllUpdated, failed.ExitCode);
        var bad = JsonDocument.Parse(failed.Out).RootElement[0];
        Assert.Equal("failed", bad.GetProperty("outcome").GetString());
        Assert.StartsWith("the download does not parse: consolidated.xml: ", bad.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, bad.GetProperty("current").GetProperty("number").GetInt32());
        var un2 = Assert.Single(JsonDocument.Parse(status.Out).RootElement.EnumerateArray());
        Assert.Equal(("Failing", 1, 1L), (un2.GetProperty("health").GetString(), un2.GetProperty("consecutiveFailures").GetInt32(), un2.GetProperty("currentVersionId").GetInt64()));
    }

    [Fact]
    public async Task Update_BigDrop_IsHeldForReview_ThenApprovedById()
    {
        await using var mirror = await ListServer.StartAsync();
        using var folder = new TempFolder();
        var store = folder.PathOf("store");
        ServeOfac(mirror, ListFiles.Sdn2021, ListFiles.Sdn2021);
        Assert.Equal(0, Update(store, mirror, "ofac-sdn").ExitCode);

        // January 2019 has 17.8% fewer entities than July 2021 (its comments file is 2021's: 2019 shipped none).
        ServeOfac(mirror, ListFiles.Sdn2019, ListFiles.Sdn2021);
        var held = Update(store, mirror, "ofac-sdn", "--json");

        Assert.Equal(Commands.UpdateCommand.NotAllUpdated, held.ExitCode);
        var result = JsonDocument.Parse(held.Out).RootElement[0];
        Assert.Equal("held", result.GetProperty("outcome").GetString());
        Assert.Equal("needs review: version 2 held, entity count fell from 8976 to 7379 (-17.8 %, limit 5.0 %)", result.GetProperty("message").GetString());
        Assert.Equal(1, result.GetProperty("current").GetProperty("number").GetInt32());
        var status = JsonDocument.Parse(Cli.Run("update", "--status", "--store", store, "--json").Out).RootElement[0];
        Assert.Equal("NeedsReview", status.GetProperty("health").GetString());
        var heldId = status.GetProperty("heldVersionId").GetInt64();

        var approved = Cli.Run("update", "--store", store, "--approve", heldId.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(approved.ExitCode == 0, approved.Error);
        Assert.Matches(@"^applied ofac-sdn version 2 \(7379 entities, \+261 -1858 ~\d+\)$", approved.Out.Trim());
        var again = Cli.Run("update", "--store", store, "--approve", heldId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(2, again.ExitCode);
        Assert.StartsWith("vigil: ofac-sdn v2 (Applied", Assert.Single(again.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--source", "planet", "vigil: no download configured for planet; known: ofac-sdn, ofac-cons, un-sc, uk, eu.")]
    [InlineData("--mirror", "not-a-url", "vigil: --mirror 'not-a-url' is not an absolute http(s) URL.")]
    [InlineData("--discard", "1", "vigil: --discard needs --reason.")]
    [InlineData("--approve", "42", "vigil: No list version with id 42.")]
    public void Update_BadOption_ExitsTwoWithOneLine(string option, string value, string expected)
    {
        using var folder = new TempFolder();

        var result = Cli.Run("update", "--store", folder.PathOf("store"), option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(expected, Assert.Single(result.ErrorLines));
        Assert.Empty(result.Out);
    }

    private static CliResult Update(string store, ListServer mirror, string source, params string[] more) =>
        Cli.Run(["update", "--store", store, "--source", source, "--mirror", mirror.BaseAddress.AbsoluteUri, .. more]);

    private static void ServeOfac(ListServer mirror, string folder, string commentsFolder)
    {
        foreach (var file in OfacFiles)
        {
            var path = Path.Combine(file == "sdn_comments.csv" ? commentsFolder : folder, file);
            mirror.Serve("ofac-sdn/" + file, ListServer.File(File.ReadAllBytes(path), $"\"{Path.GetFileName(folder)}-{file}\""));
        }
    }
}
