using Vigil.Matching.Index;
using Vigil.Matching.Names;
using Vigil.Matching.Scoring;
using Vigil.Model;

namespace Vigil.Matching.Tests.Index;

public sealed class NameTableTests
{
    [Fact]
    public void SoundCodesOf_EachName_TheCodesMadeFromTheNameItself()
    {
        // The table keeps every name's sound codes flat beside its shapes; the bound reads them there for candidates
        // and from the name for the query, so the two must agree name by name, also past the first name and for names
        // longer than the tokens kept.
        string[] texts =
        [
            "Mao Tse Tung", "Ex Cle Soluciones Biometricas", "Abdul Rahman Al Hassan", "Orinoco",
            "One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen Sixteen Seventeen",
            "Bank Melli Iran", "Kim Jong Un",
        ];
        var names = texts.Select(t => NamePreparer.Uniform.Prepare(t, Schema.Person)).ToArray();
        var table = new NameTable(names);

        for (var n = 0; n < names.Length; n++)
        {
            var expected = SoundCodes.Of(NamePreparer.Uniform.Prepare(texts[n], Schema.Person)).ToArray();
            Assert.Equal(expected, table.SoundCodesOf(table.HeaderOf(n)).ToArray());
        }
    }

    [Fact]
    public void FactsOf_EachToken_TheFactsMadeFromItsOwnName()
    {
        // A query compares each distinct listed token once, from the facts of the first name that carries it: tokens
        // share a number only where those facts agree. "abd" read from عبد compares by the letters Arabic writes, the
        // Latin "Abd" by spelling, whichever of the two comes first.
        (string Text, Schema Schema)[] texts =
        [
            ("Shaykh Umar Abd Al Rahman", Schema.Person), ("عبد الله محمد", Schema.Person), ("Abd Hamd", Schema.Person),
            ("Abd Trading", Schema.Organization), ("习近平", Schema.Person), ("Xi Jinping", Schema.Person),
        ];
        var names = texts.Select(t => NamePreparer.Uniform.Prepare(t.Text, t.Schema)).ToArray();
        var table = new NameTable(names);

        for (var n = 0; n < names.Length; n++)
        {
            var shapes = table.ShapesOf(table.HeaderOf(n));
            for (var t = 0; t < shapes.Length; t++)
            {
                var own = new TokenFacts(names[n], t);
                ref readonly var kept = ref table.FactsOf(shapes[t].Vocabulary);
                Assert.True(own.Equals(kept), $"{texts[n].Text}, token {names[n].Tokens[t]}");
                Assert.Equal(names[n].Tokens[t], table.TextOf(shapes[t].Vocabulary).Token.ToString());
            }
        }

        Assert.Equal("abd", names[1].Tokens[0]);
        Assert.NotEqual(table.ShapesOf(table.HeaderOf(0))[2].Vocabulary, table.ShapesOf(table.HeaderOf(1))[0].Vocabulary);
    }
}
