using System.Text;
using Vigil.Model;
using Vigil.Sources.UnSc;
using Vigil.Sources.Xml;

namespace Vigil.Sources.Tests.UnSc;

/// <summary>The bundled UN list (loaded once per test run) and helpers to parse hand-made UN XML.</summary>
internal static class UnScTestData
{
    private static readonly Lazy<string> Root = new(FindRepositoryRoot);
    private static readonly Lazy<ListSnapshot> Bundled = new(() => new UnScListSource().Load(Folder));

    /// <summary>data/lists/un-sc: the 27 February 2026 consolidated list.</summary>
    public static string Folder => Path.Combine(Root.Value, "data", "lists", "un-sc");

    /// <summary>data/lists/un-sc/consolidated.xml.</summary>
    public static string File => Path.Combine(Folder, "consolidated.xml");

    /// <summary>The bundled list, loaded once.</summary>
    public static ListSnapshot Snapshot => Bundled.Value;

    /// <summary>The bundled entity with that id; fails unless there is exactly one.</summary>
    public static SanctionsEntity Entity(string id) => Assert.Single(Snapshot.Entities, e => e.Id == id);

    /// <summary>Parses UN XML text the way a file is loaded.</summary>
    public static MappedList Parse(string xml) => Parse(Encoding.UTF8.GetBytes(xml));

    /// <summary>Parses bytes the way a file is loaded.</summary>
    public static MappedList Parse(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return UnScListSource.Parse(stream, "test.xml");
    }

    /// <summary>A list with one individual, whose inner XML is given.</summary>
    public static string OneIndividual(string inner) =>
        $"""<?xml version="1.0" encoding="UTF-8"?><CONSOLIDATED_LIST dateGenerated="2026-01-02T03:04:05Z"><INDIVIDUALS><INDIVIDUAL>{inner}</INDIVIDUAL></INDIVIDUALS><ENTITIES/></CONSOLIDATED_LIST>""";

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
