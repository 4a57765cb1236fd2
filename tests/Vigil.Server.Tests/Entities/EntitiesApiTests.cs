using System.Net;
using System.Text.Json;
using Vigil.Server.Tests.Infrastructure;

namespace Vigil.Server.Tests.Entities;

public sealed class EntitiesApiTests : IClassFixture<StoredVersionsFactory>
{
    private readonly StoredVersionsFactory server;

    public EntitiesApiTests(StoredVersionsFactory server)
    {
        this.server = server;
    }

    [Fact]
    public async Task GetEntity_Known_ReturnsTheFullRecord()
    {
        using var client = server.Client(server.ScreenKey);

        var json = JsonDocument.Parse(await client.GetStringAsync("/v1/entities/ofac-sdn:22790")).RootElement;

        Assert.Equal("ofac-sdn:22790", json.GetProperty("id").GetString());
        Assert.Equal("MADURO MOROS, Nicolas", json.GetProperty("name").GetString());
        Assert.Equal("1962-11-23", json.GetProperty("birthDates")[0].GetProperty("from").GetString());
        Assert.Equal("cedula", json.GetProperty("identifiers")[0].GetProperty("type").GetString());
        Assert.Equal("5892464", json.GetProperty("identifiers")[0].GetProperty("value").GetString());
        Assert.Equal("male", json.GetProperty("gender").GetString());
        Assert.Contains("VENEZUELA", json.GetProperty("programs").EnumerateArray().Select(p => p.GetString()));
        Assert.False(string.IsNullOrEmpty(json.GetProperty("raw").GetString()));
    }

    [Fact]
    public async Task GetEntity_LinksAreResolvedBothWays()
    {
        using var client = server.Client(server.ScreenKey);

        var company = JsonDocument.Parse(await client.GetStringAsync("/v1/entities/ofac-sdn:30421")).RootElement;
        var person = JsonDocument.Parse(await client.GetStringAsync("/v1/entities/ofac-sdn:22790")).RootElement;

        var link = company.GetProperty("links").EnumerateArray().Single(l => l.GetProperty("id").GetString() == "ofac-sdn:22790");
        Assert.Equal("Linked To", link.GetProperty("relation").GetString());
        Assert.Equal("MADURO MOROS, Nicolas", link.GetProperty("entity").GetProperty("name").GetString());
        Assert.Equal("Person", link.GetProperty("entity").GetProperty("schema").GetString());
        var back = person.GetProperty("linkedFrom").EnumerateArray().Single(l => l.GetProperty("id").GetString() == "ofac-sdn:30421");
        Assert.Equal("EX-CLE SOLUCIONES BIOMETRICAS C.A.", back.GetProperty("entity").GetProperty("name").GetString());
    }

    [Fact]
    public async Task GetEntity_InTheStore_CarriesItsHistory()
    {
        using var client = server.Client(server.ScreenKey);

        var changed = JsonDocument.Parse(await client.GetStringAsync("/v1/entities/" + server.ChangedId)).RootElement.GetProperty("history");
        var added = JsonDocument.Parse(await client.GetStringAsync("/v1/entities/" + server.AddedId)).RootElement.GetProperty("history");

        Assert.Equal(["added", "changed"], changed.EnumerateArray().Select(e => e.GetProperty("event").GetString()));
        Assert.Equal(1, changed[0].GetProperty("version").GetProperty("number").GetInt32());
        Assert.Equal(2, changed[1].GetProperty("version").GetProperty("number").GetInt32());
        Assert.Equal("remarks", changed[1].GetProperty("changes")[0].GetProperty("field").GetString());
        Assert.Equal("Remarks of version 1.", changed[1].GetProperty("changes")[0].GetProperty("removed")[0].GetString());
        var only = Assert.Single(added.EnumerateArray());
        Assert.Equal("added", only.GetProperty("event").GetString());
        Assert.Equal(2, only.GetProperty("version").GetProperty("number").GetInt32());
    }

    [Fact]
    public async Task GetEntity_NotInTheStore_HasNullHistory()
    {
        using var client = server.Client(server.ScreenKey);

        var json = JsonDocument.Parse(await client.GetStringAsync("/v1/entities/ofac-sdn:22790")).RootElement;

        Assert.Equal(JsonValueKind.Null, json.GetProperty("history").ValueKind);
    }

    [Theory]
    [InlineData("ofac-sdn:999999999")]
    [InlineData("nothing")]
    [InlineData("ofac-sdn%3A0")]
    public async Task GetEntity_Unknown_Returns404Problem(string id)
    {
        using var client = server.Client(server.ScreenKey);

        var response = await client.GetAsync("/v1/entities/" + id);

        await ProblemAssert.IsProblem(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task GetEntity_EncodedColon_IsFound()
    {
        using var client = server.Client(server.ScreenKey);

        var response = await client.GetAsync("/v1/entities/ofac-sdn%3A22790");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
