using Vigil.Matching.Index;
using Vigil.Matching.Names;
using Vigil.Matching.Scoring;
using Vigil.Model;

namespace Vigil.Matching.Tests.Scoring;

/// <summary>
/// The logit bound lets screening skip candidates without aligning them; it is only sound if it is never below the
/// logit itself. Names are drawn from words that exercise every rule the bound must foresee: compounds written
/// together or apart, initials, acronyms, legal forms, numbers, patronymics, repeats, generic words, places, words of
/// the kind of body and the purpose after them.
/// </summary>
public sealed class LogitBoundTests
{
    private static readonly string[] Words =
    [
        "ex", "cle", "excle", "exkle", "soluciones", "solciones", "biometricas", "van", "der", "bilt", "vanderbilt", "j", "c",
        "jc", "jean", "claude", "mohammed", "muhammad", "mohamed", "bin", "ibn", "salman", "sultan", "ivanov", "ivanovich",
        "viktorovich", "sergey", "sergei", "trading", "group", "company", "ltd", "llc", "gmbh", "ag", "corp", "2004",
        "44", "victory", "3", "aziz", "abdul", "al", "the", "bank", "melli", "bm", "tse", "tung", "zedong", "mao", "a",
        "kim", "jong", "un", "jongun", "smith", "smyth", "schmidt", "petrov", "petrova", "fund", "i", "maduro", "moros",
        "rahman", "abdulrahman", "abdelrahman", "abdulrahmen", "tanderbilt", "association", "movement", "dubai", "for",
        "development",
    ];

    private static readonly NamePreparer Preparer = new(TokenStatistics.Build(Words.Select(w => new[] { w }).Concat([["trading", "group"], ["mohammed", "ali"]])));

    public static TheoryData<int> Seeds => [1, 2, 3];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void LogitUpperBound_RandomNames_NeverBelowTheLogit(int seed)
    {
        var random = new Random(seed);
        var comparers = new[] { NameComparer.Default, new NameComparer(RandomWeights(random)), new NameComparer(RandomWeights(random)) };
        for (var n = 0; n < 6_000; n++)
        {
            var a = Draw(random);
            var b = random.Next(4) == 0 ? Perturb(a, random) : Draw(random);
            foreach (var comparer in comparers)
            {
                AssertBounded(comparer, a, b);
                AssertBounded(comparer, b, a);
            }
        }
    }

    [Theory]
    [InlineData("Ex-Cle Solciones Biometricas", "EX-CLE SOLUCIONES BIOMETRICAS C.A.", Schema.Organization)]
    [InlineData("Excle Soluciones", "EX CLE SOLUCIONES", Schema.Organization)]
    [InlineData("JC Smith", "Jean Claude Smith", Schema.Person)]
    [InlineData("BM", "Bank Melli", Schema.Organization)]
    [InlineData("Mao Zedong", "Mao Tse-tung", Schema.Person)]
    [InlineData("Salman bin Muhammad", "Muhammad bin Salman", Schema.Person)]
    [InlineData("Victory", "Victory 3", Schema.Organization)]
    [InlineData("Sergey Ivanov", "Sergey Viktorovich Ivanov", Schema.Person)]
    [InlineData("Abdul Aziz Aziz", "Abdul Aziz", Schema.Person)]
    [InlineData("Ali Ben Ali", "ABU ALI", Schema.Person)]
    [InlineData("ALI, Abu", "Ali Ali", Schema.Person)]
    [InlineData("Abdelrahman Salman", "Abdul Rahman Salman", Schema.Person)]
    [InlineData("Abdulrahmen Trading", "Abdul Rahman Trading", Schema.Organization)]
    [InlineData("Tanderbilt Trading", "Van der Bilt Trading", Schema.Organization)]
    [InlineData("Holy Land Foundation", "Holy Land Foundation for Relief and Development", Schema.Organization)]

    // A compound whose first letter and first sound differ, under ten letters: only the last letters tie them.
    [InlineData("Vanderbil Trading", "Tander Bil Trading", Schema.Organization)]

