using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using Vigil.Matching.Screening;

namespace Vigil.Screening.Batch;

/// <summary>
/// Screens a whole input file on every core. One reader fills chunks of rows; they enter a bounded queue in input
/// order and an unbounded work queue; workers screen chunks in any order; the writer takes chunks from the ordered
/// queue, waits for each to be screened, and writes it. Memory stays bounded by the ordered queue whatever the input
/// size, and the output keeps the input's order. A bad row is reported and skipped; it never stops the run. A row
/// screened without part of what it holds (an unknown country) is screened, written and reported as a warning.
/// </summary>
public sealed class BatchRunner
{
    private readonly Screener screener;
    private readonly BatchOptions options;
    private readonly TimeProvider time;

    /// <summary>Creates a runner over a screener.</summary>
    public BatchRunner(Screener screener, BatchOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(screener);
        this.screener = screener;
        this.options = options ?? BatchOptions.Default;
        this.options.Validate();
        time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The options in force.</summary>
    public BatchOptions Options => options;

    /// <summary>Screens every row of <paramref name="reader"/> and writes the hits to <paramref name="writer"/>.</summary>
    /// <param name="reader">The input rows.</param>
    /// <param name="writer">The output; written one call at a time, in input order.</param>
    /// <param name="progress">Told where the run stands every <see cref="BatchOptions.ProgressInterval"/> and once at the end.</param>
    /// <param name="errors">Told of each bad row as it is passed over, in input order.</param>
    /// <param name="warnings">Told of each row screened with a warning as it is written, in input order.</param>
    /// <param name="cancellationToken">Stops the run; what was written so far stays written.</param>
    public async Task<BatchSummary> RunAsync(
        IBatchReader reader,
        IBatchWriter writer,
        IProgress<BatchProgress>? progress = null,
        IProgress<BatchRowError>? errors = null,
        IProgress<BatchRowWarning>? warnings = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(writer);
        var workers = options.Workers ?? Environment.ProcessorCount;
        var threshold = options.Threshold ?? screener.Options.MatchThreshold;
        var order = Channel.CreateBounded<BatchChunk>(new BoundedChannelOptions(workers * options.ChunksPerWorker)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        var work = Channel.CreateUnbounded<BatchChunk>(new UnboundedChannelOptions { SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var start = time.GetTimestamp();
        var read = new ReadCount();
        var producer = Task.Run(() => ProduceAsync(reader, order.Writer, work.Writer, read, stop.Token), CancellationToken.None);
        var consumers = new Task[workers];
        for (var i = 0; i < workers; i++)
        {
            consumers[i] = Task.Run(() => ConsumeAsync(work.Reader, threshold, stop.Token), CancellationToken.None);
        }

        var tally = new Tally(options.MaxErrorsKept);
        var lastReport = start;
        try
        {
            await foreach (var chunk in order.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
            {
                await chunk.Screened.WaitAsync(stop.Token).ConfigureAwait(false);
                WriteChunk(chunk, writer, tally, errors, warnings);
                var now = time.GetTimestamp();
                if (progress is not null && time.GetElapsedTime(lastReport, now) >= options.ProgressInterval)
                {
                    lastReport = now;
                    progress.Report(tally.Progress(time.GetElapsedTime(start, now), Done(reader, read, tally)));
                }
            }

            // Surfaces a read error (the reader's own exception) after everything read before it was written.
            await producer.ConfigureAwait(false);
            writer.Flush();
        }
        catch
        {
            await stop.CancelAsync().ConfigureAwait(false);
            throw;
        }
        finally
        {
            work.Writer.TryComplete();
            await Settle(producer, consumers).ConfigureAwait(false);
        }

        var elapsed = time.GetElapsedTime(start);
        progress?.Report(tally.Progress(elapsed, reader.Fraction));
        return new BatchSummary(tally.Screened + tally.Skipped, tally.Screened, tally.Skipped, tally.Hits, tally.Matches, tally.RowsMatched, elapsed, workers, tally.Errors)
        {
            RowsWithWarnings = tally.Warned,
            Warnings = tally.Warnings,
        };
    }

    // The reader runs ahead of the writer by the queue and its buffers; the share of the input written is the share
    // read, scaled by the rows written over the rows read. Small files would otherwise show 100% at once.
    private static double? Done(IBatchReader reader, ReadCount read, Tally tally)
    {
        var rows = Volatile.Read(ref read.Rows);
        return reader.Fraction is { } f && rows > 0 ? f * Math.Min(1.0, (double)(tally.Screened + tally.Skipped) / rows) : reader.Fraction;
    }

    private static void WriteChunk(BatchChunk chunk, IBatchWriter writer, Tally tally, IProgress<BatchRowError>? errors, IProgress<BatchRowWarning>? warnings)
    {
        for (var i = 0; i < chunk.Rows.Count; i++)
        {
            var row = chunk.Rows[i];
            var problem = row.Error ?? chunk.Failures[i];
            if (problem is not null || chunk.Hits[i] is not { } hits)
            {
                var error = new BatchRowError(row.Line, problem ?? "not screened");
                tally.Skip(error);
                errors?.Report(error);
                continue;
            }

            writer.Write(row, hits);
            tally.Screen(hits);
            if (row.Warning is { } message)
            {
                var warning = new BatchRowWarning(row.Line, message);
                tally.Warn(warning);
                warnings?.Report(warning);
            }
        }
    }

    // Waits for the background tasks to end; their failures were either surfaced already or are the cancellation itself.
    private static async Task Settle(Task producer, Task[] consumers)
    {
        try
        {
            await Task.WhenAll([producer, .. consumers]).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Only observing: the first failure has been thrown to the caller already.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    private async Task ProduceAsync(IBatchReader reader, ChannelWriter<BatchChunk> order, ChannelWriter<BatchChunk> work, ReadCount read, CancellationToken cancellationToken)
    {
        try
        {
            var chunk = new BatchChunk(options.ChunkSize);
            ExceptionDispatchInfo? failure = null;
            using (var rows = reader.ReadRows(cancellationToken).GetEnumerator())
            {
                while (true)
                {
                    try
                    {
                        if (!rows.MoveNext())
                        {
                            break;
                        }
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        // Rows read before the failure are still screened and written; then the failure surfaces.
                        failure = ExceptionDispatchInfo.Capture(ex);
                        break;
                    }

                    chunk.Rows.Add(rows.Current);
                    Volatile.Write(ref read.Rows, read.Rows + 1);
                    if (chunk.Rows.Count == options.ChunkSize)
                    {
                        await Enqueue(chunk).ConfigureAwait(false);
                        chunk = new BatchChunk(options.ChunkSize);
                    }
                }
            }

            if (chunk.Rows.Count > 0)
            {
                await Enqueue(chunk).ConfigureAwait(false);
            }

            failure?.Throw();
        }
        finally
        {
            order.TryComplete();
            work.TryComplete();
        }

        async Task Enqueue(BatchChunk chunk)
        {
            // Ordered queue first: it is bounded, so the reader waits here, never with work queued but unordered.
            await order.WriteAsync(chunk, cancellationToken).ConfigureAwait(false);
            work.TryWrite(chunk);
        }
    }

    private async Task ConsumeAsync(ChannelReader<BatchChunk> work, double threshold, CancellationToken cancellationToken)
    {
        await foreach (var chunk in work.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            chunk.Screen(screener, options.Limit, threshold, options.MatchesOnly);
        }
    }

    /// <summary>Rows the reader has handed over, written by the reader thread, read by the writer's.</summary>
    private sealed class ReadCount
    {
#pragma warning disable CA1051 // A field, so that Volatile can read and write it.
        public long Rows;
#pragma warning restore CA1051
    }

    /// <summary>Counts kept by the writer thread alone.</summary>
    private sealed class Tally(int maxErrorsKept)
    {
        private readonly List<BatchRowError> errors = [];
        private readonly List<BatchRowWarning> warnings = [];

        public long Screened { get; private set; }

        public long Skipped { get; private set; }

        public long Hits { get; private set; }

        public long Matches { get; private set; }

        public long RowsMatched { get; private set; }

        public long Warned { get; private set; }

        public IReadOnlyList<BatchRowError> Errors => errors;

        public IReadOnlyList<BatchRowWarning> Warnings => warnings;

        public void Skip(BatchRowError error)
        {
            Skipped++;
            if (errors.Count < maxErrorsKept)
            {
                errors.Add(error);
            }
        }

        public void Warn(BatchRowWarning warning)
        {
            Warned++;
            if (warnings.Count < maxErrorsKept)
            {
                warnings.Add(warning);
            }
        }

        public void Screen(IReadOnlyList<ScreeningHit> hits)
        {
            Screened++;
            Hits += hits.Count;
            var matched = false;
            for (var i = 0; i < hits.Count; i++)
            {
                if (hits[i].IsMatch)
                {
                    Matches++;
                    matched = true;
                }
            }

            RowsMatched += matched ? 1 : 0;
        }

        public BatchProgress Progress(TimeSpan elapsed, double? fraction) => new(Screened, Skipped, Hits, Matches, elapsed, fraction);
    }
}
