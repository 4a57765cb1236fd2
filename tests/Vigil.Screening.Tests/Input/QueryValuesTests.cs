using Vigil.Model;
using Vigil.Screening.Input;

namespace Vigil.Screening.Tests.Input;

public sealed class QueryValuesTests
{
    [Fact]
    public void Countries_CodesNamesAndCommas_EachOnceInOrder()
    {
        var problems = new List<string>();
        var codes = QueryValues.Countries(["VE, Cuba", null, " ", "ve", "Iran"], problems);
        Assert.Equal(new[] { "VE", "CU", "IR" }, codes.ToArray());
        Assert.Empty(problems);
    }

    [Fact]
    public void Countries_EveryUnknownOne_IsAProblem()
    {
        var problems = new List<string>();
        var codes = QueryValues.Countries(["Narnia", "VE", "Atlantis, Oz"], problems);
        Assert.Equal(new[] { "VE" }, codes.ToArray());
        Assert.Equal(
            ["'Narnia' is not a known country name or ISO code.", "'Atlantis' is not a known country name or ISO code.", "'Oz' is not a known country name or ISO code."],
            problems);
    }

    [Fact]
    public void Identifiers_ReadAndBad_BothReported()
    {
        var problems = new List<string>();
        var ids = QueryValues.Identifiers(["passport:K1234567:IR", "27082171", "imo:9187629"], problems);
        Assert.Collection(
            ids,
            id => Assert.Equal((IdentifierType.Passport, "K1234567", "IR"), (id.Type, id.Value, id.CountryCode)),
            id => Assert.Equal((IdentifierType.Imo, "9187629"), (id.Type, id.Value)));
        Assert.StartsWith("'27082171' is not TYPE:NUMBER", Assert.Single(problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Quote_LongValue_IsCut()
    {
        Assert.Equal("'Narnia'", QueryValues.Quote("Narnia"));
        Assert.Equal("'" + new string('x', 60) + "…'", QueryValues.Quote(new string('x', 500)));
    }
}
