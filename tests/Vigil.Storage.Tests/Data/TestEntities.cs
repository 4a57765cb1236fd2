using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Vigil.Model;
using Vigil.Storage.Store;

namespace Vigil.Storage.Tests.Data;

/// <summary>Synthetic entities and snapshots of a "test" source, for store behaviour that needs no real list.</summary>
internal static class TestEntities
{
    public const string Source = "test";

    public static SanctionsEntity Person(int id, string name, params string[] programs) =>
        SanctionsEntity.Create(Source, Id(id), Schema.Person, [EntityName.Create(name)]) with
        {
            Programs = programs.Length == 0 ? ["SDGT"] : [.. programs],
            Raw = $"{id},\"{name}\",\"individual\"",
        };

    public static SanctionsEntity Organization(int id, string name) =>
        SanctionsEntity.Create(Source, Id(id), Schema.Organization, [EntityName.Create(name)]) with { Programs = ["VENEZUELA-EO13850"], Raw = $"{id},\"{name}\",-0-" };

    /// <summary>A person with every field set, as a mapper of a rich list would produce.</summary>
    public static SanctionsEntity Rich(int id) =>
        SanctionsEntity.Create(Source, Id(id), Schema.Person,
        [
            new EntityName("MADURO MOROS, Nicolas", NameKind.Primary, "Nicolas", "MADURO MOROS"),
            new EntityName("MADURO, Nicolás", NameKind.StrongAlias, Language: "es"),
            new EntityName("Николас Мадуро", NameKind.OriginalScript, Language: "ru"),
        ]) with
        {
            BirthDates = [BirthDate.On(new PartialDate(1962, 11, 23)), BirthDate.Between(new PartialDate(1960), new PartialDate(1963))],
            BirthPlaces = [new Place("Caracas, Venezuela", "VE")],
            Nationalities = ["VE"],
            Citizenships = ["VE"],
            Countries = ["VE"],
            Addresses = [new Address("Palacio de Miraflores", "Caracas", Country: "Venezuela", CountryCode: "VE")],
            Identifiers = [new Identifier(IdentifierType.Cedula, "5892464", "VE", "Cedula No.")],
            Gender = Gender.Male,
            Programs = ["VENEZUELA-EO13692"],
            Titles = ["President of the Bolivarian Republic of Venezuela"],
            Links = [new EntityLink("Linked To", "PARTIDO SOCIALISTA UNIDO DE VENEZUELA")],
            Remarks = "DOB 23 Nov 1962; POB Caracas, Venezuela; Gender Male.",
            ListedOn = new DateOnly(2017, 7, 31),
            Raw = "22790,\"MADURO MOROS, Nicolas\",\"individual\",\"VENEZUELA\"",
        };

    public static ImmutableArray<SanctionsEntity> People(int count, int first = 1)
    {
        var builder = ImmutableArray.CreateBuilder<SanctionsEntity>(count);
        for (var i = first; i < first + count; i++)
        {
            builder.Add(Person(i, "PERSON " + i.ToString(CultureInfo.InvariantCulture)));
        }

        return builder.MoveToImmutable();
    }

    /// <summary>A snapshot whose content hash is derived from its entities, as a reader's hash of the files would be.</summary>
    public static ListSnapshot Snapshot(IEnumerable<SanctionsEntity> entities, DateTimeOffset? publishedAt = null, string source = Source)
    {
        var list = entities.ToImmutableArray();
        var text = new StringBuilder();
        foreach (var entity in list)
        {
            text.Append(EntityJson.Encode(entity).Hash).Append('\n');
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        return new ListSnapshot(source, "Test list", publishedAt, "memory", hash, list);
    }

    public static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    public static string EntityId(int id) => Source + ":" + Id(id);
}
