using System.CommandLine;
using System.Globalization;
using System.Text;
using Spectre.Console;
using Vigil.Cli.Output;
using Vigil.Screening.Batch;
using Vigil.Screening.Input;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil batch --input FILE --output FILE</c>: screens a customer file (CSV or JSON lines) on every core and writes
/// one row per hit, in input order. Bad rows are reported with their line numbers and skipped; a row with an unknown
/// country is screened on what else it holds and reported with its line number as a warning.
/// </summary>
internal static class BatchCommand
{
    private const int ErrorsShown = 20;

    public static Command Create(CliContext context)
    {
        var input = new Option<string?>("--input", "-i") { Description = "Customer file: CSV with a header (name, or a person's first_name, middle_name, last_name; optional id, type, dob, gender, country, passport, national_id, tax_id, imo, bic) or JSON lines" };
        var output = new Option<string?>("--output", "-o") { Description = "Result file: one row per hit; JSON lines when it ends in .jsonl, else CSV" };
        var format = new Option<string?>("--format") { Description = "Input format, csv or jsonl (default: from the input's extension)" };
        var threshold = new Option<double?>("--threshold") { Description = "Score (0..1) at which a hit is a match; default from matching options (0.70)" };
        var limit = new Option<int>("--limit", "-n") { Description = "Most hits written per input row", DefaultValueFactory = _ => BatchOptions.Default.Limit };
        var matchesOnly = new Option<bool>("--matches-only") { Description = "Write only hits at or above the threshold" };
        var encoding = EncodingOption.Create();
        var dateOrder = new Option<string?>("--date-order")
        {
            Description = "How the file writes numeric dates with the year last: dmy (23/11/1962) or mdy (11/23/1962). Without it such a date is read whole only when its day is past the 12th, else by its year, with a warning",
        };
        var command = new Command("batch", "Screen a file of customers on every core and write every hit to a file")
        {
            input, output, format, threshold, limit, matchesOnly, encoding, dateOrder,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(context, parse, new Arguments(
            parse.GetValue(input), parse.GetValue(output), parse.GetValue(format), parse.GetValue(threshold), parse.GetValue(limit), parse.GetValue(matchesOnly), parse.GetValue(encoding), parse.GetValue(dateOrder)), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, ParseResult parse, Arguments args, CancellationToken cancellationToken)
    {
        var (inputPath, outputPath, inputFormat) = Validate(args);
        using var reader = Open(inputPath, inputFormat, EncodingOption.Resolve(args.Encoding), ParseDateOrder(args.DateOrder));
        var lists = context.Lists(parse);
        var live = context.Console.Profile.Out.IsTerminal && !Console.IsErrorRedirected;
        var options = new BatchOptions
        {
            Limit = args.Limit,
            Threshold = args.Threshold,
            MatchesOnly = args.MatchesOnly,
            ProgressInterval = live ? TimeSpan.FromMilliseconds(250) : TimeSpan.FromSeconds(5),
        };
        var runner = new BatchRunner(lists.Screener, options);

        // Results go to a side file renamed into place at the end, so an interrupted run never leaves a file that
        // looks complete.
        var partial = outputPath + ".partial";
        BatchSummary summary;
        var errors = new ErrorSink(context.Error, live);
        try
        {
            using (var writer = Create(partial, BatchFormats.FromPath(outputPath)))
            {
                if (!live)
                {
                    context.Error.WriteLine($"batch: screening {inputPath} against {lists.Screener.NameCount:N0} names with {Environment.ProcessorCount} workers");
                }

                if (reader is CsvBatchReader { IgnoredColumns.Count: > 0 } csv)
                {
                    context.Error.WriteLine($"batch: columns not read: {ConsoleText.Printable(string.Join(", ", csv.IgnoredColumns.Take(20)))}{(csv.IgnoredColumns.Count > 20 ? ", ..." : string.Empty)} (the columns read are listed under --input in vigil batch --help)");
                }

                summary = live
                    ? await RunLive(context, runner, reader, writer, errors, cancellationToken).ConfigureAwait(false)
                    : await runner.RunAsync(reader, writer, new SyncProgress<BatchProgress>(p => context.Error.WriteLine("batch: " + Describe(p))), errors, errors, cancellationToken).ConfigureAwait(false);
            }

            File.Move(partial, outputPath, overwrite: true);
        }
        catch
        {
            File.Delete(partial);
            throw;
        }

        errors.Flush();
        Render(context, inputPath, outputPath, summary);
        return 0;
    }

    private static (string Input, string Output, BatchFormat? Format) Validate(Arguments args)
    {
        if (string.IsNullOrWhiteSpace(args.Input))
        {
            throw new CliUsageException("--input FILE is required.");
        }

        if (string.IsNullOrWhiteSpace(args.Output))
        {
            throw new CliUsageException("--output FILE is required.");
        }

        var input = Path.GetFullPath(args.Input);
        var output = Path.GetFullPath(args.Output);
        if (!File.Exists(input))
        {
            throw new CliUsageException($"--input '{args.Input}' does not exist.");
        }

        if (string.Equals(input, output, StringComparison.Ordinal))
        {
            throw new CliUsageException("--output must not be the input file.");
        }

        if (Path.GetDirectoryName(output) is { } dir && !Directory.Exists(dir))
        {
            throw new CliUsageException($"--output folder '{dir}' does not exist.");
        }

        BatchFormat? format = null;
        if (args.Format is not null)
        {
            format = BatchFormats.TryParse(args.Format, out var f) ? f : throw new CliUsageException($"--format '{args.Format}' is not csv or jsonl.");
        }

        if (args.Limit is < 1 or > 1000)
        {
            throw new CliUsageException($"--limit {args.Limit} must be within 1..1000.");
        }

        if (args.Threshold is < 0 or > 1)
        {
            throw new CliUsageException($"--threshold {args.Threshold?.ToString(CultureInfo.InvariantCulture)} must be within 0..1.");
        }

        return (input, output, format);
    }

    /// <remarks>A file that is no batch input (no header, no <c>name</c> column) throws <see cref="BatchFileException"/>, which <see cref="CliErrors"/> words.</remarks>
    private static IBatchReader Open(string path, BatchFormat? format, Encoding? encoding, DateOrder dateOrder)
    {
        try
        {
            return BatchReader.Open(path, format, encoding, dateOrder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"cannot read '{path}': {ex.Message}", ex);
        }
    }

    private static IBatchWriter Create(string path, BatchFormat format)
    {
        try
        {
            return BatchWriter.Create(path, format);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"cannot write '{path}': {ex.Message}", ex);
        }
    }

    private static async Task<BatchSummary> RunLive(CliContext context, BatchRunner runner, IBatchReader reader, IBatchWriter writer, ErrorSink errors, CancellationToken cancellationToken)
    {
        BatchSummary? summary = null;
        await context.Console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask("starting", maxValue: 1000);
                task.IsIndeterminate = reader.Fraction is null;
                var sink = new SyncProgress<BatchProgress>(p =>
                {
                    task.Value = (p.Fraction ?? 0) * 1000;
                    task.Description = ConsoleText.Escape(Describe(p, withPercent: false));
                });
                summary = await runner.RunAsync(reader, writer, sink, errors, errors, cancellationToken).ConfigureAwait(false);
                task.Value = 1000;
            }).ConfigureAwait(false);
        return summary!;
    }

    private static string Describe(BatchProgress p, bool withPercent = true)
    {
        var percent = withPercent && p.Fraction is { } f ? $"{f * 100,3:0}% " : string.Empty;
        var skipped = p.RowsSkipped > 0 ? $" ({p.RowsSkipped:N0} skipped)" : string.Empty;
        var eta = p.Remaining is { } r && p.Fraction < 1 ? $", ETA {Clock(r)}" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{percent}{p.RowsRead:N0} rows{skipped}, {p.NamesPerSecond:N0} names/s, {p.Matches:N0} matches, elapsed {Clock(p.Elapsed)}{eta}");
    }

    private static string Clock(TimeSpan t) => t.ToString(t.TotalHours >= 1 ? @"h\:mm\:ss" : @"m\:ss", CultureInfo.InvariantCulture);

    private static void Render(CliContext context, string input, string output, BatchSummary s)
    {
        static string N(double value) => value.ToString("N0", CultureInfo.InvariantCulture);
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Batch").AddColumn(new TableColumn("Value").RightAligned());
        table.AddRow("Input", ConsoleText.Escape(input));
        table.AddRow("Output", ConsoleText.Escape(output));
        table.AddRow("Rows read", N(s.RowsRead));
        table.AddRow("Screened", N(s.RowsScreened));
        table.AddRow("Skipped (bad rows)", s.RowsSkipped > 0 ? $"[yellow]{N(s.RowsSkipped)}[/]" : "0");
        table.AddRow("Screened with warnings", s.RowsWithWarnings > 0 ? $"[yellow]{N(s.RowsWithWarnings)}[/]" : "0");
        table.AddRow("Hits written", N(s.Hits));
        table.AddRow("Matches", s.Matches > 0 ? $"[bold red]{N(s.Matches)}[/]" : "0");
        table.AddRow("Rows with a match", N(s.RowsMatched));
        table.AddRow("Elapsed", s.Elapsed.TotalSeconds.ToString("0.00 s", CultureInfo.InvariantCulture));
        table.AddRow("Names/second", N(s.NamesPerSecond));
        table.AddRow("Workers", N(s.Workers));
        context.Console.Write(table);
        ListRows(context, "Skipped rows", s.RowsSkipped, s.Errors);
        ListRows(context, "Screened with warnings", s.RowsWithWarnings, s.Warnings);
    }

    private static void ListRows<T>(CliContext context, string title, long count, IReadOnlyList<T> first)
        where T : notnull
    {
        if (count == 0)
        {
            return;
        }

        context.Console.MarkupLine(ConsoleText.Escape($"{title} ({count.ToString("N0", CultureInfo.InvariantCulture)}):"));
        foreach (var item in first.Take(ErrorsShown))
        {
            context.Console.MarkupLine("  " + ConsoleText.Escape(item.ToString()!));
        }

        if (count > ErrorsShown)
        {
            context.Console.MarkupLine($"  ... and {(count - ErrorsShown).ToString("N0", CultureInfo.InvariantCulture)} more (every one is on stderr)");
        }
    }

    private static DateOrder ParseDateOrder(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        null or "" => DateOrder.Unknown,
        "DMY" => DateOrder.DayFirst,
        "MDY" => DateOrder.MonthFirst,
        _ => throw new CliUsageException($"--date-order '{text}' is not dmy (23/11/1962) or mdy (11/23/1962)."),
    };

    private sealed record Arguments(string? Input, string? Output, string? Format, double? Threshold, int Limit, bool MatchesOnly, string? Encoding, string? DateOrder);

    /// <summary>
    /// Bad rows and warnings to stderr, each with its line: at once in plain mode; after the bar in live mode, where
    /// stderr lines would tear the display.
    /// </summary>
    private sealed class ErrorSink(TextWriter stderr, bool live) : IProgress<BatchRowError>, IProgress<BatchRowWarning>
    {
        private const int MaxBuffered = 1000;
        private readonly List<string> buffered = [];
        private long dropped;

        public void Report(BatchRowError value) => Write($"batch: {value} (skipped)");

        public void Report(BatchRowWarning value) => Write($"batch: warning: {value}");

        public void Flush()
        {
            foreach (var line in buffered)
            {
                stderr.WriteLine(line);
            }

            if (dropped > 0)
            {
                stderr.WriteLine($"batch: ... and {dropped:N0} more bad rows and warnings not shown");
            }
        }

        private void Write(string line)
        {
            // A bad row's message quotes the row.
            line = ConsoleText.Printable(line);
            if (!live)
            {
                stderr.WriteLine(line);
            }
            else if (buffered.Count < MaxBuffered)
            {
                buffered.Add(line);
            }
            else
            {
                dropped++;
            }
        }
    }

    /// <summary>Reports on the runner's writer thread, at once (Progress&lt;T&gt; would post to the thread pool, out of order).</summary>
    private sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
