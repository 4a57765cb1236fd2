using Vigil.Screening.Lists;

namespace Vigil.Screening.Tests;

/// <summary>Loads the repository's bundled lists once for all tests of a class.</summary>
public sealed class BundledListsFixture
{
    public BundledListsFixture()
    {
        var dir = DataDirectory.FindBundled("lists") ?? throw new InvalidOperationException("data/lists not found above the test binaries.");
        Lists = LoadedLists.Load(dir);
    }

    public LoadedLists Lists { get; }
}
