using System.Text.Json;

namespace Vigil.Cli.Tests.Store;

public sealed class ImportCommandTests
{
    [Fact]
    public void Import_SdnPublicationsInOrder_StoresVersionsWithTheirChanges_AndSameContentIsANoOp()
    {
        using var folder = new TempFolder();
        var store = folder.PathOf("store");

        var first = Json(Cli.Run("import", "--store", store, "--source", "ofac-sdn", "--path", ListFiles.Sdn2019, "--json"));
        var second = Json(Cli.Run("import", "--store", store, "--source", "ofac-sdn", "--path", ListFiles.Sdn2021, "--json"));
        var again = Json(Cli.Run("import", "--store", store, "--source", "ofac-sdn", "--path", ListFiles.Sdn2021, "--json"));

        Assert.Equal(Path.Combine(store, "vigil.db"), first.GetProperty("store").GetString());
        var v1 = Assert.Single(first.GetProperty("imports").EnumerateArray());
        Assert.Equal("applied", v1.GetProperty("outcome").GetString());
        Assert.Equal(1, v1.GetProperty("version").GetProperty("number").GetInt32());
        Assert.Equal(7379, v1.GetProperty("version").GetProperty("entities").GetInt32());
        Assert.Equal(7379, v1.GetProperty("version").GetProperty("added").GetInt32());
        var v2 = Assert.Single(second.GetProperty("imports").EnumerateArray()).GetProperty("version");
        Assert.Equal((2, 8976, 1858, 261, 845), (v2.GetProperty("number").GetInt32(), v2.GetProperty("entities").GetInt32(), v2.GetProperty("added").GetInt32(), v2.GetProperty("removed").GetInt32(), v2.GetProperty("changed").GetInt32()));
        var same = Assert.Single(again.GetProperty("imports").EnumerateArray());
        Assert.Equal("unchanged", same.GetProperty("outcome").GetString());
        Assert.Equal(2, same.GetProperty("version").GetProperty("number").GetInt32());
    }

    [Fact]
    public void Import_DataDirectoryTable_ShowsOneRowPerListThenUnchanged()
    {
        using var folder = new TempFolder();
        var store = folder.PathOf("store");

        var first = Cli.Run("--data-dir", ListFiles.Bundled, "import", "--store", store, "--source", "un-sc");
        var second = Cli.Run("--data-dir", ListFiles.Bundled, "import", "--store", store, "--source", "un-sc");

        Assert.True(first.ExitCode == 0, first.Error);
        var row = Assert.Single(first.Out.Split('\n'), l => l.Contains("un-sc", StringComparison.Ordinal));
        Assert.Equal(["un-sc", "applied", "1"], Cells(row)[..3]);
        Assert.Equal(Cells(row)[3], Cells(row)[4]);
        Assert.Equal(["0", "0"], Cells(row)[5..]);
        Assert.Contains("Store: " + Path.Combine(store, "vigil.db"), first.Out, StringComparison.Ordinal);
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Equal(["un-sc", "unchanged", "1"], Cells(Assert.Single(second.Out.Split('\n'), l => l.Contains("un-sc", StringComparison.Ordinal)))[..3]);
    }

    [Fact]
    public void Import_MissingPath_ExitsTwoWithOneLine()
    {
        using var folder = new TempFolder();
        var missing = folder.PathOf("nothing-here");

        var result = Cli.Run("import", "--store", folder.PathOf("store"), "--source", "ofac-sdn", "--path", missing);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"vigil: no file or folder at '{missing}'.", Assert.Single(result.ErrorLines));
        Assert.Empty(result.Out);
    }

    [Fact]
    public void Import_UnknownSource_ExitsTwoNamingTheKnownOnes()
    {
        using var folder = new TempFolder();

        var result = Cli.Run("import", "--store", folder.PathOf("store"), "--source", "planet", "--path", ListFiles.Sdn2019);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("vigil: unknown source 'planet'; known: ofac-sdn, ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_UnrecognisedFileWithoutSource_ExitsTwo()
    {
        using var folder = new TempFolder();
        var notes = folder.Write("notes.txt", "not a list");

        var result = Cli.Run("import", "--store", folder.PathOf("store"), "--path", notes);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"vigil: no list format recognises '{notes}'; name it with --source.", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void Import_MalformedFile_ExitsThreeNamingTheFile_AndStoresNothing()
    {
        using var folder = new TempFolder();
        var store = folder.PathOf("store");
        var bad = folder.Write("sdn/sdn.csv", "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\n173,\"ANGLO");

        var result = Cli.Run("import", "--store", store, "--source", "ofac-sdn", "--path", folder.PathOf("sdn"));

        Assert.Equal(3, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("vigil: list file error: ", line, StringComparison.Ordinal);
        Assert.Contains(bad, line, StringComparison.Ordinal);
        var history = Cli.Run("history", "ofac-sdn", "--store", store);
        Assert.Equal(2, history.ExitCode);
        Assert.Equal("vigil: the store has no version of 'ofac-sdn'.", Assert.Single(history.ErrorLines));
    }

    private static JsonElement Json(CliResult result)
    {
        Assert.True(result.ExitCode == 0, result.Error);
        return JsonDocument.Parse(result.Out).RootElement.Clone();
    }

    /// <summary>The cells of a Spectre table row.</summary>
    private static string[] Cells(string row) =>
        [.. row.Split(['│', '|'], StringSplitOptions.TrimEntries).Where(c => c.Length > 0)];
}
