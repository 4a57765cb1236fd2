using System.Net;
using System.Text.Json;
using Vigil.Server.Tests.Infrastructure;

namespace Vigil.Server.Tests.Screening;

public sealed class SearchApiTests : IClassFixture<VigilServerFactory>
{
    private readonly VigilServerFactory server;

    public SearchApiTests(VigilServerFactory server)
    {
        this.server = server;
    }

    [Fact]
    public async Task Search_MotivatingCase_ReturnsExCleFirstAsMatch()
    {
        using var client = server.Client(server.ScreenKey);

        var response = await client.GetAsync("/v1/search?name=Ex-Cle%20Soluciones%20Biometricas");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var first = json.GetProperty("results")[0];
        Assert.Equal("ofac-sdn:30421", first.GetProperty("id").GetString());
        Assert.True(first.GetProperty("match").GetBoolean());
        Assert.Equal("Ex-Cle Soluciones Biometricas", json.GetProperty("query").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Search_Answer_HasTheCliJsonShape()
    {
        using var client = server.Client(server.ScreenKey);

        var json = JsonDocument.Parse(await client.GetStringAsync("/v1/search?name=Nicolas%20Maduro&type=person&dob=1962&country=ve&limit=3&threshold=0.6")).RootElement;

        var query = json.GetProperty("query");
        Assert.Equal("Person", query.GetProperty("schema").GetString());
        Assert.Equal("1962", query.GetProperty("birthDate").GetString());
        Assert.Equal("VE", query.GetProperty("countries")[0].GetString());
        Assert.Equal(3, query.GetProperty("limit").GetInt32());
        Assert.Equal(0.6, query.GetProperty("threshold").GetDouble());
        var result = json.GetProperty("results")[0];
        Assert.Equal("ofac-sdn:22790", result.GetProperty("id").GetString());
        foreach (var field in new[] { "id", "source", "sourceId", "schema", "name", "matchedName", "score", "match", "programs", "explanation" })
        {
            Assert.True(result.TryGetProperty(field, out _), field);
        }

        var explanation = result.GetProperty("explanation");
        Assert.True(explanation.GetProperty("tokens").GetArrayLength() > 0);
        Assert.Contains(explanation.GetProperty("features").EnumerateArray(), f => f.GetProperty("feature").GetString() == "date of birth");
        Assert.True(json.GetProperty("results").GetArrayLength() <= 3);
    }

    [Fact]
    public async Task Search_NameOver500Characters_Returns400()
    {
        using var client = server.Client(server.ScreenKey);

        var response = await client.GetAsync("/v1/search?name=" + new string('a', 501));

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest, new string('a', 100));
        Assert.Contains("500", problem.GetProperty("errors").GetProperty("name")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_Gender_IsEchoedAndWeighedAgainstTheListedGender()
    {
        using var client = server.Client(server.ScreenKey);

        var response = await client.GetAsync("/v1/search?name=Nicolas%20Maduro&type=person&gender=F");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("female", doc.RootElement.GetProperty("query").GetProperty("gender").GetString());
        var maduro = doc.RootElement.GetProperty("results").EnumerateArray().First(r => r.GetProperty("id").GetString() == "ofac-sdn:22790");
        Assert.Contains("gender Female is not listed Male", maduro.GetProperty("explanation").GetProperty("summary").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_NameInLatin1_Returns400SayingUtf8()
    {
        // "Nicolás" percent-encoded from Latin-1: decoded as UTF-8 it was "Nicol\uFFFDs", which matched nothing.
        using var client = server.Client(server.ScreenKey);

        var response = await client.GetAsync("/v1/search?name=Nicol%E1s%20Maduro");

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.Contains("UTF-8", problem.GetProperty("errors").GetProperty("name")[0].GetString(), StringComparison.Ordinal);

        var utf8 = await client.GetAsync("/v1/search?name=Nicol%C3%A1s%20Maduro");
        Assert.Equal(HttpStatusCode.OK, utf8.StatusCode);
        Assert.Contains("ofac-sdn:22790", await utf8.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_Name500Characters_IsAccepted()
    {
        using var client = server.Client(server.ScreenKey);

        var response = await client.GetAsync("/v1/search?name=" + string.Join(' ', Enumerable.Repeat(new string('x', 99), 5)) + "e");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("23.11.1962")]
    [InlineData("23/11/1962")]
    [InlineData("1962-11-23T00:00:00Z")]
    [InlineData("23%20Nov%201962")]
    public async Task Search_DateOfBirthAsCustomerRecordsWriteIt_IsRead(string dob)
    {
        using var client = server.Client(server.ScreenKey);

        var json = JsonDocument.Parse(await client.GetStringAsync("/v1/search?name=Nicolas%20Maduro&type=person&dob=" + dob)).RootElement;

        Assert.Equal("1962-11-23", json.GetProperty("query").GetProperty("birthDate").GetString());
    }

    [Fact]
    public async Task Search_NameOfManyShortWords_IsAccepted()
    {
        using var client = server.Client(server.ScreenKey);

        var response = await client.GetAsync("/v1/search?name=" + string.Join(' ', Enumerable.Repeat("abcd", 100)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("dob=1962-13-01", "dob")]
    [InlineData("dob=03/04/1962", "dob")]
    [InlineData("dob=23/11/62", "dob")]
    [InlineData("dob=1962-02-30", "dob")]
    [InlineData("type=planet", "type")]
    [InlineData("country=Atlantis", "country")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=1001", "limit")]
    [InlineData("threshold=1.5", "threshold")]
    [InlineData("gender=yes", "gender")]
    public async Task Search_BadParameter_Returns400NamingIt(string parameter, string field)
    {
        using var client = server.Client(server.ScreenKey);

        var response = await client.GetAsync("/v1/search?name=Maduro&" + parameter);

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), field);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?name=")]
    [InlineData("?name=%20%20")]
    public async Task Search_NoName_Returns400(string query)
    {
        using var client = server.Client(server.ScreenKey);

        var response = await client.GetAsync("/v1/search" + query);

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("name", out _));
    }

    // "Is this wallet listed?": an identifier alone is a query, as a batch row may be one.
    [Theory]
    [InlineData("?id=crypto:0x098B716B8Aaf21512996dC57EB0615e2383E2f96")]
    [InlineData("?name=&id=wallet:0x098B716B8Aaf21512996dC57EB0615e2383E2f96")]
    public async Task Search_WalletWithoutName_FindsItsHolder(string query)
    {
        using var client = server.Client(server.ScreenKey);

        var response = await client.GetAsync("/v1/search" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var first = Assert.Single(json.GetProperty("results").EnumerateArray());
        Assert.Equal("ofac-sdn:27307", first.GetProperty("id").GetString());
        Assert.True(first.GetProperty("match").GetBoolean());
    }

    [Fact]
    public async Task Search_NoNameAndUnreadableIdentifier_Returns400NamingBoth()
    {
        using var client = server.Client(server.ScreenKey);

        var response = await client.GetAsync("/v1/search?id=coin:0x098B716B8Aaf21512996dC57EB0615e2383E2f96");

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("name", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("id", out _));
    }

    [Fact]
    public async Task Search_LimitNotANumber_Returns400ProblemNamingTheParameter()
    {
        using var client = server.Client(server.ScreenKey);

        var response = await client.GetAsync("/v1/search?name=Maduro&limit=ten");

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.Contains("limit", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_ListedPassportUnderAnotherName_FindsItsHolder()
    {
        using var client = server.Client(server.ScreenKey);

        var json = JsonDocument.Parse(await client.GetStringAsync("/v1/search?name=John%20Smith&id=passport:27082171")).RootElement;

        Assert.Equal("passport:27082171", json.GetProperty("query").GetProperty("identifiers")[0].GetString());
        var first = json.GetProperty("results")[0];
        Assert.Equal("ofac-sdn:6931", first.GetProperty("id").GetString());
        Assert.True(first.GetProperty("match").GetBoolean());
        Assert.Contains(first.GetProperty("explanation").GetProperty("features").EnumerateArray(), f => f.GetProperty("feature").GetString() == "identifier decides");
    }

    [Fact]
    public async Task Search_UnreadableIdentifier_Returns400NamingIt()
    {
        using var client = server.Client(server.ScreenKey);

        var response = await client.GetAsync("/v1/search?name=John%20Smith&id=passport:27082171&id=visa:123");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").GetProperty("id");
        Assert.Contains("'visa' is no identifier type", Assert.Single(errors.EnumerateArray()).GetString(), StringComparison.Ordinal);
    }
}
