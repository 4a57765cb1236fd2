using System.Collections.Immutable;
using Vigil.Evaluation.Data;
using Vigil.Evaluation.Fitting;
using Vigil.Evaluation.Metrics;
using Vigil.Matching.Names;
using Vigil.Matching.Scoring;

namespace Vigil.Evaluation.NameBench;

/// <summary>
/// Scores each labelled name pair with the matcher's name comparison (<see cref="NameComparer"/>) and counts the
/// decisions at the threshold; optionally fits the name weights on half A of the seeded split.
/// </summary>
public sealed class NameBenchEvaluator
{
    // The logit NameComparer gives when nothing identifying matched; also used for a blank name.
    private const double NothingLogit = -12.0;

    private readonly NamePreparer preparer;
    private readonly NameComparer comparer;
    private readonly string tokenStatistics;

    /// <summary>Creates the evaluator.</summary>
    /// <param name="preparer">Prepares names; a screener's preparer carries the bundled lists' token rarity.</param>
    /// <param name="weights">The name weights to evaluate; the defaults when null.</param>
    /// <param name="tokenStatistics">A short account of where the preparer's token statistics came from, for the report.</param>
    public NameBenchEvaluator(NamePreparer preparer, NameScoringWeights? weights = null, string? tokenStatistics = null)
    {
        ArgumentNullException.ThrowIfNull(preparer);
        this.preparer = preparer;
        comparer = new NameComparer(weights ?? NameScoringWeights.Default);
        this.tokenStatistics = tokenStatistics ?? (preparer.Statistics.NameCount == 0 ? "uniform" : $"{preparer.Statistics.NameCount:N0} listed names");
    }

    /// <summary>Runs the benchmark.</summary>
    public NameBenchReport Evaluate(IReadOnlyList<NameCase> cases, IReadOnlyList<LogicV2Score> logicV2, NameBenchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(logicV2);
        options ??= new NameBenchOptions();
        var inA = NameBenchSplit.HalfA(cases, options.Seed);
        var scored = new Scored[cases.Count];
        for (var i = 0; i < cases.Count; i++)
        {
            scored[i] = Score(cases[i], inA[i]);
        }

        // The frozen run predates some edits of cases.csv (a group renamed, a few labels flipped): join on the pair
        // itself and count both matchers against the current label.
        var logicByKey = new Dictionary<string, LogicV2Score>(StringComparer.Ordinal);
        foreach (var row in logicV2)
        {
            logicByKey.TryAdd(Key(row.Schema, row.Name1, row.Name2), row);
        }

        var logicOfCase = new double?[cases.Count];
        var relabelled = 0;
        for (var i = 0; i < cases.Count; i++)
        {
            var c = cases[i];
            if (logicByKey.TryGetValue(Key(c.Schema, c.Name1, c.Name2), out var row))
            {
                logicOfCase[i] = row.Score;
                relabelled += row.IsMatch != c.IsMatch ? 1 : 0;
            }
        }

        var t = options.Threshold;
        var overall = ConfusionMatrix.Count(scored, s => s.Case.IsMatch, s => s.Score >= t);
        var groups = GroupMetrics.By(scored, s => s.Case.Group, s => s.Case.IsMatch, s => s.Score >= t);
        var halves = GroupMetrics.By(scored, s => s.Half, s => s.Case.IsMatch, s => s.Score >= t);
        var best = ThresholdPoint.BestF1([.. scored.Select(s => (s.Case.IsMatch, s.Score))]);
        var comparison = Compare(cases, scored, logicV2, logicOfCase, relabelled, options);

        var misses = ImmutableArray.CreateBuilder<NameMiss>();
        for (var i = 0; i < scored.Length; i++)
        {
            var s = scored[i];
            var got = s.Score >= t;
            if (got != s.Case.IsMatch)
            {
                misses.Add(new NameMiss(s.Case.Line, s.Case.Group, s.Case.Schema, s.Case.Name1, s.Case.Name2, s.Case.IsMatch, got, s.Score, logicOfCase[i], s.Half, s.Case.Quality, s.Case.Notes, ExplainCase(s.Case)));
            }
        }

        var fit = options.Fit ? FitWeights(scored, options) : null;
        return new NameBenchReport(t, tokenStatistics, options.Seed, overall, groups, halves, best, comparison, fit, misses.ToImmutable());
    }

    private static string Key(string schema, string name1, string name2) => string.Join('\u001f', schema, name1, name2);

