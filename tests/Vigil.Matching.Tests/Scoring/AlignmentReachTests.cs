using Vigil.Matching.Names;
using Vigil.Matching.Scoring;
using Vigil.Model;

namespace Vigil.Matching.Tests.Scoring;

/// <summary>
/// Screening compares a listed token with a query's word only where their shapes say the similarity may reach
/// <see cref="Alignment.MinSimilarity"/> (<see cref="TokenSimilarity.MayReachAlignment"/>): a no where the similarity
/// does reach it would silently drop a pair from the alignment.
/// </summary>
public sealed class AlignmentReachTests
{
    // Names of each kind the similarity treats apart: given-name forms, phonetic keys alike, initials, numbers, legal
    // forms, acronyms, company words that abbreviate, German sch for ж, Arabic and Chinese script, Hangul.
    private static readonly (string Text, Schema Schema)[] Names =
    [
        ("Muhammad Mohamed Mohammed Mehmet Mahmoud", Schema.Person), ("Joseph Yousef Giuseppe Jose Josef", Schema.Person),
        ("Paul Pavel Pablo Hans Ivan Johann", Schema.Person), ("Kristof Christoph Krzysztof", Schema.Person),
        ("Prigozhin Prigoschin Zharov Scharow Sharov", Schema.Person), ("Gaddafi Qadhafi Qaddafi Kadafi", Schema.Person),
        ("Sara Sahir Terry Tahir Maite Mohammadi", Schema.Person), ("A J Allen Aleksandr Alexander Ksenia Xenia", Schema.Person),
        ("Petra Maria Mariya Pedro Gilberto Luis Aziz Abdul Rahman Abdel Rahmen", Schema.Person),
        ("Hassan Hasan Husayn Hussein Olga Oleg Nikolai Nikolay Evgeniy Yevgeny", Schema.Person),
        ("Kim Jong Un Jeong Eun Gyu Kiu Kyu", Schema.Person), ("Xi Jinping Si Lin Leone Zhang Cheng Chen", Schema.Person),
        ("Mhmd Mid Byryz Perez Marquez Marcos", Schema.Person), ("Van der Berg Vanderberg Abd Alrahman", Schema.Person),
        ("محمد علي حسن", Schema.Person), ("عبد الرحمن", Schema.Person), ("习近平", Schema.Person), ("김정은", Schema.Person),
        ("Ex Cle Excle Soluciones Solciones Biometricas Biométricas C.A.", Schema.Organization),
        ("Tech Technologies Petr Petrochemical Zhukov Schukoff", Schema.Organization),
        ("Acme Limited Trading Gesellschaft Holding Ltd", Schema.Organization),
        ("Corp Corporation Intl International Trading Tradings Company Co Ltd Limited", Schema.Organization),
        ("Bank Bnak Melli Mellat Sina China Oil Oeel Unity Oonity", Schema.Organization),
        ("PASK Park MMT Mehta VBRR LLC GmbH OOO SA", Schema.Organization), ("7 77 1st 2020 B 52", Schema.Organization),
        ("Haddad Inc Hadid Reddy Pty Rad D.O.O. Tamas Thomas", Schema.Organization),
    ];

    private static readonly PreparedName[] Prepared = [.. Names.Select(n => NamePreparer.Uniform.Prepare(n.Text, n.Schema))];

    [Fact]
    public void MayReachAlignment_NeverNoWhereTheTokensAlign()
    {
        var pairs = 0;
        var ruledOut = 0;
        foreach (var a in Prepared)
        {
            foreach (var b in Prepared)
            {
                for (var i = 0; i < a.Tokens.Length; i++)
                {
                    for (var j = 0; j < b.Tokens.Length; j++)
                    {
                        var may = TokenSimilarity.MayReachAlignment(TokenShape.Of(a, i), TokenShape.Of(b, j));
                        var similarity = TokenSimilarity.Compute(a, i, b, j, out _);
                        Assert.True(may || similarity < Alignment.MinSimilarity, $"{a.Tokens[i]} / {b.Tokens[j]}: {similarity:0.000}");
                        pairs++;
                        ruledOut += may ? 0 : 1;
                    }
                }
            }
        }

        // Worth its place only if it rules most pairs out.
        Assert.True(ruledOut > pairs / 2, $"{ruledOut} of {pairs} ruled out");
    }

