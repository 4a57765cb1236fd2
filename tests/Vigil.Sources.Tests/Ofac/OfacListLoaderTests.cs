using Vigil.Model;
using Vigil.Sources.Ofac;

namespace Vigil.Sources.Tests.Ofac;

/// <summary>
/// Folder loading: which files are used, how rows are joined, and that a damaged file fails the whole load with a
/// <see cref="ListFormatException"/> naming file and line.
/// </summary>
public sealed class OfacListLoaderTests
{
    private const string Eof = "\u001A";

    private static string SdnRow(int entNum, string name, string? remarks = null, string type = "-0- ") =>
        $"{entNum},\"{name}\",{(type == "-0- " ? type : "\"" + type + "\"")},\"VENEZUELA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,{(remarks is null ? "-0- " : "\"" + remarks + "\"")}\r\n";

    [Fact]
    public void Load_OnlyPrimaryFile_LoadsWithoutTheOptionalFiles()
    {
        using var folder = new TempFolder();
        folder.Write("sdn.csv", SdnRow(1, "ALPHA TRADING", "a.k.a. 'ALPHA'.") + Eof);

        var result = new OfacSdnSource().LoadWithReport(folder.Path);

        Assert.Equal(["sdn.csv"], result.Report.Files.ToArray());
        var entity = Assert.Single(result.Snapshot.Entities);
        Assert.Equal("ofac-sdn:1", entity.Id);
        Assert.Equal([new EntityName("ALPHA TRADING"), new EntityName("ALPHA", NameKind.WeakAlias)], entity.Names.ToArray());
    }

    [Fact]
    public void Load_RowsForUnlistedEntNums_AreIgnoredAndCounted()
    {
        using var folder = new TempFolder();
        folder.Write("sdn.csv", SdnRow(1, "ALPHA TRADING") + Eof);
        folder.Write("add.csv", "1,10,-0- ,\"Caracas\",\"Venezuela\",-0- \r\n2,11,-0- ,\"Lima\",\"Peru\",-0- \r\n" + Eof);
        folder.Write("alt.csv", "2,20,\"aka\",\"BETA\",-0- \r\n1,21,\"fka\",\"OLD ALPHA\",-0- \r\n1,22,\"aka\",\"'AL'\",-0- \r\n1,23,\"aka\",\"ALFA\",\"weak\"\r\n" + Eof);
        folder.Write("sdn_comments.csv", "2,\"more\"\r\n" + Eof);

        var result = new OfacSdnSource().LoadWithReport(folder.Path);
        var entity = Assert.Single(result.Snapshot.Entities);

        Assert.Equal((1, 1, 1), (result.Report.OrphanAddressRows, result.Report.OrphanAlternateNameRows, result.Report.OrphanCommentRows));
        Assert.Equal(
            [new EntityName("ALPHA TRADING"), new EntityName("OLD ALPHA", NameKind.FormerName), new EntityName("AL", NameKind.WeakAlias), new EntityName("ALFA", NameKind.WeakAlias)],
            entity.Names.ToArray());
        Assert.Equal(new Address(City: "Caracas", Country: "Venezuela", CountryCode: "VE"), Assert.Single(entity.Addresses));
        Assert.Equal(5, entity.Raw!.Split('\n').Length);
    }

    [Fact]
    public void Load_OverflowRow_IsAppendedOnlyToRemarksCutOffAtTheFieldLimit()
    {
        var cut = "Cedula No. 1 (Venezuela); " + new string('x', 1000 - 26 - 15) + "; Passport AB12";
        Assert.Equal(1000, cut.Length);
        using var folder = new TempFolder();
        folder.Write("sdn.csv", SdnRow(1, "LOPEZ, Ana", cut, "individual") + SdnRow(2, "PEREZ, Juan", "DOB 1962.", "individual") + Eof);
        folder.Write("sdn_comments.csv", "1,\"34567 (Venezuela); Gender Female.\"\r\n2,\"stale text.\"\r\n" + Eof);

        var result = new OfacSdnSource().LoadWithReport(folder.Path);
        var lopez = result.Snapshot.Entities[0];
        var perez = result.Snapshot.Entities[1];

        Assert.Contains(new Identifier(IdentifierType.Passport, "AB1234567", "VE", "Passport"), lopez.Identifiers);
        Assert.Equal(Gender.Female, lopez.Gender);
        Assert.EndsWith("AB1234567 (Venezuela); Gender Female.", lopez.Remarks, StringComparison.Ordinal);
        Assert.Equal("DOB 1962.", perez.Remarks);
        Assert.Equal(1, result.Report.StaleCommentRows);
    }

    [Fact]
    public void Load_UpperCaseFileNamesAndPrimaryFilePath_AreFound()
    {
        using var folder = new TempFolder();
        var primary = folder.Write("SDN.CSV", SdnRow(1, "ALPHA TRADING") + Eof);
        folder.Write("ALT.CSV", "1,21,\"aka\",\"ALFA\",-0- \r\n" + Eof);

        var snapshot = new OfacSdnSource().Load(primary);

        Assert.Equal(2, Assert.Single(snapshot.Entities).Names.Length);
        Assert.Equal(folder.Path, snapshot.Origin);
    }

    [Fact]
    public void Load_TruncatedRealSdnFile_ThrowsListFormatException()
    {
        using var folder = new TempFolder();
        var real = File.ReadAllBytes(Path.Combine(OfacTestData.SdnFolder, "sdn.csv"));
        File.WriteAllBytes(Path.Combine(folder.Path, "sdn.csv"), real[..1_000_000]);

        var ex = Assert.Throws<ListFormatException>(() => new OfacSdnSource().Load(folder.Path));

        Assert.Equal(Path.Combine(folder.Path, "sdn.csv"), ex.File);
        Assert.Matches("^line [0-9]+$", ex.Location);
    }

    [Theory]
    [InlineData("add.csv", "1,x,-0- ,-0- ,-0- ,-0- \r\n", "line 1", "add_num 'x' is not a number")]
    [InlineData("add.csv", "1,10,-0- ,-0- ,-0- \r\n", "line 1", "expected 6 fields, found 5")]
    [InlineData("alt.csv", "1,20,\"aka\",\"A\",-0- \r\nA1,21,\"aka\",\"B\",-0- \r\n", "line 2", "ent_num 'A1' is not a positive number")]
    [InlineData("alt.csv", "1,20,\"aka\",\"A,-0- \r\n", "line 1", "unterminated quoted field")]
    [InlineData("sdn_comments.csv", "1,\"a\",\"b\"\r\n", "line 1", "expected 2 fields, found 3")]
    [InlineData("sdn.csv", "\u001A", "line 1", "no records")]
    [InlineData("sdn.csv", "", "line 1", "no records")]
    public void Load_DamagedFile_FailsTheWholeLoadNamingFileAndLine(string file, string text, string location, string problem)
    {
        using var folder = new TempFolder();
        folder.Write("sdn.csv", SdnRow(1, "ALPHA TRADING") + Eof);
        folder.Write(file, text);

        var ex = Assert.Throws<ListFormatException>(() => new OfacSdnSource().Load(folder.Path));

        Assert.Equal(Path.Combine(folder.Path, file), ex.File);
        Assert.Equal(location, ex.Location);
        Assert.Equal(problem, ex.Problem);
    }

    [Fact]
    public void Load_PathsThatHoldNoList_ThrowTheMatchingIoError()
    {
        using var folder = new TempFolder();
        var other = folder.Write("add.csv", "1,10,-0- ,-0- ,-0- ,-0- \r\n");
        var source = new OfacSdnSource();

        Assert.Throws<FileNotFoundException>(() => source.Load(folder.Path));
        Assert.Throws<DirectoryNotFoundException>(() => source.Load(Path.Combine(folder.Path, "missing")));
        Assert.Throws<ArgumentException>(() => source.Load(other));
    }

    [Fact]
    public void Load_Cancelled_ThrowsOperationCanceled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => new OfacSdnSource().Load(OfacTestData.SdnFolder, cancelled.Token));
    }
}
