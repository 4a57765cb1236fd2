using Vigil.Screening.Lists;

namespace Vigil.Benchmarks;

/// <summary>The repository's bundled lists, loaded once per benchmark process.</summary>
public static class BundledLists
{
    private static readonly Lazy<LoadedLists> Loaded = new(() =>
        LoadedLists.Load(DataDirectory.FindBundled("lists") ?? throw new InvalidOperationException("data/lists not found above the benchmark binaries; run from a Vigil checkout.")));

    public static LoadedLists Lists => Loaded.Value;
}