    // Neither end letter nor first sound the same, the word under twelve letters: the window's twelve letters allow
    // the two edits.
    [InlineData("Tanderbilte Trading", "Van der Bilten Trading", Schema.Organization)]

    // Initials against a listed one-word name: of three letters (not an acronym when listed) and of four.
    [InlineData("Stonegate Prairie Partners", "SPP", Schema.Organization)]
    [InlineData("Stonegate Prairie Partners Holding", "SPPH", Schema.Organization)]

    // Syllables read from Hangul against the lists' spelling of them ("jeong" / "Jong", "eun" / "Un").
    [InlineData("김정은", "KIM, Jong Un", Schema.Person)]
    [InlineData("김정은", "Kim Jongun", Schema.Person)]
    [InlineData("리병철", "Ri Pyong Chol", Schema.Person)]

    // A name read from Chinese or Korean characters counts its leftovers as the shorter name's, whichever is shorter,
    // in the logit and in the bound alike; and a pinyin syllable does not align with another.
    [InlineData("明宗 怡君 李", "LI, Yi", Schema.Person)]
    [InlineData("李怡", "Li Yi Jun Ming", Schema.Person)]
    [InlineData("成 朱", "CHEN, Zhu", Schema.Person)]
    [InlineData("지영 상호 김", "KIM, Sang-ho", Schema.Person)]
    [InlineData("김정", "Kim Jong Un Chol", Schema.Person)]

    // Names without a word of their own: the generic-only cap is lifted between two of them.
    [InlineData("Centre of Digital Technologies", "CENTER OF DIGITAL TECHNOLOGIES", Schema.Organization)]
    [InlineData("J & P Advertising", "J & P ADVERTISING, S.A. DE C.V.", Schema.Organization)]
    [InlineData("Global Services Group", "GLOBAL SERVICES", Schema.Organization)]
    [InlineData("International Tanker Limtied", "INTERNATIONAL TANKER LIMITED", Schema.Organization)]
    [InlineData("By Trade OU", "BY TRADE OU", Schema.Organization)]
    [InlineData("Trade LLC", "BY TRADE OU", Schema.Organization)]
    [InlineData("Trading Company", "AL-TAWFIQ TRADING COMPANY", Schema.Organization)]

    // Words read from Arabic letters join into a Latin word by the letters they write, not by spelling or sound.
    [InlineData("ساجدة خير الله طلفاح", "Sajida Khayrallah Tilfah", Schema.Person)]
    [InlineData("عبداللطیف بن عبدلله", "Abd al Latif bin Abdallah", Schema.Person)]
    [InlineData("محمد امين", "Muhammadamin", Schema.Person)]
    public void LogitUpperBound_KnownHardPairs_NeverBelowTheLogit(string a, string b, Schema schema)
    {
        var x = Preparer.Prepare(a, schema);
        var y = Preparer.Prepare(b, schema);
        AssertBounded(NameComparer.Default, x, y);
        AssertBounded(NameComparer.Default, y, x);
    }

