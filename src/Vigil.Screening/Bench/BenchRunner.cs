using System.Collections.Immutable;
using Vigil.Matching.Screening;
using Vigil.Model;
using Vigil.Screening.Batch;
using Vigil.Screening.Lists;

namespace Vigil.Screening.Bench;

/// <summary>
/// Runs the performance benchmark behind <c>vigil bench</c>: latency, throughput, recall, the brute-force baseline,
/// scaling and cold start, on a synthetic customer file generated from a seed. Timing is wall-clock in process,
/// after warm-up, one query at a time except for the batch throughput.
/// </summary>
public sealed class BenchRunner
{
    private const int MissesKept = 25;
    private readonly BenchOptions options;
    private readonly TimeProvider time;

    /// <summary>Creates a runner.</summary>
    public BenchRunner(BenchOptions? options = null, TimeProvider? timeProvider = null)
    {
        this.options = options ?? BenchOptions.Default;
        this.options.Validate();
        time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Measures everything over the loaded lists; <paramref name="stages"/> hears what is being measured.</summary>
    public async Task<BenchReport> RunAsync(LoadedLists loaded, IProgress<string>? stages = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        var environment = BenchEnvironment.Capture(time);
        var screener = loaded.Screener;

        // Memory first, before the benchmark's own data exists.
        var heap = Megabytes(GC.GetTotalMemory(forceFullCollection: true));
        var lists = new BenchListFigures(
            screener.Entities.Length,
            screener.NameCount,
            Math.Round(loaded.LoadTime.TotalMilliseconds),
            Math.Round(loaded.IndexTime.TotalMilliseconds),
            Megabytes(Environment.WorkingSet),
            heap);

        stages?.Report($"generating {options.Customers:N0} synthetic customers (seed {options.Seed})");
        var customers = SyntheticCustomers.Generate(screener.Entities, options.Customers, options.Seed, options.ListedShare);

        stages?.Report($"warming up ({options.WarmupQueries:N0} queries)");
        WarmUp(screener, customers);

        stages?.Report($"single-query latency ({customers.Length:N0} queries, {options.LatencyPasses} passes)");
        var passes = new long[options.LatencyPasses][];
        var work = new ScreeningWork[customers.Length];
        var top = new string?[customers.Length];
        var topIsMatch = new bool[customers.Length];
        for (var pass = 0; pass < passes.Length; pass++)
        {
            var ticks = passes[pass] = new long[customers.Length];
            for (var i = 0; i < customers.Length; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var start = time.GetTimestamp();
                var hits = screener.Screen(customers[i].Query, options.Limit, null, out work[i]);
                ticks[i] = time.GetTimestamp() - start;
                if (pass == 0 && hits.Count > 0)
                {
                    top[i] = hits[0].Entity.Id;
                    topIsMatch[i] = hits[0].IsMatch;
                }
            }
        }

        var medians = MedianOfPasses(passes);
        var single = LatencySummary.FromTicks(medians, time.TimestampFrequency);

        stages?.Report($"each query again at once ({customers.Length:N0} queries, their data in cache)");
        var again = SameQueryAgain(screener, customers, cancellationToken);

        stages?.Report("candidate recall on the perturbed listed names");
        var recall = Recall(screener, customers, top, topIsMatch);

        stages?.Report($"batch throughput ({customers.Length:N0} rows, {Environment.ProcessorCount} cores)");
        var batch = await Throughput(screener, customers, cancellationToken).ConfigureAwait(false);

        stages?.Report($"brute-force baseline ({Math.Min(options.BruteForceSample, customers.Length)} queries)");
        var brute = BruteForce(screener, customers, medians, top, cancellationToken);

        stages?.Report("latency by query word count (1 to 8)");
        var byTokens = ImmutableArray.CreateBuilder<BenchTokenLatency>(8);
        for (var n = 1; n <= 8; n++)
        {
            var queries = SyntheticCustomers.WithTokenCount(n, options.TokenCountQueries, options.Seed);
            var (latency, perQuery) = Time(screener, queries, cancellationToken);
            byTokens.Add(new BenchTokenLatency(n, latency, perQuery));
        }

        var scaling = ImmutableArray.CreateBuilder<BenchScalePoint>(options.Scales.Length);
        foreach (var scale in options.Scales)
        {
            scaling.Add(Scale(loaded, scale, customers, stages, cancellationToken));
        }

        BenchColdStart? cold = null;
        if (options.ColdStart is { } command && options.ColdStartRuns > 0)
        {
            stages?.Report($"cold start ({options.ColdStartRuns} runs of {command})");
            cold = await ColdStartProbe.MeasureAsync(command, options.ColdStartRuns, time, cancellationToken).ConfigureAwait(false);
        }

        var report = new BenchReport(
            environment with { LoadAverageAfter = BenchEnvironment.LoadAverage() },
            customers.Length,
            customers.Count(c => c.IsListed),
            options.Seed,
            options.WarmupQueries,
            lists,
            single,
            WorkSummary.Of(work),
            batch,
            recall,
            brute,
            byTokens.MoveToImmutable(),
            scaling.ToImmutable(),
            cold);
        return report with
        {
            SingleQueryPasses = [.. passes.Select(p => LatencySummary.FromTicks(p, time.TimestampFrequency))],
            SameQueryAgain = again,
            Targets = BenchTargets.Evaluate(report),
        };
    }

    /// <summary>Each query's median timing over the passes (of an even count, the lower middle).</summary>
    internal static long[] MedianOfPasses(long[][] passes)
    {
        var medians = new long[passes[0].Length];
        Span<long> timings = stackalloc long[passes.Length];
        for (var i = 0; i < medians.Length; i++)
        {
            for (var p = 0; p < passes.Length; p++)
            {
                timings[p] = passes[p][i];
            }

            timings.Sort();
            medians[i] = timings[(passes.Length - 1) / 2];
        }

        return medians;
    }

    private static double Megabytes(long bytes) => Math.Round(bytes / (1024.0 * 1024), 1);

    private static double Share(int part, int whole) => whole == 0 ? 0 : Math.Round((double)part / whole, 4);

    private static BenchRecall Recall(Screener screener, ImmutableArray<SyntheticCustomer> customers, string?[] top, bool[] topIsMatch)
    {
        var kinds = new SortedDictionary<Perturbation, int[]>();
        var total = new int[4];
        var misses = ImmutableArray.CreateBuilder<BenchMiss>();
        for (var i = 0; i < customers.Length; i++)
        {
            var c = customers[i];
            if (c.SourceEntityId is not { } source)
            {
                continue;
            }

            var candidate = Contains(screener.CandidateEntityIds(c.Query), source);
            var endToEnd = string.Equals(top[i], source, StringComparison.Ordinal);
            if (!kinds.TryGetValue(c.Perturbation, out var counts))
            {
                kinds[c.Perturbation] = counts = new int[4];
            }

            foreach (var tally in new[] { counts, total })
            {
                tally[0]++;
                tally[1] += candidate ? 1 : 0;
                tally[2] += endToEnd ? 1 : 0;
                tally[3] += endToEnd && topIsMatch[i] ? 1 : 0;
            }

            if (!candidate && misses.Count < MissesKept)
            {
                misses.Add(new BenchMiss(c.Query.Name, c.SourceName!, source, c.Perturbation));
            }
        }

        static BenchRecallRow Row(Perturbation? kind, int[] t) => new(kind, t[0], Share(t[1], t[0]), Share(t[2], t[0]), Share(t[3], t[0]));
        return new BenchRecall(Row(null, total), [.. kinds.Select(k => Row(k.Key, k.Value))], misses.ToImmutable());
    }

    private static bool Contains(IReadOnlyList<string> ids, string id)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (string.Equals(ids[i], id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private void WarmUp(Screener screener, IReadOnlyList<SyntheticCustomer> customers)
    {
        for (var i = 0; i < options.WarmupQueries && customers.Count > 0; i++)
        {
            screener.Screen(customers[i % customers.Count].Query, options.Limit);
        }
    }

    private async Task<BenchThroughput> Throughput(Screener screener, ImmutableArray<SyntheticCustomer> customers, CancellationToken cancellationToken)
    {
        var runner = new BatchRunner(screener, new BatchOptions { Limit = options.Limit }, time);
        using var reader = new CustomerBatchReader(customers);
        using var writer = new DiscardBatchWriter();
        var summary = await runner.RunAsync(reader, writer, cancellationToken: cancellationToken).ConfigureAwait(false);
        return new BenchThroughput(summary.RowsScreened, summary.Workers, Math.Round(summary.Elapsed.TotalSeconds, 3), Math.Round(summary.NamesPerSecond));
    }

    private BenchBruteForce BruteForce(Screener screener, ImmutableArray<SyntheticCustomer> customers, long[] indexedTicks, string?[] top, CancellationToken cancellationToken)
    {
        var sample = Math.Min(options.BruteForceSample, customers.Length);
        if (sample == 0)
        {
            return new BenchBruteForce(0, LatencySummary.Empty, LatencySummary.Empty, 0, 0, 0);
        }

        // Evenly spaced over the file, so the sample has the file's share of listed names.
        var brute = new long[sample];
        var indexed = new long[sample];
        var agree = 0;
        for (var s = 0; s < sample; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var i = (int)((long)s * customers.Length / sample);
            var start = time.GetTimestamp();
            var hits = screener.ScreenBruteForce(customers[i].Query, options.Limit);
            brute[s] = time.GetTimestamp() - start;
            indexed[s] = indexedTicks[i];
            agree += string.Equals(hits.Count > 0 ? hits[0].Entity.Id : null, top[i], StringComparison.Ordinal) ? 1 : 0;
        }

        var b = LatencySummary.FromTicks(brute, time.TimestampFrequency);
        var x = LatencySummary.FromTicks(indexed, time.TimestampFrequency);
        return new BenchBruteForce(sample, b, x, Ratio(b.P50, x.P50), Ratio(b.P99, x.P99), Share(agree, sample));
    }

    private static double Ratio(double a, double b) => b <= 0 ? 0 : Math.Round(a / b, 1);

    /// <summary>Each query screened twice in a row, the second timed (<see cref="BenchReport.SameQueryAgain"/>).</summary>
    private LatencySummary SameQueryAgain(Screener screener, ImmutableArray<SyntheticCustomer> customers, CancellationToken cancellationToken)
    {
        var ticks = new long[customers.Length];
        for (var i = 0; i < customers.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var query = customers[i].Query;
            screener.Screen(query, options.Limit);
            var start = time.GetTimestamp();
            screener.Screen(query, options.Limit);
            ticks[i] = time.GetTimestamp() - start;
        }

        return LatencySummary.FromTicks(ticks, time.TimestampFrequency);
    }

    private (LatencySummary Latency, WorkSummary Work) Time(Screener screener, IReadOnlyList<ScreeningQuery> queries, CancellationToken cancellationToken)
    {
        var ticks = new long[queries.Count];
        var work = new ScreeningWork[queries.Count];
        for (var i = 0; i < queries.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var start = time.GetTimestamp();
            screener.Screen(queries[i], options.Limit, null, out work[i]);
            ticks[i] = time.GetTimestamp() - start;
        }

        return (LatencySummary.FromTicks(ticks, time.TimestampFrequency), WorkSummary.Of(work));
    }

    private BenchScalePoint Scale(LoadedLists loaded, int scale, ImmutableArray<SyntheticCustomer> customers, IProgress<string>? stages, CancellationToken cancellationToken)
    {
        IReadOnlyList<ListSnapshot> lists = loaded.Lists;
        if (scale > 1)
        {
            stages?.Report($"scale {scale}x: making {scale - 1} perturbed copies of every entity");
            var copies = SyntheticCustomers.PerturbedCopies(loaded.Screener.Entities, scale - 1, options.Seed);
            lists = [.. loaded.Lists, new ListSnapshot(SyntheticCustomers.Source, $"Synthetic perturbed copies ({scale - 1}x)", null, "memory", string.Empty, copies)];
        }

        stages?.Report($"scale {scale}x: building the index");
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var start = time.GetTimestamp();
        var screener = new Screener(lists, loaded.Screener.Options);
        var build = time.GetElapsedTime(start);
        var heap = Megabytes(GC.GetTotalMemory(forceFullCollection: true) - before);

        stages?.Report($"scale {scale}x: timing {Math.Min(options.ScaleQueries, customers.Length):N0} queries over {screener.NameCount:N0} names");
        var queries = customers.Take(options.ScaleQueries).Select(c => c.Query).ToArray();
        for (var i = 0; i < Math.Min(options.WarmupQueries, queries.Length); i++)
        {
            screener.Screen(queries[i], options.Limit);
        }

        var (latency, work) = Time(screener, queries, cancellationToken);
        return new BenchScalePoint(scale, screener.Entities.Length, screener.NameCount, Math.Round(build.TotalMilliseconds), heap, latency, work);
    }
}
