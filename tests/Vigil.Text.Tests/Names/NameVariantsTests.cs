using Vigil.Text.Names;

namespace Vigil.Text.Tests.Names;

public sealed class NameVariantsTests
{
    // Russian given names as German, French, Spanish and Polish write them, against the lists' spellings: the sound keys tell
    // neither "j" from "y" nor "wj" from "vy".
    [Theory]
    [InlineData("jewgeni", "yevgeniy")]
    [InlineData("evgueni", "evgeny")]
    [InlineData("juri", "yuri")]
    [InlineData("iouri", "yury")]
    [InlineData("wjatscheslaw", "vyacheslav")]
    [InlineData("viatcheslav", "vyacheslav")]
    [InlineData("alexej", "aleksey")]
    [InlineData("jelena", "yelena")]
    [InlineData("pjotr", "pyotr")]
    [InlineData("guennadi", "gennadiy")]
    [InlineData("mijail", "mikhail")]
    [InlineData("yevgueni", "yevgeniy")]
    public void AreVariants_ForeignSpellingsOfRussianGivenNames_AreOneName(string a, string b) =>
        Assert.True(NameVariants.AreVariants(a, b));

    // Ukrainian names read from Cyrillic the Russian way, and as lists spell them in Latin (г written h).
    [Theory]
    [InlineData("volodimir", "vladimir")]
    [InlineData("mikola", "nikolay")]
    [InlineData("dmitro", "dmitriy")]
    [InlineData("oleh", "oleg")]
    [InlineData("kostyantin", "kostiantyn")]
    [InlineData("halyna", "galina")]
    public void AreVariants_UkrainianForms_AreOneName(string a, string b) =>
        Assert.True(NameVariants.AreVariants(a, b));

    [Fact]
    public void VariantsOf_AName_EveryOtherFormOfItAndNotItself()
    {
        var others = NameVariants.VariantsOf("volodimir");

        Assert.Contains("vladimir", others);
        Assert.Contains("volodymyr", others);
        Assert.DoesNotContain("volodimir", others);
        Assert.Empty(NameVariants.VariantsOf("prigozhin"));
    }

    // A name's forms in two languages other than English share only the name's class of every language; so do an
    // English nickname and another language's form (the lists give "Peter" for Pyotr, not "Jack" for Ivan).
    [Theory]
    [InlineData("hans", "ivan")]
    [InlineData("jack", "ivan")]
    [InlineData("jon", "juan")]
    [InlineData("tony", "antonio")]
    [InlineData("giuseppe", "yusuf")]
    [InlineData("alessandro", "aleksandr")]
    [InlineData("jurgen", "yury")]
    [InlineData("sergio", "sergei")]
    public void ClassesOf_FormsInTwoOtherLanguages_ShareOnlyTheNamesClass(string a, string b)
    {
        Assert.True(NameVariants.AreVariants(a, b));
        Assert.False(OneForm(a, b));
    }

    // Spellings and romanisations of one form, and the English form with any (the lists give it as an alias: AVEN,
    // Pyotr / Peter; STASHINA, Yelena / Helen).
    [Theory]
    [InlineData("andrei", "andrey")]
    [InlineData("andre", "andrey")]
    [InlineData("alexandre", "aleksandr")]
    [InlineData("peter", "pyotr")]
    [InlineData("helen", "yelena")]
    [InlineData("joseph", "yusuf")]
    [InlineData("john", "juan")]
    [InlineData("jack", "john")]
    [InlineData("katherine", "ekaterina")]
    [InlineData("steven", "stepan")]
    [InlineData("louis", "luis")]
    public void ClassesOf_OneFormOrTheEnglishForm_ShareAFormsClass(string a, string b) => Assert.True(OneForm(a, b));

    [Fact]
    public void IsCognateClass_OtherFilesClasses_AreNever()
    {
        Assert.All(KoreanSurnames.ClassesOf("lee"), id => Assert.False(NameVariants.IsCognateClass(id)));
        Assert.All(GenericVariants.ClassesOf("levant"), id => Assert.False(NameVariants.IsCognateClass(id)));
        Assert.NotEmpty(KoreanSurnames.ClassesOf("lee"));
        Assert.NotEmpty(GenericVariants.ClassesOf("levant"));
    }

    // A given name's other-gender form, and a common name one letter from another, is a name of its own.
    [Theory]
    [InlineData("francesca", "francisco")]
    [InlineData("maria", "mario")]
    [InlineData("alexandra", "aleksandr")]
    [InlineData("mary", "mark")]
    [InlineData("khalil", "khalid")]
    [InlineData("amit", "amir")]
    [InlineData("amin", "aman")]
    [InlineData("kumar", "umar")]
    public void ClassesOf_OtherGenderForms_AreNamesOfTheirOwn(string a, string b)
    {
        Assert.NotEmpty(NameVariants.ClassesOf(a));
        Assert.NotEmpty(NameVariants.ClassesOf(b));
        Assert.False(NameVariants.AreVariants(a, b));
    }

    [Theory]
    [InlineData("alexey", "alexander")]
    [InlineData("vyacheslav", "yevgeny")]
    [InlineData("juri", "jewgeni")]
    public void AreVariants_DifferentNames_AreNot(string a, string b) =>
        Assert.False(NameVariants.AreVariants(a, b));

    private static bool OneForm(string a, string b) =>
        NameVariants.Relation([.. NameVariants.ClassesOf(a)], [.. NameVariants.ClassesOf(b)]) == NameRelation.OneForm;
}
