using Vigil.Sources.Ofac;

namespace Vigil.Sources.Tests.Ofac;

/// <summary>Paths of the real OFAC files the tests read, and the bundled lists loaded once per test run.</summary>
internal static class OfacTestData
{
    private static readonly Lazy<string> Root = new(FindRepositoryRoot);
    private static readonly Lazy<OfacLoadResult> BundledSdn = new(() => new OfacSdnSource().LoadWithReport(SdnFolder));
    private static readonly Lazy<OfacLoadResult> BundledConsolidated = new(() => new OfacConsolidatedSource().LoadWithReport(ConsolidatedFolder));

    /// <summary>The folder holding Vigil.slnx.</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>data/lists/ofac-sdn: June 2024 sdn.csv and add.csv, January 2025 alt.csv and sdn_comments.csv filtered.</summary>
    public static string SdnFolder => Path.Combine(RepositoryRoot, "data", "lists", "ofac-sdn");

    /// <summary>data/lists/ofac-cons: December 2025 consolidated non-SDN files.</summary>
    public static string ConsolidatedFolder => Path.Combine(RepositoryRoot, "data", "lists", "ofac-cons");

    /// <summary>The January 2019 SDN set (sdn, add, alt).</summary>
    public static string Sdn2019Folder => Fixture("sdn-2019-01");

    /// <summary>The July 2021 SDN set (sdn, add, alt, sdn_comments).</summary>
    public static string Sdn2021Folder => Fixture("sdn-2021-07");

    /// <summary>Hand-written sdn.xml fixtures.</summary>
    public static string XmlFolder => Fixture("xml");

    /// <summary>The bundled SDN list, loaded once.</summary>
    public static OfacLoadResult Sdn => BundledSdn.Value;

    /// <summary>The bundled consolidated list, loaded once.</summary>
    public static OfacLoadResult Consolidated => BundledConsolidated.Value;

    /// <summary>A fixture folder under tests/Vigil.Sources.Tests/Fixtures/Ofac.</summary>
    public static string Fixture(string name) =>
        Path.Combine(RepositoryRoot, "tests", "Vigil.Sources.Tests", "Fixtures", "Ofac", name);

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
