using Vigil.Model;

namespace Vigil.Sources.Tests.OpenSanctions;

/// <summary>Mapping FollowTheMoney records: entity schemas, linked records, and the data a valid file can still get wrong.</summary>
public sealed class OpenSanctionsMapperTests
{
    [Theory]
    [InlineData("Person", Schema.Person)]
    [InlineData("Company", Schema.Organization)]
    [InlineData("Organization", Schema.Organization)]
    [InlineData("PublicBody", Schema.Organization)]
    [InlineData("LegalEntity", Schema.LegalEntity)]
    [InlineData("Vessel", Schema.Vessel)]
    [InlineData("Airplane", Schema.Aircraft)]
    public void Map_EntitySchema_BecomesAnEntity(string schema, Schema expected)
    {
        var parsed = OpenSanctionsTestData.Parse($$$"""{"id": "x1", "schema": "{{{schema}}}", "properties": {"name": ["Example"]}}""");

        Assert.Equal(expected, Assert.Single(parsed.Entities).Schema);
    }

    [Fact]
    public void Map_OtherSchemas_AreNotEntities()
    {
        var parsed = OpenSanctionsTestData.Parse(
            """{"id": "x1", "schema": "Person", "properties": {"name": ["Example"]}}""",
            """{"id": "a1", "schema": "Address", "properties": {"full": ["1 Example Street"]}}""",
            """{"id": "n1", "schema": "Note", "properties": {"description": ["text"]}}""");

        Assert.Equal("os:x1", Assert.Single(parsed.Entities).Id);
    }

    [Fact]
    public void Map_IdentificationAndSanctionThroughAReferent_AttachToTheEntity()
    {
        var parsed = OpenSanctionsTestData.Parse(
            """{"id": "x1", "schema": "Person", "properties": {"name": ["Example"]}, "referents": ["old-x1"]}""",
            """{"id": "i1", "schema": "Identification", "properties": {"holder": ["old-x1"], "number": ["AB-123"], "type": ["National ID card"], "country": ["fr"]}}""",
            """{"id": "i2", "schema": "Passport", "properties": {"holder": ["x1"], "number": ["P123"], "country": ["de"]}}""",
            """{"id": "s1", "schema": "Sanction", "properties": {"entity": ["old-x1"], "program": ["Example programme"], "authority": ["Example authority"], "listingDate": ["2020-05-06"]}}""",
            """{"id": "s2", "schema": "Sanction", "properties": {"entity": ["x1"], "authority": ["Other authority"], "startDate": ["2019-01-01"]}}""");

        var e = Assert.Single(parsed.Entities);

        Assert.Equal(
            [
                new Identifier(IdentifierType.NationalId, "AB-123", "FR", "National ID card"),
                new Identifier(IdentifierType.Passport, "P123", "DE", "Passport"),
            ],
            e.Identifiers.ToArray());
        Assert.Equal(["Example programme", "Other authority"], e.Programs.ToArray());
        Assert.Equal(new DateOnly(2020, 5, 6), e.ListedOn);
    }

    // OpenSanctions keeps a wallet as a record of its own (CryptoWallet), pointing at its holder.
    [Fact]
    public void Map_CryptoWallet_IsItsHoldersIdentifier()
    {
        var parsed = OpenSanctionsTestData.Parse(
            """{"id": "x1", "schema": "Organization", "properties": {"name": ["Lazarus Group"]}}""",
            """{"id": "w1", "schema": "CryptoWallet", "properties": {"holder": ["x1"], "publicKey": ["0x098B716B8Aaf21512996dC57EB0615e2383E2f96"], "currency": ["ETH"]}}""",
            """{"id": "w2", "schema": "CryptoWallet", "properties": {"holder": ["x1"], "publicKey": ["12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h"]}}""");

        var e = Assert.Single(parsed.Entities);

        Assert.Equal(
            [
                new Identifier(IdentifierType.CryptoAddress, "0x098B716B8Aaf21512996dC57EB0615e2383E2f96", Label: "Digital Currency Address - ETH"),
                new Identifier(IdentifierType.CryptoAddress, "12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h", Label: "Digital Currency Address"),
            ],
            e.Identifiers.ToArray());
    }

    [Fact]
    public void Map_LinkToARecordNotInTheFile_IsLeftOut()
    {
        var parsed = OpenSanctionsTestData.Parse(
            """{"id": "x1", "schema": "Person", "properties": {"name": ["Example"]}}""",
            """{"id": "o1", "schema": "Ownership", "properties": {"owner": ["x1"], "asset": ["elsewhere"]}}""");

        Assert.Empty(Assert.Single(parsed.Entities).Links);
    }

    [Fact]
    public void Map_DuplicateId_ThrowsNamingBothLines()
    {
        var ex = Assert.Throws<ListFormatException>(() => OpenSanctionsTestData.Parse(
            """{"id": "x1", "schema": "Person", "properties": {"name": ["Example"]}}""",
            """{"id": "x1", "schema": "Company", "properties": {"name": ["Example"]}}"""));

        Assert.Equal("line 2", ex.Location);
        Assert.Equal("id x1 appears twice (first at test.json, line 1)", ex.Problem);
    }

    [Fact]
    public void Map_EntityWithoutNameOrCaption_Throws()
    {
        var ex = Assert.Throws<ListFormatException>(() => OpenSanctionsTestData.Parse("""{"id": "x1", "schema": "Vessel", "properties": {"imoNumber": ["9123456"]}}"""));

        Assert.Equal("line 1", ex.Location);
        Assert.Equal("Vessel x1 has neither a name nor a caption", ex.Problem);
    }

    [Fact]
    public void Parse_EmptyFile_Throws()
    {
        // An empty export is a failed download far more often than an empty list.
        var ex = Assert.Throws<ListFormatException>(() => OpenSanctionsTestData.Parse("\n\n"));

        Assert.Equal("the file holds no entities", ex.Problem);
    }

    [Fact]
    public void Map_VesselAndAirplaneIdentifiers_UseTheirKinds()
    {
        var parsed = OpenSanctionsTestData.Parse(
            """{"id": "v1", "schema": "Vessel", "properties": {"name": ["SEA EXAMPLE"], "imoNumber": ["IMO 9123456"], "mmsi": ["273000000"], "flag": ["pa"]}}""",
            """{"id": "a1", "schema": "Airplane", "properties": {"name": ["EX-001"], "registrationNumber": ["EP-ABC"], "serialNumber": ["1234"]}}""");

        var vessel = parsed.Entities[0];
        var airplane = parsed.Entities[1];
        Assert.Equal([IdentifierType.Imo, IdentifierType.Mmsi], vessel.Identifiers.Select(i => i.Type));
        Assert.Equal(["PA"], vessel.Countries.ToArray());
        Assert.Equal([IdentifierType.AircraftTailNumber, IdentifierType.AircraftSerial], airplane.Identifiers.Select(i => i.Type));
    }
}
