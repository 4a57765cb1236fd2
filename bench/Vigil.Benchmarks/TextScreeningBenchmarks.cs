using BenchmarkDotNet.Attributes;
using Vigil.Screening.Text;

namespace Vigil.Benchmarks;

/// <summary>
/// Free-text screening of one text over the bundled lists, the text screener built once. <c>Article5K</c> is the
/// Ex-Cle designation report followed by the city council report from the test fixtures (about 5.4 KB, two listed
/// entities, dozens of unlisted names); the target is 5 ms or less per article after warm-up. <c>Remittance</c> is
/// one capitals-only remittance line, the payment screener's common case. <c>GermanFrench</c> and
/// <c>RussianUkrainian</c> are the reports on Prigozhin's death as those languages' press writes them; <c>Arabic</c>
/// the Ex-Cle report and a council report in Arabic letters.
/// </summary>
[MemoryDiagnoser]
public class TextScreeningBenchmarks
{
    private TextScreener screener = null!;
    private string text = string.Empty;

    [Params("Article5K", "SportsReport", "Remittance", "GermanFrench", "RussianUkrainian", "Arabic")]
    public string Text { get; set; } = "Article5K";

    [GlobalSetup]
    public void Setup()
    {
        screener = new TextScreener(BundledLists.Lists.Screener);
        text = Text switch
        {
            "Article5K" => Fixture("excle-designation.txt") + "\n\n" + Fixture("city-council-report.txt"),
            "SportsReport" => Fixture("sports-report.txt"),
            "GermanFrench" => Fixture("german-press.txt") + "\n\n" + Fixture("french-press.txt"),
            "RussianUkrainian" => Fixture("russian-press.txt") + "\n\n" + Fixture("ukrainian-press.txt"),
            "Arabic" => Fixture("arabic-press.txt") + "\n\n" + Fixture("majlis-baladi.txt"),
            _ => "INV 2231 PAYMENT TO EX CLE SOLUCIONES BIOMETRICAS CARACAS",
        };
    }

    [Benchmark]
    public TextScreeningResult Screen() => screener.Screen(text);

    private static string Fixture(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "tests", "Vigil.Screening.Tests", "Fixtures", "Text", name);
            if (File.Exists(path))
            {
                return File.ReadAllText(path);
            }
        }

        throw new FileNotFoundException($"Text fixture '{name}' not found above the benchmark binaries; run from a Vigil checkout.");
    }
}