    /// <summary>Misspellings near the minimum, where the letters' bound and the measured similarity are closest.</summary>
    [Fact]
    public void MayReachAlignment_NeverNoForMisspellings()
    {
        var random = new Random(20201206);
        var words = Prepared.SelectMany(n => n.Tokens).Where(t => t.Length >= 3 && t.All(char.IsAsciiLetterLower)).Distinct().ToArray();
        for (var k = 0; k < 20_000; k++)
        {
            var word = words[random.Next(words.Length)];
            var misspelt = Misspell(word, random.Next(1, 4), random);
            foreach (var schema in (ReadOnlySpan<Schema>)[Schema.Person, Schema.Organization])
            {
                var a = NamePreparer.Uniform.Prepare(word, schema);
                var b = NamePreparer.Uniform.Prepare(misspelt, schema);
                if (a.Tokens.Length != 1 || b.Tokens.Length != 1)
                {
                    continue;
                }

                var similarity = TokenSimilarity.Compute(a, 0, b, 0, out _);
                Assert.True(TokenSimilarity.MayReachAlignment(TokenShape.Of(a, 0), TokenShape.Of(b, 0)) || similarity < Alignment.MinSimilarity, $"{word} / {misspelt}: {similarity:0.000}");
            }
        }
    }

    [Theory]
    [InlineData("Luis", "Aziz")]
    [InlineData("Petra", "Gilberto")]
    [InlineData("Rahman", "Abdul")]
    [InlineData("J", "Allen")]
    public void MayReachAlignment_WordsTooUnlike_No(string a, string b) =>
        Assert.False(TokenSimilarity.MayReachAlignment(Shape(a, Schema.Person), Shape(b, Schema.Person)));

    [Theory]
    [InlineData("Kristof", "Christoph", Schema.Person)]
    [InlineData("Prigoschin", "Prigozhin", Schema.Person)]
    [InlineData("Joseph", "Giuseppe", Schema.Person)]
    [InlineData("A", "Allen", Schema.Person)]
    [InlineData("Zhukov", "Schukoff", Schema.Person)]
    [InlineData("Tech", "Technologies", Schema.Organization)]
    [InlineData("Petr", "Petrochemical", Schema.Organization)]
    public void MayReachAlignment_PairsAlikeOtherThanByLetters_Yes(string a, string b, Schema schema) =>
        Assert.True(TokenSimilarity.MayReachAlignment(Shape(a, schema), Shape(b, schema)));

    /// <summary>"Limited" written out mid-name is still the legal form, and matches its code.</summary>
    [Fact]
    public void MayReachAlignment_LegalFormWrittenOut_Yes()
    {
        var written = NamePreparer.Uniform.Prepare("Acme Limited Trading", Schema.Organization);
        var coded = NamePreparer.Uniform.Prepare("Acme Trading Ltd", Schema.Organization);
        var form = Array.IndexOf(coded.Kinds, TokenKind.LegalForm);

        Assert.Equal(1.0, TokenSimilarity.Compute(written, 1, coded, form, out _));
        Assert.True(TokenSimilarity.MayReachAlignment(TokenShape.Of(written, 1), TokenShape.Of(coded, form)));
        Assert.True(TokenSimilarity.MayReachAlignment(TokenShape.Of(coded, form), TokenShape.Of(written, 1)));
        Assert.False(TokenSimilarity.MayReachAlignment(TokenShape.Of(written, 2), TokenShape.Of(coded, form)));

        // Two forms apart are two forms, however alike their letters.
        var other = NamePreparer.Uniform.Prepare("Acme Trading LLC", Schema.Organization);
        Assert.False(TokenSimilarity.MayReachAlignment(TokenShape.Of(coded, form), TokenShape.Of(other, Array.IndexOf(other.Kinds, TokenKind.LegalForm))));
    }

    private static TokenShape Shape(string word, Schema schema) => TokenShape.Of(NamePreparer.Uniform.Prepare(word, schema), 0);

    private static string Misspell(string word, int edits, Random random)
    {
        var letters = word.ToList();
        for (var e = 0; e < edits && letters.Count > 1; e++)
        {
            var at = random.Next(letters.Count);
            switch (random.Next(4))
            {
                case 0:
                    letters.RemoveAt(at);
                    break;
                case 1:
                    letters.Insert(at, (char)('a' + random.Next(26)));
                    break;
                case 2:
                    letters[at] = (char)('a' + random.Next(26));
                    break;
                default:
                    if (at + 1 < letters.Count)
                    {
                        (letters[at], letters[at + 1]) = (letters[at + 1], letters[at]);
                    }

                    break;
            }
        }

        return new string([.. letters]);
    }
}