    private static void AssertBounded(NameComparer comparer, PreparedName query, PreparedName candidate)
    {
        var n = Math.Min(query.Tokens.Length, Alignment.MaxTokens);
        var m = Math.Min(candidate.Tokens.Length, Alignment.MaxTokens);
        var sim = new double[n * m];
        var how = new byte[n * m];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                sim[(i * m) + j] = TokenSimilarity.Compute(query, i, candidate, j, out var kind);
                how[(i * m) + j] = (byte)kind;
            }
        }

        var logit = comparer.Logit(query, candidate, sim, how);
        Assert.Equal(comparer.Logit(query, candidate), logit);
        var bound = comparer.LogitUpperBound(query, NameHeader.Of(query), Shapes(query, n), candidate, NameHeader.Of(candidate), Shapes(candidate, m), sim);
        Assert.True(bound >= logit - 1e-9, $"'{query}' / '{candidate}': bound {bound} < logit {logit} ({NameComparer.Measure(query, candidate)})");

        // Screening reads the compounds of the candidate's tokens from what it keeps of the query (each listed token's
        // worked out once a query): the same bound.
        var table = new NameTable([candidate]);
        var known = new QueryTokenSimilarities();
        var queryShapes = Shapes(query, n);
        known.Reset(query, NameHeader.Of(query), queryShapes, table);
        var listed = table.ShapesOf(table.HeaderOf(0));
        var filled = new double[n * m];
        var joins = known.Fill(listed, table.HeaderOf(0).Person, filled);

        // Exact where a pair may align; below the minimum screening leaves what the shapes rule out at 0.
        for (var k = 0; k < sim.Length; k++)
        {
            Assert.True(sim[k] >= Alignment.MinSimilarity ? filled[k] == sim[k] : filled[k] < Alignment.MinSimilarity, $"'{query}' / '{candidate}': cell {k} {filled[k]}, else {sim[k]}");
        }

        var screened = comparer.LogitUpperBound(query, NameHeader.Of(query), queryShapes, candidate, table.HeaderOf(0), listed, filled, candidateCodes: table.SoundCodesOf(table.HeaderOf(0)), known: known, candidateJoins: joins);
        Assert.True(screened == bound, $"'{query}' / '{candidate}': bound in screening {screened}, else {bound}");

        // The looser first bound (compounds taken from the shapes alone) must hold too, and be no tighter.
        var loose = comparer.LogitUpperBound(query, NameHeader.Of(query), Shapes(query, n), candidate, NameHeader.Of(candidate), Shapes(candidate, m), sim, needed: double.PositiveInfinity);
        Assert.True(loose >= bound - 1e-9, $"'{query}' / '{candidate}': loose bound {loose} < bound {bound}");

        // Whatever the threshold the caller needs, any shortcut it allows (the loose bound, all cases at once) still
        // returns a value at least the logit.
        foreach (var needed in (double[])[logit - 2, logit - 1e-6, logit + 1e-6, logit + 2, bound, (logit + bound) / 2])
        {
            var early = comparer.LogitUpperBound(query, NameHeader.Of(query), Shapes(query, n), candidate, NameHeader.Of(candidate), Shapes(candidate, m), sim, needed);
            Assert.True(early >= logit - 1e-9, $"'{query}' / '{candidate}': bound {early} needing {needed} < logit {logit}");
        }
    }

    private static TokenShape[] Shapes(PreparedName name, int count) => [.. Enumerable.Range(0, count).Select(i => TokenShape.Of(name, i))];

    private static PreparedName Draw(Random random)
    {
        var words = Enumerable.Range(0, random.Next(1, 6)).Select(_ => Words[random.Next(Words.Length)]);
        return Preparer.Prepare(string.Join(' ', words), random.Next(2) == 0 ? Schema.Person : Schema.Organization);
    }

    /// <summary>The same name with a word dropped, joined to its neighbour, or misspelt.</summary>
    private static PreparedName Perturb(PreparedName name, Random random)
    {
        var words = name.Display.Split(' ').ToList();
        var at = random.Next(words.Count);
        switch (random.Next(3))
        {
            case 0 when words.Count > 1:
                words.RemoveAt(at);
                break;
            case 1 when at + 1 < words.Count:
                words[at] += words[at + 1];
                words.RemoveAt(at + 1);
                break;
            default:
                words[at] = words[at].Length > 2 ? words[at][..^1] + "x" : words[at] + "e";
                break;
        }

        return Preparer.Prepare(string.Join(' ', words), name.Schema);
    }

    /// <summary>Weights of either sign, so the bound is tested as a bound for any fitted model, not just the default.</summary>
    private static NameScoringWeights RandomWeights(Random random) => new()
    {
        Bias = (random.NextDouble() * 8) - 4,
        Weights = [.. Enumerable.Range(0, NameFeatures.VectorLength).Select(_ => (random.NextDouble() * 8) - 4)],
        GenericOnlyCeiling = (random.NextDouble() * 4) - 2,
        PartialPersonNamePenalty = (random.NextDouble() * 6) - 2,
        PatronymicReversalPenalty = (random.NextDouble() * 6) - 2,
        NumberExtraPenalty = (random.NextDouble() * 6) - 2,
        VesselNumberPenalty = (random.NextDouble() * 6) - 2,
        UnmatchedGenericPenalty = (random.NextDouble() * 6) - 2,
    };
}
