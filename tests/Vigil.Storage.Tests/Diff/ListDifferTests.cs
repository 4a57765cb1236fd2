using Vigil.Model;
using Vigil.Storage.Diff;
using Vigil.Storage.Tests.Backends;
using Vigil.Storage.Tests.Data;

namespace Vigil.Storage.Tests.Diff;

public sealed class ListDifferTests
{
    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public async Task DiffAsync_TwoVersions_ReportsAddedRemovedAndChangedFields(StoreKind kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        var importer = test.Importer();
        var before = TestEntities.Rich(1);
        var after = before with
        {
            Names = [before.Names[0], before.Names[2], new EntityName("MADURO, Nico", NameKind.WeakAlias)],
            Addresses = [new Address("Fuerte Tiuna", "Caracas", Country: "Venezuela", CountryCode: "VE")],
            Identifiers = [.. before.Identifiers, new Identifier(IdentifierType.Passport, "D00000001", "VE", "Passport")],
            Programs = ["VENEZUELA-EO13692", "VENEZUELA-EO13850"],
            Remarks = "DOB 23 Nov 1962; POB Caracas, Venezuela; Gender Male; Passport D00000001.",
            BirthDates = [before.BirthDates[0]],
            Nationalities = ["VE", "CO"],
            Raw = before.Raw + ";changed",
        };
        var v1 = (await importer.ImportAsync(TestEntities.Snapshot([before, TestEntities.Person(2, "GONE"), TestEntities.Person(3, "SAME")]))).Version;
        var v2 = (await importer.ImportAsync(TestEntities.Snapshot([after, TestEntities.Person(3, "SAME"), TestEntities.Person(4, "NEW")]))).Version;

        var diff = await new ListDiffer(test.Store).DiffAsync(TestEntities.Source, 1, 2);

        Assert.Equal(v1, diff.From);
        Assert.Equal(v2, diff.To);
        Assert.Equal("test:4", Assert.Single(diff.Added).Id);
        Assert.Equal("test:2", Assert.Single(diff.Removed).Id);
        var change = Assert.Single(diff.Changed);
        Assert.Equal("test:1", change.EntityId);
        Assert.Equal(
            [EntityField.Aliases, EntityField.BirthDates, EntityField.Nationalities, EntityField.Addresses, EntityField.Identifiers, EntityField.Programs, EntityField.Remarks],
            change.Fields.Select(f => f.Field));
        var aliases = Field(change, EntityField.Aliases);
        Assert.Equal(new[] { "MADURO, Nicolás (a.k.a.) [es]" }, aliases.Removed.AsEnumerable());
        Assert.Equal(new[] { "MADURO, Nico (weak a.k.a.)" }, aliases.Added.AsEnumerable());
        Assert.Equal(new[] { "1960 to 1963" }, Field(change, EntityField.BirthDates).Removed.AsEnumerable());
        Assert.Equal(new[] { "CO" }, Field(change, EntityField.Nationalities).Added.AsEnumerable());
        Assert.Equal(new[] { "Palacio de Miraflores, Caracas, Venezuela (VE)" }, Field(change, EntityField.Addresses).Removed.AsEnumerable());
        Assert.Equal(new[] { "Fuerte Tiuna, Caracas, Venezuela (VE)" }, Field(change, EntityField.Addresses).Added.AsEnumerable());
        Assert.Equal(new[] { "Passport: D00000001 (VE)" }, Field(change, EntityField.Identifiers).Added.AsEnumerable());
        Assert.Empty(Field(change, EntityField.Identifiers).Removed);
        Assert.Equal(new[] { "VENEZUELA-EO13850" }, Field(change, EntityField.Programs).Added.AsEnumerable());
        Assert.Equal(before.Remarks, Assert.Single(Field(change, EntityField.Remarks).Removed));
        Assert.Equal(after.Remarks, Assert.Single(Field(change, EntityField.Remarks).Added));
        Assert.Equal(new(1, 1, 1), diff.Counts);
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public async Task DiffAsync_OnlyRawRecordChanged_ReportsRawField(StoreKind kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        var importer = test.Importer();
        var person = TestEntities.Person(1, "ABU ALI");
        var v1 = (await importer.ImportAsync(TestEntities.Snapshot([person]))).Version;
        var v2 = (await importer.ImportAsync(TestEntities.Snapshot([person with { Raw = person.Raw + ",\"new column\"" }]))).Version;

        var diff = await new ListDiffer(test.Store).DiffAsync(v1.Id, v2.Id);

        var field = Assert.Single(Assert.Single(diff.Changed).Fields);
        Assert.Equal(EntityField.Raw, field.Field);
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public async Task DiffAsync_SameVersionOrReversed_IsEmptyOrMirrored(StoreKind kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        var importer = test.Importer();
        var v1 = (await importer.ImportAsync(TestEntities.Snapshot(TestEntities.People(10)))).Version;
        var v2 = (await importer.ImportAsync(TestEntities.Snapshot(TestEntities.People(10, first: 4)))).Version;
        var differ = new ListDiffer(test.Store);

        var same = await differ.DiffAsync(v2.Id, v2.Id);
        var forward = await differ.DiffAsync(v1.Id, v2.Id);
        var backward = await differ.DiffAsync(v2.Id, v1.Id);

        Assert.True(same.IsEmpty);
        Assert.Equal(new(3, 3, 0), forward.Counts);
        Assert.Equal(forward.Added.Select(e => e.Id), backward.Removed.Select(e => e.Id));
        Assert.Equal(forward.Removed.Select(e => e.Id), backward.Added.Select(e => e.Id));
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public async Task DiffAsync_VersionsOfTwoSources_Throws(StoreKind kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        var importer = test.Importer();
        var a = (await importer.ImportAsync(TestEntities.Snapshot(TestEntities.People(2)))).Version;
        var other = SanctionsEntity.Create("other", "1", Schema.Person, [EntityName.Create("X")]);
        var b = (await importer.ImportAsync(new ListSnapshot("other", "Other", null, "memory", "hash-b", [other]))).Version;
        var differ = new ListDiffer(test.Store);

        await Assert.ThrowsAsync<ArgumentException>(() => differ.DiffAsync(a.Id, b.Id));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => differ.DiffAsync(TestEntities.Source, 1, 9));
    }

    [Fact]
    public void Compare_ReorderedLists_IsNoChange()
    {
        var entity = TestEntities.Rich(1);
        var reordered = entity with
        {
            Names = [entity.Names[0], entity.Names[2], entity.Names[1]],
            BirthDates = [.. entity.BirthDates.Reverse()],
        };

        Assert.Empty(EntityComparer.Compare(entity, reordered));
    }

    [Fact]
    public void Compare_PrimaryNameAndSchemaChanged_ReportsOldAndNewValues()
    {
        var entity = TestEntities.Person(1, "OLD NAME");
        var renamed = entity with { Names = [EntityName.Create("NEW NAME")], Schema = Schema.Organization, Gender = Gender.Female, ListedOn = new DateOnly(2020, 12, 18) };

        var fields = EntityComparer.Compare(entity, renamed).ToDictionary(f => f.Field);

        Assert.Equal(new[] { "Person" }, fields[EntityField.Schema].Removed.AsEnumerable());
        Assert.Equal(new[] { "Organization" }, fields[EntityField.Schema].Added.AsEnumerable());
        Assert.Equal(new[] { "OLD NAME" }, fields[EntityField.PrimaryName].Removed.AsEnumerable());
        Assert.Equal(new[] { "NEW NAME" }, fields[EntityField.PrimaryName].Added.AsEnumerable());
        Assert.Equal(new[] { "Female" }, fields[EntityField.Gender].Added.AsEnumerable());
        Assert.Empty(fields[EntityField.ListedOn].Removed);
        Assert.Equal(new[] { "2020-12-18" }, fields[EntityField.ListedOn].Added.AsEnumerable());
        Assert.Equal("PrimaryName: - OLD NAME; + NEW NAME", fields[EntityField.PrimaryName].ToString());
    }

    private static FieldChange Field(EntityChange change, EntityField field) => change.Fields.Single(f => f.Field == field);
}