    private static LogicV2Comparison Compare(IReadOnlyList<NameCase> cases, Scored[] scored, IReadOnlyList<LogicV2Score> logicV2, double?[] logicOfCase, int relabelled, NameBenchOptions options)
    {
        var lt = options.LogicV2Threshold;
        var all = ConfusionMatrix.Count(logicV2, r => r.IsMatch, r => r.Score >= lt);
        var best = ThresholdPoint.BestF1([.. logicV2.Select(r => (r.IsMatch, r.Score))]);
        var joined = Enumerable.Range(0, cases.Count).Where(i => logicOfCase[i] is not null).ToList();
        var vigil = ConfusionMatrix.Count(joined, i => cases[i].IsMatch, i => scored[i].Score >= options.Threshold);
        var logicJoined = ConfusionMatrix.Count(joined, i => cases[i].IsMatch, i => logicOfCase[i] >= lt);
        ImmutableArray<GroupComparison> By(Func<int, string> group) =>
            [.. joined.GroupBy(group, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new GroupComparison(
                g.Key,
                ConfusionMatrix.Count(g, i => cases[i].IsMatch, i => logicOfCase[i] >= lt),
                ConfusionMatrix.Count(g, i => cases[i].IsMatch, i => scored[i].Score >= options.Threshold)))];

        return new LogicV2Comparison(lt, logicV2.Count, joined.Count, relabelled, all, best, vigil, logicJoined, By(i => cases[i].Group), By(i => scored[i].Half));
    }

    private static NameFitResult FitWeights(Scored[] scored, NameBenchOptions options)
    {
        // Cases where nothing identifying matched score the fixed floor whatever the weights: leave them out of the fit.
        var training = scored.Where(s => s.Half == "A" && s.Vector is not null).ToList();
        var fixedCases = scored.Count(s => s.Half == "A" && s.Vector is null);
        var fit = LogisticRegression.Fit([.. training.Select(s => s.Vector!)], [.. training.Select(s => s.Case.IsMatch)], options.FitOptions);
        var weights = new NameScoringWeights { Bias = fit.Bias, Weights = fit.Weights };
        var fitted = new NameComparer(weights);
        double Rescore(Scored s) => s.Vector is null ? 0 : Sigmoid(fitted.LogitOf(s.Features));
        var t = options.Threshold;
        var bestOnA = ThresholdPoint.BestF1([.. scored.Where(s => s.Half == "A").Select(s => (s.Case.IsMatch, Rescore(s)))]);
        return new NameFitResult(
            weights,
            fit,
            options.FitOptions.L2,
            training.Count,
            fixedCases,
            ConfusionMatrix.Count(scored.Where(s => s.Half == "A"), s => s.Case.IsMatch, s => Rescore(s) >= t),
            ConfusionMatrix.Count(scored.Where(s => s.Half == "B"), s => s.Case.IsMatch, s => Rescore(s) >= t),
            ConfusionMatrix.Count(scored, s => s.Case.IsMatch, s => Rescore(s) >= t),
            bestOnA,
            ConfusionMatrix.Count(scored.Where(s => s.Half == "B"), s => s.Case.IsMatch, s => Rescore(s) >= bestOnA.Threshold),
            WeightsCode.ToCSharp(weights));
    }

    private Scored Score(NameCase c, bool inA)
    {
        var half = inA ? "A" : "B";
        if (string.IsNullOrWhiteSpace(c.Name1) || string.IsNullOrWhiteSpace(c.Name2))
        {
            return new Scored(c, half, 0, default, null);
        }

        var schema = BenchSchema.Parse(c.Schema);
        var q = preparer.Prepare(c.Name1, schema);
        var l = preparer.Prepare(c.Name2, schema);
        var features = NameComparer.Measure(q, l);
        if (features.Nothing)
        {
            return new Scored(c, half, Sigmoid(NothingLogit), features, null);
        }

        var vector = new double[NameFeatures.VectorLength];
        features.WriteVector(vector);
        return new Scored(c, half, Sigmoid(comparer.LogitOf(features)), features, vector);
    }

    private string ExplainCase(NameCase c)
    {
        if (string.IsNullOrWhiteSpace(c.Name1) || string.IsNullOrWhiteSpace(c.Name2))
        {
            return "blank name: compared as a non-match";
        }

        var schema = BenchSchema.Parse(c.Schema);
        return comparer.Explain(preparer.Prepare(c.Name1, schema), preparer.Prepare(c.Name2, schema)).Summary;
    }

    private static double Sigmoid(double z) => 1.0 / (1.0 + Math.Exp(-z));

    private sealed record Scored(NameCase Case, string Half, double Score, NameFeatures Features, double[]? Vector);
}
