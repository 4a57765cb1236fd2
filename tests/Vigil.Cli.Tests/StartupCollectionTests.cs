using System.Runtime;

namespace Vigil.Cli.Tests;

/// <summary>
/// Holding off collection is process-wide: these run alone, so no other test allocates inside the hold or starts a
/// collection in it.
/// </summary>
[Collection(nameof(StartupCollectionRunsAlone))]
public sealed class StartupCollectionTests
{
    [Fact]
    public void Hold_AllocatingWithin_CollectsNothingUntilReleased()
    {
        Assert.True(StartupCollection.Hold());
        try
        {
            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
            var before = GC.CollectionCount(0);
            var kept = new List<byte[]>();
            for (var i = 0; i < 200; i++)
            {
                kept.Add(new byte[100_000]);
            }

            Assert.Equal(before, GC.CollectionCount(0));
            Assert.Equal(200, kept.Count);
        }
        finally
        {
            StartupCollection.Release();
        }

        AssertCollecting();
    }

    [Fact]
    public void Hold_Twice_SecondDeclinedAndReleaseIsIdempotent()
    {
        Assert.True(StartupCollection.Hold());
        Assert.False(StartupCollection.Hold());
        StartupCollection.Release();
        StartupCollection.Release();

        AssertCollecting();
    }

    [Fact]
    public void Release_AfterTheRuntimeEndedTheHold_DoesNotThrow()
    {
        Assert.True(StartupCollection.Hold());

        // A collection asked for inside the hold ends it; releasing must then not fail the command.
        GC.Collect();
        StartupCollection.Release();

        AssertCollecting();
    }

    [Fact]
    public void Screen_HoldingCollection_HoldsAdvisesHugePagesAnswersAsWithoutAndLetsGoAtTheEnd()
    {
        using var held = new StringWriter();
        using var plain = new StringWriter();
        using var errors = new StringWriter();
        var holds = StartupCollection.Holds;
        var requests = HugeHeapPages.Requests;

        var heldCode = VigilApp.Run(["screen", "Nicolas Maduro", "--type", "person", "--json"], held, errors, holdCollection: true);
        var plainCode = VigilApp.Run(["screen", "Nicolas Maduro", "--type", "person", "--json"], plain, errors, holdCollection: false);

        Assert.Equal(holds + 1, StartupCollection.Holds);
        Assert.Equal(requests + 1, HugeHeapPages.Requests);
        Assert.Equal(0, heldCode);
        Assert.Equal(0, plainCode);
        Assert.Equal(plain.ToString(), held.ToString());
        Assert.Contains("ofac-sdn:22790", held.ToString(), StringComparison.Ordinal);
        AssertCollecting();
    }

    [Theory]
    [InlineData("batch", "--help")]
    [InlineData("serve", "--help")]
    [InlineData("screen", "Nicolas Maduro", "--no-such-option")]
    public void LongRunningOrFailedToParse_HoldingAsked_DoesNotHold(params string[] args)
    {
        // A long-running command's memory after loading is what it runs with (nor are its pages advised: see
        // HugeHeapPages); a command line that does not parse runs nothing.
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var holds = StartupCollection.Holds;
        var requests = HugeHeapPages.Requests;

        VigilApp.Run(args, output, errors, holdCollection: true);

        Assert.Equal(holds, StartupCollection.Holds);
        Assert.Equal(requests, HugeHeapPages.Requests);
        Assert.False(StartupCollection.Holding);
    }

    /// <summary>Nothing held: the process collects as usual.</summary>
    private static void AssertCollecting()
    {
        Assert.False(StartupCollection.Holding);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }
}

/// <summary>Runs its classes after the parallel ones, one at a time.</summary>
[CollectionDefinition(nameof(StartupCollectionRunsAlone), DisableParallelization = true)]
public sealed class StartupCollectionRunsAlone;
