namespace Vigil.Cli.Tests.Store;

/// <summary>The real list files the store command tests import: three SDN publications and the bundled lists.</summary>
internal static class ListFiles
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Vigil.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Vigil.slnx above {AppContext.BaseDirectory}.");
    });

    /// <summary>January 2019 SDN (sdn, add, alt): 7,379 entities.</summary>
    public static string Sdn2019 => Path.Combine(Root.Value, "tests", "Vigil.Sources.Tests", "Fixtures", "Ofac", "sdn-2019-01");

    /// <summary>July 2021 SDN (sdn, add, alt, sdn_comments): 8,976 entities.</summary>
    public static string Sdn2021 => Path.Combine(Root.Value, "tests", "Vigil.Sources.Tests", "Fixtures", "Ofac", "sdn-2021-07");

    /// <summary>The bundled June 2024 SDN: 15,402 entities.</summary>
    public static string Sdn2024 => Path.Combine(Root.Value, "data", "lists", "ofac-sdn");

    /// <summary>The bundled lists.</summary>
    public static string Bundled => Path.Combine(Root.Value, "data", "lists");
}
