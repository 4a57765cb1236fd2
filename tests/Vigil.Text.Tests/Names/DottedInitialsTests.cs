using Vigil.Text.Names;

namespace Vigil.Text.Tests.Names;

public sealed class DottedInitialsTests
{
    [Theory]
    [InlineData("O.V. Deripaska", "O. V. Deripaska")]
    [InlineData("Sechin I.I.", "Sechin I. I.")]
    [InlineData("BOYARKIN, V.A.", "BOYARKIN, V. A.")]
    [InlineData("Дерипаска О.В.", "Дерипаска О. В.")]
    [InlineData("J.R.R. Tolkien", "J. R. R. Tolkien")]
    [InlineData("Vladimir V. Putin", "Vladimir V. Putin")]
    [InlineData("ACCESOS ELECTRONICOS S.A.DE C.V.", "ACCESOS ELECTRONICOS S.A.DE C. V.")]
    [InlineData("No dots here", "No dots here")]
    [InlineData("A.B", "A.B")]
    [InlineData("X1.Y.Z.", "X1.Y.Z.")]
    public void Separate_DottedLetterRuns_AreSetApart(string name, string expected) =>
        Assert.Equal(expected, DottedInitials.Separate(name));

    [Fact]
    public void Separate_LettersToKeep_StayJoined()
    {
        static bool Keep(string letters) => letters is "sa" or "cv" || letters.Length > 2;

        Assert.Equal("Acme S.A. and O. V. Ivanov", DottedInitials.Separate("Acme S.A. and O.V. Ivanov", Keep));
        Assert.Equal("I.P.C. INTERNATIONAL", DottedInitials.Separate("I.P.C. INTERNATIONAL", Keep));
    }

    [Fact]
    public void Separate_NothingToChange_ReturnsTheSameString()
    {
        const string name = "Nicolas Maduro Moros";
        Assert.Same(name, DottedInitials.Separate(name));
    }

    [Theory]
    [InlineData("PUTIN Vladimir V.", true)]
    [InlineData("Putin V. ", true)]
    [InlineData("Partners V", false)]
    [InlineData("ACME S.A.", false)]
    [InlineData("V.", false)]
    [InlineData("Fund 5.", false)]
    public void EndsWithInitial_OneDottedLetterAfterAWord(string name, bool expected) =>
        Assert.Equal(expected, DottedInitials.EndsWithInitial(name));
}
