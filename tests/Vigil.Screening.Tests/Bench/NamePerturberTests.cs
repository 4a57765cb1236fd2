using FsCheck.Xunit;
using Vigil.Model;
using Vigil.Screening.Bench;

namespace Vigil.Screening.Tests.Bench;

public sealed class NamePerturberTests
{
    [Theory]
    [InlineData("MADURO MOROS, Nicolas", "Nicolas MADURO MOROS")]
    [InlineData("Nicolas Maduro", "Maduro Nicolas")]
    public void Reorder_PutsTheOtherNameFirst(string name, string expected) =>
        Assert.Equal(expected, NamePerturber.Apply(Perturbation.ReorderedTokens, name, Schema.Person, new Random(1)));

    [Fact]
    public void Accents_AreRemovedWhereThereAreSome_AndOneAddedWhereThereAreNone()
    {
        Assert.Equal("Jose Garcia Nunez", NamePerturber.Apply(Perturbation.AccentsChanged, "José García Núñez", Schema.Person, new Random(1)));
        var added = NamePerturber.Apply(Perturbation.AccentsChanged, "JOSE GARCIA", Schema.Person, new Random(1))!;
        Assert.Equal("JOSE GARCIA".Length, added.Length);
        Assert.Equal(1, added.Count(c => c > 127));
        Assert.Equal(added.ToUpperInvariant(), added);
        Assert.Null(NamePerturber.Apply(Perturbation.AccentsChanged, "XYZ", Schema.Person, new Random(1)));
    }

    [Fact]
    public void DropToken_NeedsThreeWords()
    {
        Assert.Null(NamePerturber.Apply(Perturbation.DroppedToken, "Nicolas Maduro", Schema.Person, new Random(1)));
        var dropped = NamePerturber.Apply(Perturbation.DroppedToken, "Nicolas Maduro Moros", Schema.Person, new Random(1));
        Assert.Equal(2, dropped!.Split(' ').Length);
    }

    [Theory]
    [InlineData("AKTSIONERNOE OBSHCHESTVO RT-OKHRANA")]
    [InlineData("GLOBAL TRADING COMPANY")]
    public void DropToken_NeverLeavesOnlyLegalFormsOrGenericWords(string name) =>
        Assert.Null(NamePerturber.Apply(Perturbation.DroppedToken, name, Schema.Organization, new Random(1)));

    [Fact]
    public void LegalForm_AppliesToOrganisationsOnly()
    {
        Assert.Null(NamePerturber.Apply(Perturbation.LegalFormChanged, "Nicolas Maduro", Schema.Person, new Random(1)));
        for (var seed = 0; seed < 20; seed++)
        {
            var changed = NamePerturber.Apply(Perturbation.LegalFormChanged, "EX-CLE SOLUCIONES BIOMETRICAS C.A.", Schema.Organization, new Random(seed));
            Assert.NotNull(changed);
            Assert.StartsWith("EX-CLE SOLUCIONES BIOMETRICAS", changed, StringComparison.Ordinal);
            Assert.NotEqual("EX-CLE SOLUCIONES BIOMETRICAS C.A.", changed);
        }
    }

    [Fact]
    public void Transliterated_SwapsOneRomanisation_KeepingCase()
    {
        var changed = NamePerturber.Apply(Perturbation.Transliterated, "KHALIL", Schema.Person, new Random(1));
        Assert.NotNull(changed);
        Assert.NotEqual("KHALIL", changed);
        Assert.Equal(changed.ToUpperInvariant(), changed);
    }

    [Fact]
    public void Typo_ChangesOneWordByOneEdit()
    {
        for (var seed = 0; seed < 50; seed++)
        {
            var changed = NamePerturber.Apply(Perturbation.Typo, "Nicolas Maduro", Schema.Person, new Random(seed))!;
            var words = changed.Split(' ');
            Assert.Equal(2, words.Length);
            Assert.True(words[0] == "Nicolas" || words[1] == "Maduro", changed);
            Assert.NotEqual("Nicolas Maduro", changed);
        }
    }

    [Property]
    public void ApplyAny_NeverThrows_AndChangesTheNameWhenItApplies(string? name, int seed)
    {
        if (name is null)
        {
            return;
        }

        var result = NamePerturber.ApplyAny(name, Schema.Organization, new Random(seed));
        Assert.True(result is null || result.Value.Name != name);
    }
}
