namespace Vigil.Evaluation;

/// <summary>
/// Where each benchmark file sits under a bench directory (the repository's <c>data/bench</c>). The layout follows
/// the upstream repositories' folders; see <c>data/bench/SOURCES.md</c>.
/// </summary>
/// <param name="Directory">The bench directory.</param>
public sealed record BenchFiles(string Directory)
{
    /// <summary>The seed of the name benchmark's 50/50 split (the date the harness was written).</summary>
    public const int SplitSeed = 20261128;

    /// <summary>Labelled name pairs.</summary>
    public string NameCases => Path.Combine(Directory, "name_bench", "cases.csv");

    /// <summary>OpenSanctions logic-v2 scores on the name cases, for the side-by-side comparison.</summary>
    public string LogicV2 => Path.Combine(Directory, "name_bench", "logicv2-frozen.csv");

    /// <summary>Whole-entity checks.</summary>
    public string EntityChecks => Path.Combine(Directory, "entity_bench", "checks.yml");

    /// <summary>OFAC Sanctions List Search scores.</summary>
    public string OfacFixtures => Path.Combine(Directory, "ofac_parity", "ofac_fixtures.csv");

    /// <summary>UN listed persons with realistic noise.</summary>
    public string UnTreated => Path.Combine(Directory, "candidates", "positives_un_treated.csv");

    /// <summary>UN listed persons as listed.</summary>
    public string UnUntreated => Path.Combine(Directory, "candidates", "positives_un_untreated.csv");

    /// <summary>The expected UN entity of each UN row, derived once (see SOURCES.md).</summary>
    public string UnExpected => Path.Combine(Directory, "candidates", "un_expected.csv");

    /// <summary>Synthetic non-listed people, worldwide names (gzipped).</summary>
    public string NegativesGlobal => Path.Combine(Directory, "candidates", "negatives_global.csv.gz");

    /// <summary>Synthetic non-listed people, Western names (gzipped).</summary>
    public string NegativesUs => Path.Combine(Directory, "candidates", "negatives_us.csv.gz");

    /// <summary>US legislators: politically exposed, not sanctioned.</summary>
    public string Congress => Path.Combine(Directory, "candidates", "positives_us_congress_untreated.csv");
}
