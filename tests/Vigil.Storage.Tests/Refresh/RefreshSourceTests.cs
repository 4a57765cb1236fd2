using Vigil.Storage.Refresh;

namespace Vigil.Storage.Tests.Refresh;

public sealed class RefreshSourceTests
{
    [Theory]
    [InlineData("https://mirror.bank.internal/vigil")]
    [InlineData("https://mirror.bank.internal/vigil/")]
    public void Mirrored_FetchesEachFileFromSourceFolderUnderTheBase(string baseUrl)
    {
        var mirrored = RefreshSource.OfacSdn.Mirrored(new Uri(baseUrl));

        Assert.Equal(
            ["https://mirror.bank.internal/vigil/ofac-sdn/sdn.csv", "https://mirror.bank.internal/vigil/ofac-sdn/add.csv", "https://mirror.bank.internal/vigil/ofac-sdn/alt.csv", "https://mirror.bank.internal/vigil/ofac-sdn/sdn_comments.csv"],
            mirrored.Files.Select(f => f.Url.AbsoluteUri));
        Assert.Equal(RefreshSource.OfacSdn.Files.Select(f => f.FileName), mirrored.Files.Select(f => f.FileName));
        Assert.Equal("ofac-sdn", mirrored.Source);
    }

    [Theory]
    [InlineData("ftp://mirror.bank.internal/")]
    [InlineData("file:///srv/lists/")]
    public void Mirrored_NotHttp_Throws(string baseUrl) =>
        Assert.Throws<ArgumentException>(() => RefreshSource.UnSecurityCouncil.Mirrored(new Uri(baseUrl)));

    [Fact]
    public void WithFileUrl_ReplacesThatFileOnly()
    {
        var moved = new Uri("https://sanctions.example/new/ADD.CSV");

        var source = RefreshSource.OfacSdn.WithFileUrl("add.csv", moved);

        Assert.Equal(moved, source.Files.Single(f => f.FileName == "add.csv").Url);
        Assert.Equal(RefreshSource.OfacSdn.Files.Where(f => f.FileName != "add.csv"), source.Files.Where(f => f.FileName != "add.csv"));
        var options = new RefreshOptions { Sources = [source] };
        options.Validate();
    }

    [Fact]
    public void WithFileUrl_UnknownFile_ThrowsNamingTheFiles()
    {
        var ex = Assert.Throws<ArgumentException>(() => RefreshSource.UnSecurityCouncil.WithFileUrl("sdn.csv", new Uri("https://x.example/")));

        Assert.Contains("its files are consolidated.xml", ex.Message, StringComparison.Ordinal);
    }
}
