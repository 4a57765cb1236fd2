using Vigil.Model;
using Vigil.Screening.Input;

namespace Vigil.Screening.Tests.Input;

public sealed class EntityTypesTests
{
    [Theory]
    [InlineData("person", Schema.Person)]
    [InlineData("Individual", Schema.Person)]
    [InlineData("Natural Person", Schema.Person)]
    [InlineData("natural_person", Schema.Person)]
    [InlineData("ORGANISATION", Schema.Organization)]
    [InlineData("Corporate", Schema.Organization)]
    [InlineData("business", Schema.Organization)]
    [InlineData("Legal Person", Schema.Organization)]
    [InlineData("non-individual", Schema.Organization)]
    [InlineData("PublicBody", Schema.Organization)]
    [InlineData("ship", Schema.Vessel)]
    [InlineData("aeroplane", Schema.Aircraft)]
    public void TryParse_TypeWords_NameTheirType(string text, Schema expected)
    {
        Assert.True(EntityTypes.TryParse(text, out var schema));
        Assert.Equal(expected, schema);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" any ")]
    [InlineData("Thing")]
    [InlineData("LegalEntity")]
    public void TryParse_NoParticularType_IsNull(string? text)
    {
        Assert.True(EntityTypes.TryParse(text, out var schema));
        Assert.Null(schema);
    }

    [Theory]
    [InlineData("alien")]
    [InlineData("P")]
    [InlineData("a type name far longer than any type word is")]
    public void TryParse_NoType_IsFalse(string text) => Assert.False(EntityTypes.TryParse(text, out _));
}
