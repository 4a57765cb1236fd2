using System.Text;
using Vigil.Model;
using Vigil.Sources.OpenSanctions;

namespace Vigil.Sources.Tests.OpenSanctions;

/// <summary>The real OpenSanctions fixtures (zala, t1), loaded once, and helpers to parse hand-made lines.</summary>
internal static class OpenSanctionsTestData
{
    private static readonly Lazy<string> Root = new(FindRepositoryRoot);
    private static readonly Lazy<ListSnapshot> ZalaSnapshot = new(() => new OpenSanctionsListSource().Load(ZalaFolder));
    private static readonly Lazy<ListSnapshot> T1Snapshot = new(() => new OpenSanctionsListSource().Load(T1File));

    /// <summary>tests/Vigil.Sources.Tests/Fixtures/OpenSanctions.</summary>
    public static string Folder => Path.Combine(Root.Value, "tests", "Vigil.Sources.Tests", "Fixtures", "OpenSanctions");

    /// <summary>The folder holding the ZAKHAROV / Zala Aero cluster (91 records).</summary>
    public static string ZalaFolder => Path.Combine(Folder, "zala");

    /// <summary>The zala data file.</summary>
    public static string ZalaFile => Path.Combine(ZalaFolder, "entities.ftm.json");

    /// <summary>The t1 data file (7 records).</summary>
    public static string T1File => Path.Combine(Folder, "t1", "entities.ftm.json");

    /// <summary>The zala cluster, loaded once from its folder.</summary>
    public static ListSnapshot Zala => ZalaSnapshot.Value;

    /// <summary>The t1 file, loaded once.</summary>
    public static ListSnapshot T1 => T1Snapshot.Value;

    /// <summary>Parses JSON lines the way a file is loaded.</summary>
    public static OpenSanctionsParsed Parse(params string[] lines) => Parse(Encoding.UTF8.GetBytes(string.Join('\n', lines)));

    /// <summary>Parses bytes the way a file is loaded.</summary>
    public static OpenSanctionsParsed Parse(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return OpenSanctionsListSource.Parse(stream, "test.json");
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Vigil.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Vigil.slnx above {AppContext.BaseDirectory}.");
    }
}
