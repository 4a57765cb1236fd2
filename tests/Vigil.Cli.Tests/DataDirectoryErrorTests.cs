namespace Vigil.Cli.Tests;

public sealed class DataDirectoryErrorTests
{
    [Theory]
    [InlineData("un-sc/consolidated.xml", "<?xml version=\"1.0\"?><CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1")]
    [InlineData("ofac-sdn/sdn.csv", "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\n173,\"ANGLO")]
    public void MalformedListFile_ExitsThreeWithOneLineNamingTheFile(string file, string content)
    {
        using var folder = new TempFolder();
        var path = folder.Write(file, content);
        var result = Cli.Run("--data-dir", folder.Path, "screen", "Nicolas Maduro");
        Assert.Equal(3, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("vigil: ", line, StringComparison.Ordinal);
        Assert.Contains(path, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Fact]
    public void MissingDataDirectory_ExitsTwo()
    {
        var result = Cli.Run("--data-dir", Path.Combine(Path.GetTempPath(), "vigil-no-such-" + Guid.NewGuid().ToString("N")), "lists");
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.ErrorLines);
    }
}
