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
}
