using System.CommandLine;
using System.Globalization;
using Vigil.Evaluation;
using Vigil.Evaluation.Candidates;
using Vigil.Evaluation.Cases;
using Vigil.Evaluation.CrossScript;
using Vigil.Evaluation.Data;
using Vigil.Evaluation.EntityBench;
using Vigil.Evaluation.NameBench;
using Vigil.Evaluation.OfacParity;
using Vigil.Evaluation.Reports;
using Vigil.Matching.Screening;
using Vigil.Model;
using Vigil.Screening.Lists;
using Vigil.Sources;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil eval SET</c> and <c>vigil eval --cases FILE.tsv</c>: runs a labelled benchmark (or the user's own cases)
/// and prints precision, recall, F1 and every miss, as tables or as one JSON document.
/// </summary>
internal static class EvalCommand
{
    private static readonly string[] Sets = ["name-bench", "entity-bench", "ofac-parity", "un-recall", "negatives", "cross-script"];

    public static Command Create(CliContext context)
    {
        var set = new Argument<string?>("set") { Description = string.Join(", ", Sets), Arity = ArgumentArity.ZeroOrOne };
        set.AcceptOnlyFromAmong(Sets);
        var cases = new Option<string?>("--cases") { Description = "Run your own cases: a TSV with header query<TAB>schema<TAB>expected (entity id or NONE)" };
        var json = new Option<bool>("--json") { Description = "Print one JSON document (every miss included)" };
        var threshold = new Option<double?>("--threshold") { Description = "Score (0..1) at which a result is a match; default from matching options (0.70)" };
        var fit = new Option<bool>("--fit") { Description = "name-bench: fit the name weights on half A and print them as C#" };
        var benchDir = new Option<string?>("--bench-dir") { Description = "Folder of the benchmark files (default: the repository's data/bench)" };
        var maxRows = new Option<int>("--max-rows") { Description = "Rows shown per table (the JSON has all)", DefaultValueFactory = _ => ReportRenderer.DefaultMaxRows };
        var writeMapping = new Option<bool>("--write-mapping") { Description = "un-recall: derive the expected UN ids anew and write candidates/un_expected.csv" };
        var command = new Command("eval", "Measure matching quality on the labelled benchmark sets or on your own cases")
        {
            set, cases, json, threshold, fit, benchDir, maxRows, writeMapping,
        };
        command.SetAction(parse =>
        {
            var name = parse.GetValue(set);
            var casesFile = parse.GetValue(cases);
            if ((name is null) == (casesFile is null))
            {
                throw new CliUsageException($"give either a set ({string.Join(", ", Sets)}) or --cases FILE.tsv.");
            }

            var t = parse.GetValue(threshold);
            if (t is < 0 or > 1)
            {
                throw new CliUsageException($"--threshold {t?.ToString(CultureInfo.InvariantCulture)} must be within 0..1.");
            }

            if (parse.GetValue(fit) && name != "name-bench")
            {
                throw new CliUsageException("--fit applies to name-bench only.");
            }

            if (parse.GetValue(writeMapping) && name != "un-recall")
            {
                throw new CliUsageException("--write-mapping applies to un-recall only.");
            }

            var rows = parse.GetValue(maxRows);
            if (rows < 1)
            {
                throw new CliUsageException($"--max-rows {rows} must be at least 1.");
            }

            IEvaluationReport report;
            try
            {
                report = casesFile is not null
                    ? CasesEvaluator.Evaluate(context.Lists(parse).Screener, casesFile, CaseFileReader.Read(casesFile), t)
                    : Run(context, parse, name!, Files(parse.GetValue(benchDir)), t, parse.GetValue(fit), parse.GetValue(writeMapping));
            }
            catch (BenchDataException ex)
            {
                throw new CliUsageException(ex.Message, ex);
            }

            if (parse.GetValue(json))
            {
                context.Out.WriteLine(ReportJson.Serialize(report));
            }
            else
            {
                context.Console.Write(ReportRenderer.Render(report, rows));
            }

            return 0;
        });
        return command;
    }

    private static BenchFiles Files(string? benchDir)
    {
        var dir = !string.IsNullOrWhiteSpace(benchDir) ? Path.GetFullPath(benchDir) : DataDirectory.FindBundled("bench");
        if (dir is null || !Directory.Exists(dir))
        {
            throw new CliUsageException($"benchmark folder '{dir ?? "data/bench"}' not found: run from a Vigil checkout or pass --bench-dir.");
        }

        return new BenchFiles(dir);
    }

    private static IEvaluationReport Run(CliContext context, ParseResult parse, string set, BenchFiles files, double? threshold, bool fit, bool writeMapping)
    {
        switch (set)
        {
            case "name-bench":
            {
                var (preparer, stats) = ListsOrUniform(context, parse) is { } s ? (s.Preparer, $"{s.Preparer.Statistics.NameCount:N0} names of the loaded lists") : (Matching.Names.NamePreparer.Uniform, "uniform (no lists loaded)");
                var options = new NameBenchOptions { Threshold = threshold ?? Matching.MatchingOptions.Default.MatchThreshold, Fit = fit };
                return new NameBenchEvaluator(preparer, tokenStatistics: stats).Evaluate(NameCaseReader.Read(files.NameCases), LogicV2Reader.Read(files.LogicV2), options);
            }

            case "entity-bench":
                return EntityBenchEvaluator.Evaluate(ListsOrUniform(context, parse) ?? new Screener([]), EntityCheckReader.Read(files.EntityChecks), threshold);
            case "ofac-parity":
                return OfacParityEvaluator.Evaluate(ListsOrUniform(context, parse) ?? new Screener([]), OfacFixtureReader.Read(files.OfacFixtures));
            case "un-recall":
                return UnRecall(context, parse, files, threshold, writeMapping);
            case "cross-script":
                return CrossScript(context, parse, threshold);
            default:
            {
                var screener = context.Lists(parse).Screener;
                var sets = new[]
                {
                    new NegativeSet("negatives_global", CandidateReader.Read(files.NegativesGlobal)),
                    new NegativeSet("negatives_us", CandidateReader.Read(files.NegativesUs)),
                    new NegativeSet("positives_us_congress_untreated", CandidateReader.Read(files.Congress)),
                };
                var total = sets.Sum(s => s.Rows.Count);
                var progress = new SyncProgress(n =>
                {
                    if (n % 20000 == 0 || n == total)
                    {
                        context.Error.WriteLine($"negatives: {n:N0} of {total:N0} screened");
                    }
                });
                return NegativesEvaluator.Evaluate(screener, sets, threshold, progress);
            }
        }
    }

    private static UnRecallReport UnRecall(CliContext context, ParseResult parse, BenchFiles files, double? threshold, bool writeMapping)
    {
        var un = LoadedLists.Load(context.ListsDirectory(parse), catalog: new ListCatalog([UnSource()]));
        var treated = CandidateReader.Read(files.UnTreated);
        var untreated = CandidateReader.Read(files.UnUntreated);
        if (writeMapping)
        {
            var derived = UnExpectedMapping.Derive(untreated, un.Screener.Entities);
            UnExpectedMapping.Write(files.UnExpected, derived);
            context.Error.WriteLine($"un-recall: wrote {files.UnExpected} ({derived.Count(d => d.ExpectedId is not null)} of {derived.Length} rows mapped)");
        }

        return UnRecallEvaluator.Evaluate(un.Screener, treated, untreated, UnExpectedMapping.Read(files.UnExpected), threshold);
    }

    /// <summary>The UN list's own-script names against every other list (<see cref="CrossScriptCases"/>).</summary>
    private static CasesReport CrossScript(CliContext context, ParseResult parse, double? threshold)
    {
        var dir = context.ListsDirectory(parse);
        var un = UnSource();
        var unFolder = Path.Combine(dir, un.Code);
        if (!Directory.Exists(unFolder))
        {
            throw new CliUsageException($"cross-script needs the UN list: '{unFolder}' not found.");
        }

        var others = LoadedLists.Load(dir, catalog: new ListCatalog(ListCatalog.Default.Sources.Where(s => s != un)));
        var cases = CrossScriptCases.Derive(un.Load(unFolder).Entities, others.Screener);
        return CasesEvaluator.Evaluate(others.Screener, $"cross-script: {cases.Length} own-script names of UN parties against {string.Join(", ", others.Screener.Lists.Select(l => l.Source))}", cases, threshold);
    }

    private static IListSource UnSource() =>
        ListCatalog.Default.Find(ListSources.UnSecurityCouncil) ?? throw new CliUsageException("this build reads no UN list.");

    // Token statistics come from the loaded lists where there are any; with no list folder the benchmarks still run, uniformly weighted.
    private static Screener? ListsOrUniform(CliContext context, ParseResult parse)
    {
        try
        {
            return context.Lists(parse).Screener;
        }
        catch (DirectoryNotFoundException ex)
        {
            context.Error.WriteLine($"vigil: {ex.Message} Token weights are uniform.");
            return null;
        }
    }

    // Progress<T> posts to the thread pool out of order; this reports on the calling thread, in order enough for a counter.
    private sealed class SyncProgress(Action<int> report) : IProgress<int>
    {
        private readonly Lock gate = new();

        public void Report(int value)
        {
            lock (gate)
            {
                report(value);
            }
        }
    }
}
