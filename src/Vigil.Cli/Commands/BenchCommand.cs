using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using System.Reflection;
using Spectre.Console;
using Vigil.Cli.Output;
using Vigil.Screening.Bench;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil bench</c>: measures latency, throughput, recall, the brute-force baseline, scaling and cold start on a
/// reproducible synthetic customer file, and compares them with the performance targets.
/// </summary>
internal static class BenchCommand
{
    public static Command Create(CliContext context)
    {
        var customers = new Option<int>("--customers") { Description = "Synthetic customers to generate", DefaultValueFactory = _ => BenchOptions.Default.Customers };
        var seed = new Option<int>("--seed") { Description = "Seed of the synthetic data (same seed, same customers)", DefaultValueFactory = _ => BenchOptions.Default.Seed };
        var scale = new Option<string?>("--scale") { Description = "List sizes to measure, as multiples of the loaded lists (default 1,4,16)" };
        var coldRuns = new Option<int>("--cold-start-runs") { Description = "Child processes timed for cold start (0 skips)", DefaultValueFactory = _ => BenchOptions.Default.ColdStartRuns };
        var warmup = new Option<int>("--warmup") { Description = "Queries screened before timing starts", DefaultValueFactory = _ => BenchOptions.Default.WarmupQueries };
        var passes = new Option<int>("--passes") { Description = "Times each query is timed; its latency is the median", DefaultValueFactory = _ => BenchOptions.Default.LatencyPasses };
        var json = new Option<bool>("--json") { Description = "Print one JSON document" };
        var write = new Option<string?>("--write-customers") { Description = "Write the synthetic customers to this CSV file (vigil batch input) and measure nothing" };
        var command = new Command("bench", "Measure screening speed, recall and memory on synthetic customers") { customers, seed, scale, coldRuns, warmup, passes, json, write };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var count = parse.GetValue(customers);
            if (count is < 10 or > 10_000_000)
            {
                throw new CliUsageException($"--customers {count} must be within 10..10,000,000.");
            }

            var runs = parse.GetValue(coldRuns);
            if (runs is < 0 or > 100)
            {
                throw new CliUsageException($"--cold-start-runs {runs} must be within 0..100.");
            }

            if (parse.GetValue(write) is { } path)
            {
                WriteCustomers(context, parse, path, count, parse.GetValue(seed));
                return 0;
            }

            var warm = parse.GetValue(warmup);
            if (warm is < 0 or > 10_000_000)
            {
                throw new CliUsageException($"--warmup {warm} must be within 0..10,000,000.");
            }

            var timings = parse.GetValue(passes);
            if (timings < 1 || timings > BenchOptions.MostLatencyPasses)
            {
                throw new CliUsageException($"--passes {timings} must be within 1..{BenchOptions.MostLatencyPasses}.");
            }

            var scales = ParseScales(parse.GetValue(scale));
            var loaded = context.Lists(parse);
            var options = new BenchOptions
            {
                Customers = count,
                Seed = parse.GetValue(seed),
                Scales = scales,
                ColdStartRuns = runs,
                WarmupQueries = warm,
                LatencyPasses = timings,
                ColdStart = runs > 0 ? ColdStartCommandFor(loaded.DataDirectory) : null,
            };
            var stages = new StageSink(context.Error);
            var report = await new BenchRunner(options).RunAsync(loaded, stages, cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(BenchJson.Serialize(report));
            }
            else
            {
                Render(context.Console, report);
            }

            return 0;
        });
        return command;
    }

    /// <summary>
    /// Writes the customer file the measurements would screen (same count and seed, same customers), through a
    /// partial file so an interrupted run leaves no half-written file under the name asked for.
    /// </summary>
    private static void WriteCustomers(CliContext context, ParseResult parse, string path, int count, int seed)
    {
        var full = Path.GetFullPath(path);
        if (Path.GetDirectoryName(full) is { } dir && !Directory.Exists(dir))
        {
            throw new CliUsageException($"--write-customers folder '{dir}' does not exist.");
        }

        var loaded = context.Lists(parse);
        var generated = SyntheticCustomers.Generate(loaded.Screener.Entities, count, seed, BenchOptions.Default.ListedShare);
        var partial = full + ".partial";
        using (var stream = File.Create(partial))
        {
            SyntheticCustomerFile.Write(stream, generated);
        }

        File.Move(partial, full, overwrite: true);
        var listed = generated.Count(c => c.IsListed);
        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {generated.Length:N0} customers ({listed:N0} perturbed listed names, seed {seed}) to {full}"));
    }

    private static ImmutableArray<int> ParseScales(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return BenchOptions.Default.Scales;
        }

        var scales = ImmutableArray.CreateBuilder<int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var s) || s is < 1 or > 64)
            {
                throw new CliUsageException($"--scale '{text}' must be a comma-separated list of whole numbers within 1..64, e.g. 1,4,16.");
            }

            scales.Add(s);
        }

        return scales.Count == 0 ? throw new CliUsageException("--scale needs at least one size.") : scales.ToImmutable();
    }

    /// <summary>
    /// The command that starts this very program again: the apphost itself, or <c>dotnet</c> with the entry assembly
    /// when the program was started as <c>dotnet vigil.dll</c>.
    /// </summary>
    private static ColdStartCommand ColdStartCommandFor(string dataDirectory)
    {
        var process = Environment.ProcessPath ?? throw new CliUsageException("cannot locate the running executable for the cold-start measurement; pass --cold-start-runs 0.");
        string[] screen = ["--data-dir", dataDirectory, "screen", "Nicolas Maduro", "--type", "person", "--json"];
        if (string.Equals(Path.GetFileNameWithoutExtension(process), "dotnet", StringComparison.OrdinalIgnoreCase))
        {
            var entry = Assembly.GetEntryAssembly()?.Location;
            if (string.IsNullOrEmpty(entry) || !string.Equals(Path.GetFileNameWithoutExtension(entry), "vigil", StringComparison.OrdinalIgnoreCase))
            {
                throw new CliUsageException("the running program is not vigil (a test host?); pass --cold-start-runs 0.");
            }

            return new ColdStartCommand(process, [entry, .. screen]);
        }

        if (!string.Equals(Path.GetFileNameWithoutExtension(process), "vigil", StringComparison.OrdinalIgnoreCase))
        {
            throw new CliUsageException($"the running program ({Path.GetFileName(process)}) is not vigil; pass --cold-start-runs 0.");
        }

        return new ColdStartCommand(process, [.. screen]);
    }

    private static void Render(IAnsiConsole console, BenchReport r)
    {
        var env = r.Environment;
        console.MarkupLine(ConsoleText.Escape(string.Create(CultureInfo.InvariantCulture,
            $"{env.Date:yyyy-MM-dd HH:mm} UTC; {env.ProcessorCount} cores ({env.CpuModel ?? "unknown CPU"}), {env.TotalMemoryGb:0.#} GB; {env.Runtime}; load average {env.LoadAverageBefore ?? "n/a"} -> {env.LoadAverageAfter ?? "n/a"}")));
        if (!env.Optimized)
        {
            console.MarkupLine("[yellow]Debug build: these figures are not representative; run a Release build.[/]");
        }

        console.MarkupLine(ConsoleText.Escape(string.Create(CultureInfo.InvariantCulture,
            $"{r.Lists.Entities:N0} entities, {r.Lists.Names:N0} names; {r.Customers:N0} synthetic customers (seed {r.Seed}), {r.ListedCustomers:N0} of them perturbed listed names; {r.WarmupQueries:N0} warm-up queries.")));

        var targets = new Table().Border(TableBorder.Rounded).Title("Targets")
            .AddColumn("Measure").AddColumn(new TableColumn("Value").RightAligned()).AddColumn(new TableColumn("Target").RightAligned()).AddColumn("Met");
        foreach (var t in r.Targets)
        {
            targets.AddRow(
                ConsoleText.Escape(t.Measure),
                t.Value is { } v ? $"{Num(v)} {ConsoleText.Escape(t.Unit)}" : "not measured",
                $"{ConsoleText.Escape(t.Comparison)} {Num(t.Target)} {ConsoleText.Escape(t.Unit)}",
                t.Met switch { true => "[green]yes[/]", false => "[red]no[/]", null => "-" });
        }

        console.Write(targets);

        var latency = new Table().Border(TableBorder.Rounded).Title("Latency (µs, in process, one query at a time)")
            .AddColumn("Queries").AddColumn(new TableColumn("n").RightAligned()).AddColumn(new TableColumn("p50").RightAligned()).AddColumn(new TableColumn("p90").RightAligned())
            .AddColumn(new TableColumn("p99").RightAligned()).AddColumn(new TableColumn("max").RightAligned()).AddColumn(new TableColumn("mean").RightAligned())
            .AddColumn(new TableColumn("candidates").RightAligned()).AddColumn(new TableColumn("aligned").RightAligned()).AddColumn(new TableColumn("tokens compared").RightAligned());
        Latency(latency, $"all customers (indexed), each query's median of {r.SingleQueryPasses.Length}", r.SingleQuery, r.SingleQueryWork);
        for (var p = 0; p < r.SingleQueryPasses.Length && r.SingleQueryPasses.Length > 1; p++)
        {
            Latency(latency, $"  pass {p + 1}", r.SingleQueryPasses[p], null);
        }

        Latency(latency, "each query again at once (its data in cache)", r.SameQueryAgain, null);
        Latency(latency, "brute-force sample", r.BruteForce.BruteForce, null);
        Latency(latency, "same sample, indexed", r.BruteForce.Indexed, null);
        foreach (var t in r.ByTokenCount)
        {
            Latency(latency, $"{t.Tokens} word{(t.Tokens == 1 ? string.Empty : "s")}", t.Latency, t.Work);
        }

        console.Write(latency);
        console.MarkupLine(ConsoleText.Escape(string.Create(CultureInfo.InvariantCulture,
            $"Index vs brute force: {r.BruteForce.SpeedupP50:0.#}x faster at p50, {r.BruteForce.SpeedupP99:0.#}x at p99; same top hit on {r.BruteForce.TopHitAgreement:P1} of {r.BruteForce.Sample} queries.")));
        console.MarkupLine(ConsoleText.Escape(string.Create(CultureInfo.InvariantCulture,
            $"Batch: {r.Batch.Rows:N0} rows in {r.Batch.Seconds:0.00} s on {r.Batch.Workers} workers = {r.Batch.NamesPerSecond:N0} names/s.")));
        console.MarkupLine(ConsoleText.Escape(string.Create(CultureInfo.InvariantCulture,
            $"Lists loaded in {r.Lists.LoadMilliseconds:N0} ms, index built in {r.Lists.IndexMilliseconds:N0} ms; working set {r.Lists.WorkingSetMb:N0} MB, managed heap {r.Lists.ManagedHeapMb:N0} MB after load.")));
        if (r.ColdStart is { } cold)
        {
            console.MarkupLine(ConsoleText.Escape(string.Create(CultureInfo.InvariantCulture,
                $"Cold start: median {cold.MedianMilliseconds:N0} ms (min {cold.MinMilliseconds:N0}, max {cold.MaxMilliseconds:N0}) over {cold.Runs} runs{(cold.Failures > 0 ? $", {cold.Failures} failed: {cold.Error}" : string.Empty)}.")));
        }

        var recall = new Table().Border(TableBorder.Rounded).Title("Recall on perturbed listed names")
            .AddColumn("Perturbation").AddColumn(new TableColumn("n").RightAligned()).AddColumn(new TableColumn("Candidates").RightAligned())
            .AddColumn(new TableColumn("Top hit").RightAligned()).AddColumn(new TableColumn("Top hit, match").RightAligned());
        foreach (var row in r.Recall.ByPerturbation.Append(r.Recall.Overall))
        {
            recall.AddRow(row.Perturbation?.ToString() ?? "[bold]all[/]", Num(row.Queries), Pct(row.CandidateRecall), Pct(row.EndToEndRecall), Pct(row.MatchRecall));
        }

        console.Write(recall);
        if (!r.Recall.CandidateMisses.IsEmpty)
        {
            console.MarkupLine("Candidate misses (first few):");
            foreach (var m in r.Recall.CandidateMisses.Take(10))
            {
                console.MarkupLine(ConsoleText.Escape($"  {m.Query}  <-  {m.SourceName} ({m.SourceEntityId}, {m.Perturbation})"));
            }
        }

        var scaling = new Table().Border(TableBorder.Rounded).Title("Scaling (synthetic copies of listed entities)")
            .AddColumn(new TableColumn("Scale").RightAligned()).AddColumn(new TableColumn("Entities").RightAligned()).AddColumn(new TableColumn("Names").RightAligned())
            .AddColumn(new TableColumn("Build ms").RightAligned()).AddColumn(new TableColumn("Index MB").RightAligned())
            .AddColumn(new TableColumn("p50 µs").RightAligned()).AddColumn(new TableColumn("p99 µs").RightAligned())
            .AddColumn(new TableColumn("candidates").RightAligned()).AddColumn(new TableColumn("tokens compared").RightAligned());
        foreach (var s in r.Scaling)
        {
            scaling.AddRow($"{s.Scale}x", Num(s.Entities), Num(s.Names), Num(s.BuildMilliseconds), Num(s.ScreenerHeapMb), Num(s.Latency.P50), Num(s.Latency.P99), Num(s.Work.Candidates), Num(s.Work.TokensCompared));
        }

        console.Write(scaling);
    }

    private static void Latency(Table table, string label, LatencySummary l, WorkSummary? work) =>
        table.AddRow(
            ConsoleText.Escape(label), Num(l.Count), Num(l.P50), Num(l.P90), Num(l.P99), Num(l.Max), Num(l.Mean),
            work is null ? "-" : Num(work.Candidates), work is null ? "-" : Num(work.Aligned), work is null ? "-" : Num(work.TokensCompared));

    private static string Num(double value) => value.ToString(value >= 100 || value == Math.Floor(value) ? "N0" : "N1", CultureInfo.InvariantCulture);

    private static string Pct(double share) => share.ToString("P1", CultureInfo.InvariantCulture);

    private sealed class StageSink(TextWriter stderr) : IProgress<string>
    {
        public void Report(string value) => stderr.WriteLine("bench: " + value);
    }
}
