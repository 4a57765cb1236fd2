using Vigil.Matching.Names;
using Vigil.Model;

namespace Vigil.Matching.Tests.Names;

/// <summary>
/// A party's one-word name is its acronym when it spells the initials of another of its names: every identifying word's
/// initial in order, an article, joining word or legal form's taken or left out as the party chose.
/// </summary>
public sealed class AcronymRoleTests
{
    [Theory]
    [InlineData("PASK", "PARS AMAYESH SANAAT KISH")]
    [InlineData("TRO", "TAMILS REHABILITATION ORGANISATION")]
    [InlineData("AQI", "AL-QAIDA IN IRAQ")] // the article's initial taken, "in" left out
    [InlineData("AQIM", "AL-QAIDA IN THE ISLAMIC MAGHREB")]
    [InlineData("POGC", "PARS OIL AND GAS COMPANY")] // the legal form's initial taken
    [InlineData("IRISL", "ISLAMIC REPUBLIC OF IRAN SHIPPING LINES")]
    public void MarkAcronyms_InitialsOfAnotherName_MarkedAsAcronym(string acronym, string longName)
    {
        var names = Prepare(acronym, longName);
        NameRoles.MarkAcronyms(names);
        Assert.True((names[0].Roles[names[0].FirstContent()] & TokenRoles.Acronym) != 0);
    }

    [Theory]
    [InlineData("PARK", "PARS AMAYESH SANAAT KISH")] // not its letters
    [InlineData("PAS", "PARS AMAYESH SANAAT KISH")] // an identifying word's initial left out
    [InlineData("SKAP", "PARS AMAYESH SANAAT KISH")] // out of order
    [InlineData("ROSNEFT", "ROSNEFT OIL COMPANY")] // a word of the name, not its initials
    public void MarkAcronyms_NotTheInitials_NotMarked(string word, string longName)
    {
        var names = Prepare(word, longName);
        NameRoles.MarkAcronyms(names);
        Assert.Equal(TokenRoles.None, names[0].Roles[names[0].FirstContent()] & TokenRoles.Acronym);
    }

    [Fact]
    public void MarkAcronyms_PersonsNames_NeverAcronyms()
    {
        var names = new[] { NamePreparer.Uniform.Prepare("ABU", Schema.Person), NamePreparer.Uniform.Prepare("AHMED BAKR UMAR", Schema.Person) };
        NameRoles.MarkAcronyms(names);
        Assert.Equal(TokenRoles.None, names[0].Roles[names[0].FirstContent()] & TokenRoles.Acronym);
    }

    private static PreparedName[] Prepare(string oneWord, string longName) =>
        [NamePreparer.Uniform.Prepare(oneWord, Schema.Organization), NamePreparer.Uniform.Prepare(longName, Schema.Organization)];
}
