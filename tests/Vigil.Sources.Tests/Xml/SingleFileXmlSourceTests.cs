using System.Collections.Immutable;
using Vigil.Model;
using Vigil.Sources.Tests.Uk;
using Vigil.Sources.Tests.UnSc;
using Vigil.Sources.Uk;
using Vigil.Sources.UnSc;
using Vigil.Sources.Xml;

namespace Vigil.Sources.Tests.Xml;

/// <summary>Which file of a folder is the list, which paths load, and the mapping loop the UN, EU and UK share.</summary>
public sealed class SingleFileXmlSourceTests : IDisposable
{
    private const string UnRoot = "<CONSOLIDATED_LIST><INDIVIDUALS/><ENTITIES/></CONSOLIDATED_LIST>";
    private static readonly SingleFileXmlSource Un = new("UN", "CONSOLIDATED_LIST");
    private static readonly SingleFileXmlSource Uk = new("UK", "Designations", fallbackExtension: ".ods");
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("vigil-xml-");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public void ResolveFile_OneXmlFile_IsTheList()
    {
        var file = Write("anything.xml", "<other/>");

        Assert.Equal(file, Un.ResolveFile(folder.FullName));
    }

    [Fact]
    public void ResolveFile_ListBesideOtherXml_PicksTheOneWithTheListsRoot()
    {
        Write("a-notes.xml", "<notes/>");
        var list = Write("b-list.xml", UnRoot);

        Assert.Equal(list, Un.ResolveFile(folder.FullName));
    }

    [Fact]
    public void ResolveFile_TwoLists_RefusesNamingTheFolder()
    {
        Write("one.xml", UnRoot);
        Write("two.xml", UnRoot);

        var ex = Assert.Throws<ListFormatException>(() => Un.ResolveFile(folder.FullName));

        Assert.Equal(folder.FullName, ex.File);
        Assert.Equal("holds 2 UN list files; keep one", ex.Problem);
    }

    [Fact]
    public void ResolveFile_NoListFile_ThrowsFileNotFoundSayingWhatIsMissing()
    {
        Write("README.md", "# nothing");

        Assert.Contains("holds no UN list XML file", Assert.Throws<FileNotFoundException>(() => Un.ResolveFile(folder.FullName)).Message, StringComparison.Ordinal);
        Assert.Contains("holds no UK list file (.xml or .ods)", Assert.Throws<FileNotFoundException>(() => Uk.ResolveFile(folder.FullName)).Message, StringComparison.Ordinal);
        Assert.Throws<FileNotFoundException>(() => Un.ResolveFile(Path.Combine(folder.FullName, "missing")));
    }

    [Fact]
    public void ResolveFile_XmlAndFallback_PrefersTheXml_AndTakesTheFallbackAlone()
    {
        var ods = Write("summary.ods", "zip");
        Assert.Equal(ods, Uk.ResolveFile(folder.FullName));

        var xml = Write("list.xml", "<Designations/>");
        Assert.Equal(xml, Uk.ResolveFile(folder.FullName));
    }

    [Fact]
    public void CanLoad_FilesAndFolders_ByTypeAndRoot()
    {
        var empty = folder.CreateSubdirectory("empty").FullName;
        Assert.False(Un.CanLoad(empty));

        var other = Write("other.xml", "<other/>");
        var list = Write("list.XML", UnRoot);
        var ods = Write("summary.ods", "zip");

        Assert.True(Un.CanLoad(folder.FullName));
        Assert.True(Un.CanLoad(list));
        Assert.False(Un.CanLoad(other));
        Assert.False(Un.CanLoad(ods));
        Assert.True(Uk.CanLoad(ods));
        Assert.False(Un.CanLoad(Write("broken.xml", "<CONSOLIDATED_LIST")));
        Assert.False(Un.CanLoad(Path.Combine(folder.FullName, "missing.xml")));
    }

    [Fact]
    public void Load_BundledUnFile_HashesThatFileAndKeepsThePathGiven()
    {
        var snapshot = new UnScListSource().Load(UnScTestData.Folder);

        Assert.Equal(ContentHash.OfFiles([UnScTestData.File]), snapshot.ContentHash);
        Assert.Equal(Path.GetFullPath(UnScTestData.Folder), snapshot.Origin);
        Assert.Equal(new DateTimeOffset(2026, 2, 27, 0, 0, 9, 554, TimeSpan.Zero), snapshot.PublishedAt);
    }

    [Fact]
    public void Load_UkSpreadsheet_IsTitledAsTheSummary()
    {
        Assert.Equal("UK Sanctions List (FCDO) (summary)", new UkListSource().Load(UkTestData.OdsFile).Title);
        Assert.Equal("UK Sanctions List (FCDO)", new UkListSource().Load(UkTestData.XmlFile).Title);
    }

    [Fact]
    public void Map_RecordsInOrder_SetsAsideUnnamedAndKeepsThePublicationTime()
    {
        var at = new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero);
        var records = ImmutableArray.Create(new Row("r1", "A", "row 1"), new Row("r2", null, "row 2"), new Row("r3", "C", "row 3"));

        var mapped = SingleFileXmlSource.Map(records, "f.xml", "ID", MapRow, at, CancellationToken.None);

        Assert.Equal(["t:r1", "t:r3"], mapped.Entities.Select(e => e.Id));
        Assert.Equal(["r2"], mapped.Unnamed.ToArray());
        Assert.Equal(at, mapped.PublishedAt);
    }

    [Fact]
    public void Map_SameIdTwice_FailsAtTheSecondRecord()
    {
        var records = ImmutableArray.Create(new Row("r1", "A", "row 1"), new Row("r1", null, "row 2"));

        var ex = Assert.Throws<ListFormatException>(() => SingleFileXmlSource.Map(records, "f.xml", "ID", MapRow, null, CancellationToken.None));

        Assert.Equal("f.xml", ex.File);
        Assert.Equal("row 2", ex.Location);
        Assert.Equal("ID r1 appears twice", ex.Problem);
    }

    [Fact]
    public void Map_Cancelled_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => SingleFileXmlSource.Map([new Row("r1", "A", "row 1")], "f.xml", "ID", MapRow, null, cancelled.Token));
    }

    private static SanctionsEntity? MapRow(Row row, string file) =>
        row.Name is null ? null : SanctionsEntity.Create("t", row.Id, Schema.Person, [new EntityName(row.Name)]);

    private string Write(string name, string content)
    {
        var path = Path.Combine(folder.FullName, name);
        File.WriteAllText(path, content);
        return path;
    }

    private sealed record Row(string Id, string? Name, string Location) : IListRecord
    {
        public string? SourceId => Id;
    }
}
