using System.Collections.Immutable;
using System.Text.Json;
using Spectre.Console;
using Vigil.Evaluation.Candidates;
using Vigil.Evaluation.Cases;
using Vigil.Evaluation.EntityBench;
using Vigil.Evaluation.Metrics;
using Vigil.Evaluation.NameBench;
using Vigil.Evaluation.OfacParity;
using Vigil.Evaluation.Reports;
using Vigil.Matching.Names;
using Vigil.Matching.Screening;

namespace Vigil.Evaluation.Tests.Reports;

public sealed class ReportOutputTests
{
    private static readonly NameCase[] NameCases =
    [
        new(2, "g", "Person", "Olaf [bold]Scholz", "Olaf Scholz", true, "STRONG", string.Empty, string.Empty),
        new(3, "g", "Person", "Angela Merkel", "Vladimir Putin", true, "WEAK", string.Empty, "a labelled oddity"),
    ];

    public static TheoryData<string> Kinds => ["name-bench", "entity-bench", "ofac-parity", "negatives", "cases"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Serialize_AnyReport_PutsEvaluationAndTheThreeFiguresFirst(string kind)
    {
        var report = Make(kind);

        using var doc = JsonDocument.Parse(ReportJson.Serialize(report));

        var names = doc.RootElement.EnumerateObject().Select(p => p.Name).Take(4).ToArray();
        Assert.Equal(["evaluation", "precision", "recall", "f1"], names);
        Assert.Equal(kind, doc.RootElement.GetProperty("evaluation").GetString());
    }

    [Fact]
    public void Serialize_Negatives_HasNullFiguresAndTheRates()
    {
        var report = (NegativesReport)Make("negatives");

        using var doc = JsonDocument.Parse(ReportJson.Serialize(report));

        var root = doc.RootElement;
        Assert.Equal(JsonValueKind.Null, root.GetProperty("precision").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("recall").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("f1").ValueKind);
        Assert.Equal(0.25, root.GetProperty("falsePositiveRate").GetDouble(), 12);
        Assert.Equal(0.5, root.GetProperty("rates").GetProperty("a").GetDouble(), 12);
        Assert.Equal(0.0, root.GetProperty("rates").GetProperty("b").GetDouble(), 12);
        Assert.Equal(1, root.GetProperty("falseHits").GetArrayLength());
    }

    [Fact]
    public void Serialize_Negatives_PutsItsRatesRightAfterTheThreeFigures()
    {
        using var doc = JsonDocument.Parse(ReportJson.Serialize(Make("negatives")));

        var names = doc.RootElement.EnumerateObject().Select(p => p.Name).Take(6).ToArray();
        Assert.Equal(["evaluation", "precision", "recall", "f1", "falsePositiveRate", "rates"], names);
    }

    [Fact]
    public void Serialize_ReportWithCounts_TakesTheFiguresFromThem_AndOfacParityHasNone()
    {
        var cases = new CasesReport("c.tsv", 0.7, 4, new ConfusionMatrix(2, 1, 1, 0), [], [], []);

        using var doc = JsonDocument.Parse(ReportJson.Serialize(cases));
        using var parity = JsonDocument.Parse(ReportJson.Serialize(Make("ofac-parity")));

        Assert.Equal((2.0 / 3, 2.0 / 3, 2.0 / 3), (cases.Precision!.Value, cases.Recall!.Value, cases.F1!.Value));
        Assert.Equal(2.0 / 3, doc.RootElement.GetProperty("precision").GetDouble(), 12);
        Assert.Equal(JsonValueKind.Null, parity.RootElement.GetProperty("f1").ValueKind);
    }

    [Fact]
    public void Render_MoreRowsThanShown_ShowsTheFirstAndSaysHowManyThereAre()
    {
        var miss = new CaseMiss(2, "Ann Smith", "Person", "x:1", null, null, null, "first miss");
        var report = new CasesReport("c.tsv", 0.7, 3, new ConfusionMatrix(0, 0, 3, 0), [], [], [miss, miss with { Line = 3, Explanation = "second miss" }, miss with { Line = 4, Explanation = "third miss" }]);

        var cut = Print(ReportRenderer.Render(report, maxRows: 2));
        var all = Print(ReportRenderer.Render(report, maxRows: 3));

        Assert.Contains("second miss", cut, StringComparison.Ordinal);
        Assert.DoesNotContain("third miss", cut, StringComparison.Ordinal);
        Assert.Contains("2 of 3 shown; --json lists all", cut, StringComparison.Ordinal);
        Assert.Contains("third miss", all, StringComparison.Ordinal);
        Assert.DoesNotContain("shown; --json", all, StringComparison.Ordinal);
    }

    private static string Print(Spectre.Console.Rendering.IRenderable renderable)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 400;
        console.Write(renderable);
        return writer.ToString();
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Render_AnyReport_PrintsDataTextAsWritten(string kind)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 400;

        console.Write(ReportRenderer.Render(Make(kind)));

        var text = writer.ToString();
        Assert.Contains(kind, text, StringComparison.Ordinal);
        if (kind == "name-bench")
        {
            // Markup in data is printed, not interpreted.
            Assert.Contains("[bold]", text, StringComparison.Ordinal);
        }
    }

    private static IEvaluationReport Make(string kind) => kind switch
    {
        "name-bench" => new NameBenchEvaluator(NamePreparer.Uniform).Evaluate(NameCases, [], new NameBenchOptions { Fit = false, Threshold = 0.999 }),
        "entity-bench" => EntityBenchEvaluator.Evaluate(new Screener([]), EntityCheckReader.Read(new StringReader("checks:\n  - match: true\n    schema: Person\n    query: {name: A B}\n    candidate: {name: A B}\n"), "inline")),
        "ofac-parity" => OfacParityEvaluator.Evaluate(new Screener([]), [new OfacFixture(2, "GEORGE BUSH", "BUSH, George", 100), new OfacFixture(3, "GEORGE BUSH", "GEO HIT", null)]),
        "negatives" => new NegativesReport(
            0.7,
            10,
            [new NegativeSetResult("a", 2, 1), new NegativeSetResult("b", 2, 0)],
            [new NegativeHit("a", 1, "John Smith", "1970", "US", "x:1", "John Smith", 0.9, "matched: john, smith")]),
        "cases" => new CasesReport("c.tsv", 0.7, 1, new ConfusionMatrix(0, 0, 1, 0), [new GroupMetrics("Person", new ConfusionMatrix(0, 0, 1, 0))], ImmutableArray<string>.Empty, [new CaseMiss(2, "A", "Person", "x:1", null, null, null, "expected entity is not in the loaded lists")]),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    [Fact]
    public void Render_UnRecallReport_ShowsBothFiles()
    {
        var file = new UnRecallFile("positives_un_treated.csv", 3, 2, 1, 0.5, 0.5, 1, new ConfusionMatrix(1, 0, 1, 0), [new UnMiss(2, "A B", "1970", "af", "un-sc:X.1", "A B", 0.4, true, null, null, null, "matched: a")]);
        var report = new UnRecallReport(0.7, 5, 3, [], ImmutableSortedDictionary<string, int>.Empty.Add("name", 2), file.Metrics, [file, file with { File = "positives_un_untreated.csv" }]);
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No });
        console.Profile.Width = 300;

        console.Write(ReportRenderer.Render(report));

        Assert.Contains("positives_un_untreated.csv", writer.ToString(), StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(ReportJson.Serialize(report));
        Assert.Equal(0.5, doc.RootElement.GetProperty("recall").GetDouble(), 12);
    }
}
