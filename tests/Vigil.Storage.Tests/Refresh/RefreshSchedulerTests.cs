using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;
using Vigil.Storage.Refresh;

namespace Vigil.Storage.Tests.Refresh;

public sealed class RefreshSchedulerTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task RunAsync_OnTheClocksTimer_RefreshesAtStartAndEveryIntervalUntilCancelled()
    {
        await using var harness = await RefreshHarness.StartAsync();
        harness.Server.Serve("list.txt", ListServer.File(TestListSource.Render(10)));
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 6, 27, 0, 0, 0, TimeSpan.Zero));
        // No retries: their backoff would wait on the fake clock, which only this test moves.
        var options = harness.Options() with { Interval = TimeSpan.FromHours(1), MaxRetryAttempts = 0 };
        var scheduler = new RefreshScheduler(harness.Refresher(options, clock), clock);
        var passes = Channel.CreateUnbounded<IReadOnlyList<RefreshResult>>();
        scheduler.PassCompleted = results => passes.Writer.WriteAsync(results);
        using var stop = new CancellationTokenSource();

        var run = scheduler.RunAsync(stop.Token);
        var first = await passes.Reader.ReadAsync().AsTask().WaitAsync(Wait);
        harness.Server.Serve("list.txt", ListServer.Status(503));
        clock.Advance(TimeSpan.FromMinutes(59));
        Assert.False(passes.Reader.TryRead(out _));
        clock.Advance(TimeSpan.FromMinutes(1));
        var second = await passes.Reader.ReadAsync().AsTask().WaitAsync(Wait);
        harness.Server.Serve("list.txt", ListServer.File(TestListSource.Render(11)));
        clock.Advance(TimeSpan.FromHours(1));
        var third = await passes.Reader.ReadAsync().AsTask().WaitAsync(Wait);
        await stop.CancelAsync();
        await run.WaitAsync(Wait);

        Assert.Equal(RefreshOutcome.Applied, Assert.Single(first).Outcome);
        Assert.Equal(RefreshOutcome.Failed, Assert.Single(second).Outcome);
        Assert.Equal(RefreshOutcome.Applied, Assert.Single(third).Outcome);
        Assert.Equal(2, third[0].Current!.Number);
        Assert.True(run.IsCompletedSuccessfully);
        var status = await harness.Test.Store.GetStatusAsync(TestListSource.Code);
        Assert.Equal(clock.GetUtcNow(), status!.LastAttemptAt);
    }

    [Fact]
    public async Task RunAsync_PassHandlerThrows_TheScheduleGoesOn()
    {
        await using var harness = await RefreshHarness.StartAsync();
        harness.Server.Serve("list.txt", ListServer.File(TestListSource.Render(10)));
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 6, 27, 0, 0, 0, TimeSpan.Zero));
        var options = harness.Options() with { Interval = TimeSpan.FromHours(1), MaxRetryAttempts = 0 };
        var scheduler = new RefreshScheduler(harness.Refresher(options, clock), clock);
        var passes = Channel.CreateUnbounded<int>();
        var count = 0;
        scheduler.PassCompleted = async results =>
        {
            await passes.Writer.WriteAsync(++count);
            throw new InvalidOperationException("the host's status update failed");
        };
        using var stop = new CancellationTokenSource();

        var run = scheduler.RunAsync(stop.Token);
        Assert.Equal(1, await passes.Reader.ReadAsync().AsTask().WaitAsync(Wait));
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(2, await passes.Reader.ReadAsync().AsTask().WaitAsync(Wait));
        await stop.CancelAsync();
        await run.WaitAsync(Wait);

        Assert.True(run.IsCompletedSuccessfully);
    }
}
