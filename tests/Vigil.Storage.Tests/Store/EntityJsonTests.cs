using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vigil.Model;
using Vigil.Storage.Store;
using Vigil.Storage.Tests.Data;

namespace Vigil.Storage.Tests.Store;

public sealed class EntityJsonTests
{
    [Fact]
    public void Encode_RichEntity_LeavesOutDerivedMembersAndEmptyLists()
    {
        var person = TestEntities.Person(7, "ABU ALI");

        var body = EntityJson.Encode(person).Body;

        Assert.DoesNotContain("primaryName", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"key\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("birthDates", body, StringComparison.Ordinal);
        Assert.Contains("\"schema\":\"Person\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Encode_SameEntityTwice_GivesSameHash()
    {
        Assert.Equal(EntityJson.Encode(TestEntities.Rich(1)).Hash, EntityJson.Encode(TestEntities.Rich(1)).Hash);
        Assert.NotEqual(EntityJson.Encode(TestEntities.Rich(1)).Hash, EntityJson.Encode(TestEntities.Rich(1) with { Remarks = "changed" }).Hash);
    }

    [Property(MaxTest = 200)]
    public Property EncodeDecode_AnyEntity_RoundTripsToTheSameBytesAndHash()
    {
        var names = Gen.Elements("ABU ALI", "Николас Мадуро", "O'BRIEN, Seán", "محمد", "\"QUOTED\" NAME", "a\\b")
            .Select(n => new EntityName(n));
        var entities =
            from id in Gen.Choose(1, 100_000)
            from schema in Gen.Elements(Enum.GetValues<Schema>())
            from primary in names
            from aliasCount in Gen.Choose(0, 3)
            from aliases in Gen.ListOf(names.Select(n => n with { Kind = NameKind.StrongAlias }), aliasCount)
            from programs in Gen.SubListOf(["SDGT", "IRAN", "VENEZUELA-EO13850"])
            from year in Gen.Choose(1900, 2020)
            from remarks in Gen.Elements<string?>(null, "", "DOB 1962; nationality Venezuela.", "line\nbreak")
            select SanctionsEntity.Create(TestEntities.Source, id.ToString(System.Globalization.CultureInfo.InvariantCulture), schema, [primary, .. aliases]) with
            {
                Programs = [.. programs],
                BirthDates = year % 3 == 0 ? [] : [BirthDate.On(new PartialDate(year, year % 12 + 1))],
                Identifiers = year % 2 == 0 ? [new Identifier(IdentifierType.Passport, "P" + year.ToString(System.Globalization.CultureInfo.InvariantCulture), "VE")] : ImmutableArray<Identifier>.Empty,
                Remarks = remarks,
            };

        return Prop.ForAll(entities.ToArbitrary(), entity =>
        {
            var encoded = EntityJson.Encode(entity);
            var again = EntityJson.Encode(EntityJson.Decode(encoded.Body));
            return encoded.Body == again.Body && encoded.Hash == again.Hash && encoded.Id == entity.Id;
        });
    }

    [Fact]
    public void Decode_BodyWithoutLists_GivesEmptyNotDefaultListsForEveryListMember()
    {
        var decoded = EntityJson.Decode(EntityJson.Encode(TestEntities.Person(1, "ALONE")).Body);

        // Reflection, so a list member added to the model later is covered without editing this test.
        var lists = typeof(SanctionsEntity).GetProperties()
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
            .ToList();
        Assert.True(lists.Count >= 10);
        foreach (var property in lists)
        {
            var value = property.GetValue(decoded)!;
            var isDefault = (bool)property.PropertyType.GetProperty(nameof(ImmutableArray<int>.IsDefault))!.GetValue(value)!;
            Assert.False(isDefault, $"{property.Name} decodes as a default ImmutableArray");
        }
    }

    [Fact]
    public void DecodeCounts_UnknownSchemaName_IsSkipped()
    {
        var counts = EntityJson.DecodeCounts("{\"Person\":3,\"Starship\":1}");

        Assert.Equal(3, Assert.Single(counts).Value);
    }
}
