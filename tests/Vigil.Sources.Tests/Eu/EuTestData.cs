using System.Text;
using Vigil.Model;
using Vigil.Sources.Eu;
using Vigil.Sources.Xml;

namespace Vigil.Sources.Tests.Eu;

/// <summary>The hand-written EU fixture and helpers to parse hand-made EU XML.</summary>
internal static class EuTestData
{
    private static readonly Lazy<string> Root = new(FindRepositoryRoot);
    private static readonly Lazy<ListSnapshot> HandWritten = new(() => new EuListSource().Load(Folder));

    /// <summary>tests/Vigil.Sources.Tests/Fixtures/Eu.</summary>
    public static string Folder => Path.Combine(Root.Value, "tests", "Vigil.Sources.Tests", "Fixtures", "Eu");

    /// <summary>The hand-written XML 1.1 fixture (invented entries).</summary>
    public static string File => Path.Combine(Folder, "export.xml");

    /// <summary>The fixture, loaded once.</summary>
    public static ListSnapshot Snapshot => HandWritten.Value;

    /// <summary>The fixture entity with that id.</summary>
    public static SanctionsEntity Entity(string id) => Assert.Single(Snapshot.Entities, e => e.Id == id);

    /// <summary>Parses EU XML text the way a file is loaded.</summary>
    public static MappedList Parse(string xml) => Parse(Encoding.UTF8.GetBytes(xml));

    /// <summary>Parses bytes the way a file is loaded.</summary>
    public static MappedList Parse(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return EuListSource.Parse(stream, "test.xml");
    }

    /// <summary>An export (with the real namespace) holding the given sanction entities.</summary>
    public static string Export(params string[] entities) =>
        """<export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="2026-07-28T11:43:32+02:00">""" + string.Concat(entities) + "</export>";

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Vigil.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Vigil.slnx above {AppContext.BaseDirectory}.");
    }
}
