using System.Collections.Immutable;
using Vigil.Matching.Screening;
using Vigil.Model;
using Vigil.Screening.Lists;

namespace Vigil.Cli.Tests;

/// <summary>
/// The cache is process-wide and keeps a few directories: run alone, so other test classes loading their own folders
/// in parallel cannot evict an entry between two calls of one test.
/// </summary>
[Collection(nameof(LoadedListsCacheRunsAlone))]
public sealed class LoadedListsCacheTests
{
    [Fact]
    public void Get_SameUnchangedDirectory_LoadsOnce()
    {
        using var folder = new TempFolder();
        folder.Write("un-sc/consolidated.xml", "<CONSOLIDATED_LIST/>");
        var loads = 0;

        var first = LoadedListsCache.Get(folder.Path, d => Empty(d, ref loads));
        var second = LoadedListsCache.Get(folder.Path + Path.DirectorySeparatorChar, d => Empty(d, ref loads));

        Assert.Same(first, second);
        Assert.Equal(1, loads);
    }

    [Fact]
    public void Get_FileChangedOrAdded_LoadsAgain()
    {
        using var folder = new TempFolder();
        var file = folder.Write("un-sc/consolidated.xml", "<CONSOLIDATED_LIST/>");
        var loads = 0;
        var first = LoadedListsCache.Get(folder.Path, d => Empty(d, ref loads));

        File.WriteAllText(file, "<CONSOLIDATED_LIST></CONSOLIDATED_LIST>");
        var changed = LoadedListsCache.Get(folder.Path, d => Empty(d, ref loads));
        folder.Write("ofac-sdn/sdn.csv", "1");
        var added = LoadedListsCache.Get(folder.Path, d => Empty(d, ref loads));

        Assert.NotSame(first, changed);
        Assert.NotSame(changed, added);
        Assert.Equal(3, loads);
    }

    [Fact]
    public void Get_FailedLoad_IsNotKept()
    {
        using var folder = new TempFolder();
        folder.Write("un-sc/consolidated.xml", "<CONSOLIDATED_LIST/>");
        var loads = 0;

        Assert.Throws<ListFormatException>(() => LoadedListsCache.Get(folder.Path, _ => throw new ListFormatException("consolidated.xml", "line 1", "broken")));
        var loaded = LoadedListsCache.Get(folder.Path, d => Empty(d, ref loads));

        Assert.Equal(1, loads);
        Assert.Equal(folder.Path, loaded.DataDirectory);
    }

    [Fact]
    public void Run_ScreenTwiceInOneProcess_ReusesTheBundledLists()
    {
        var first = Cli.Run("lists", "--json");
        var second = Cli.Run("lists", "--json");

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.True(second.ExitCode == 0, second.Error);

        // The second run reports the first run's load: the same lists, not read again.
        Assert.Equal(first.Out, second.Out);
    }

    private static LoadedLists Empty(string directory, ref int loads)
    {
        loads++;
        return new LoadedLists(directory, ImmutableArray<ListSnapshot>.Empty, new Screener([]), TimeSpan.Zero, TimeSpan.Zero);
    }
}

/// <summary>Runs its classes after the parallel ones, one at a time.</summary>
[CollectionDefinition(nameof(LoadedListsCacheRunsAlone), DisableParallelization = true)]
public sealed class LoadedListsCacheRunsAlone;
