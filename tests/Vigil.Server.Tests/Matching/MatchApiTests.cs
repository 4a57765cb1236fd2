using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Vigil.Server.Tests.Infrastructure;

namespace Vigil.Server.Tests.Matching;

public sealed class MatchApiTests : IClassFixture<VigilServerFactory>
{
    private readonly VigilServerFactory server;

    public MatchApiTests(VigilServerFactory server)
    {
        this.server = server;
    }

    [Fact]
    public async Task Match_YenteBatch_AnswersEachKeyInYenteShape()
    {
        using var client = server.Client(server.ScreenKey);
        const string body = """
            {"queries":{
              "maduro":{"schema":"Person","properties":{"name":["Nicolas Maduro Moros"],"birthDate":["1962"],"nationality":["ve"],"idNumber":["5892464"],"address":["Caracas, Venezuela"]}},
              "excle":{"schema":"Company","properties":{"name":"Ex-Cle Soluciones Biometricas"}},
              "nobody":{"schema":"Person","properties":{"name":["Zzyzx Qwerty Plonk"]}}
            }}
            """;

        var response = await client.PostAsync("/v1/match", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var responses = json.GetProperty("responses");
        Assert.Equal(["maduro", "excle", "nobody"], responses.EnumerateObject().Select(p => p.Name));
        var maduro = responses.GetProperty("maduro");
        Assert.Equal(200, maduro.GetProperty("status").GetInt32());
        var first = maduro.GetProperty("results")[0];
        Assert.Equal("ofac-sdn:22790", first.GetProperty("id").GetString());
        Assert.True(first.GetProperty("match").GetBoolean());
        Assert.Equal("MADURO MOROS, Nicolas", first.GetProperty("caption").GetString());
        Assert.Equal("ofac-sdn", first.GetProperty("datasets")[0].GetString());
        Assert.True(first.TryGetProperty("explanation", out _));
        var features = first.GetProperty("explanation").GetProperty("features").EnumerateArray().Select(f => f.GetProperty("feature").GetString()).ToList();
        Assert.Contains("date of birth", features);
        Assert.Contains("country", features);
        Assert.Contains("identifier", features);
        Assert.Equal(maduro.GetProperty("results").GetArrayLength(), maduro.GetProperty("total").GetProperty("value").GetInt32());
        Assert.Equal("Person", maduro.GetProperty("query").GetProperty("schema").GetString());
        Assert.Equal("ofac-sdn:30421", responses.GetProperty("excle").GetProperty("results")[0].GetProperty("id").GetString());
        Assert.DoesNotContain(responses.GetProperty("nobody").GetProperty("results").EnumerateArray(), r => r.GetProperty("match").GetBoolean());
        Assert.Equal(5, json.GetProperty("limit").GetInt32());
    }

    [Fact]
    public async Task Match_ListedPassportUnderAnotherName_FindsItsHolder()
    {
        using var client = server.Client(server.ScreenKey);
        const string body = """
            {"queries":{"q":{"schema":"Person","properties":{"name":["John Smith"],"passportNumber":["27082171"]}}}}
            """;

        var json = JsonDocument.Parse(await (await client.PostAsync("/v1/match", new StringContent(body, Encoding.UTF8, "application/json"))).Content.ReadAsStringAsync()).RootElement;

        var results = json.GetProperty("responses").GetProperty("q").GetProperty("results").EnumerateArray().ToList();
        Assert.Contains(results, r => r.GetProperty("id").GetString() == "ofac-sdn:6931" && r.GetProperty("match").GetBoolean());
        Assert.Contains(results, r => r.GetProperty("id").GetString() == "un-sc:QDi.037" && r.GetProperty("match").GetBoolean());
    }

    [Fact]
    public async Task Match_ListedLeiUnderAnotherName_FindsItsHolder()
    {
        // OFAC lists VTB Bank with "Legal Entity Number 253400V1H6ART1UQ0N98"; FtM calls it leiCode.
        using var client = server.Client(server.ScreenKey);
        const string body = """
            {"queries":{"q":{"schema":"Company","properties":{"name":["Northern Trade Partners"],"leiCode":["253400V1H6ART1UQ0N98"]}}}}
            """;

        var json = JsonDocument.Parse(await (await client.PostAsync("/v1/match", new StringContent(body, Encoding.UTF8, "application/json"))).Content.ReadAsStringAsync()).RootElement;

        var results = json.GetProperty("responses").GetProperty("q").GetProperty("results").EnumerateArray().ToList();
        Assert.Contains(results, r => r.GetProperty("id").GetString() == "ofac-sdn:17013" && r.GetProperty("match").GetBoolean());
    }

    // A yente client asks about a wallet with a CryptoWallet query: the answer is whoever is listed under it.
    [Theory]
    [InlineData("""{"schema":"CryptoWallet","properties":{"publicKey":["0x098B716B8Aaf21512996dC57EB0615e2383E2f96"]}}""")]
    [InlineData("""{"schema":"Organization","properties":{"publicKey":["0x098B716B8Aaf21512996dC57EB0615e2383E2f96"]}}""")]
    public async Task Match_WalletWithoutName_FindsItsHolder(string query)
    {
        using var client = server.Client(server.ScreenKey);
        var body = "{\"queries\":{\"w\":" + query + "}}";

        var json = JsonDocument.Parse(await (await client.PostAsync("/v1/match", new StringContent(body, Encoding.UTF8, "application/json"))).Content.ReadAsStringAsync()).RootElement;

        var answer = json.GetProperty("responses").GetProperty("w");
        Assert.Equal(200, answer.GetProperty("status").GetInt32());
        var result = Assert.Single(answer.GetProperty("results").EnumerateArray());
        Assert.Equal("ofac-sdn:27307", result.GetProperty("id").GetString());
        Assert.True(result.GetProperty("match").GetBoolean());
    }

    [Fact]
    public async Task Match_LimitAndThreshold_AreApplied()
    {
        using var client = server.Client(server.ScreenKey);
        var body = """{"queries":{"q":{"schema":"Person","properties":{"name":["Maduro"]}}}}""";

        var response = await client.PostAsync("/v1/match?limit=2&threshold=0.99", new StringContent(body, Encoding.UTF8, "application/json"));

        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var results = json.GetProperty("responses").GetProperty("q").GetProperty("results");
        Assert.True(results.GetArrayLength() <= 2);
        Assert.DoesNotContain(results.EnumerateArray(), r => r.GetProperty("match").GetBoolean() && r.GetProperty("score").GetDouble() < 0.99);
        Assert.Equal(0.99, json.GetProperty("threshold").GetDouble());
    }

    [Fact]
    public async Task Match_FirstAndLastName_AreComposedIntoAName()
    {
        using var client = server.Client(server.ScreenKey);
        var body = """{"queries":{"q":{"schema":"Person","properties":{"firstName":["Nicolas"],"lastName":["Maduro Moros"]}}}}""";

        var json = JsonDocument.Parse(await (await client.PostAsync("/v1/match", new StringContent(body, Encoding.UTF8, "application/json"))).Content.ReadAsStringAsync()).RootElement;

        Assert.Equal("ofac-sdn:22790", json.GetProperty("responses").GetProperty("q").GetProperty("results")[0].GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("""{"schema":"Person","properties":{"name":["Maduro"],"birthDate":["1962-13"]}}""", "properties.birthDate")]
    [InlineData("""{"schema":"Person","properties":{"birthDate":["1962"]}}""", "properties.name")]
    [InlineData("""{"schema":"Person","properties":{"idNumber":["27082171"]}}""", "properties.name")]
    [InlineData("""{"schema":"Planet","properties":{"name":["Maduro"]}}""", "schema")]
    [InlineData("""{"schema":"Person","properties":{"name":["Maduro"],"nationality":["Atlantis"]}}""", "properties.country")]
    [InlineData("""{"schema":"Person","properties":{"name":[42]}}""", "properties.name")]
    public async Task Match_BadQuery_Gets400ForItsKeyAndTheOthersAreAnswered(string bad, string field)
    {
        using var client = server.Client(server.ScreenKey);
        var body = "{\"queries\":{\"bad\":" + bad + ",\"good\":{\"schema\":\"Person\",\"properties\":{\"name\":[\"Nicolas Maduro\"]}}}}";

        var response = await client.PostAsync("/v1/match", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var responses = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("responses");
        var badAnswer = responses.GetProperty("bad");
        Assert.Equal(400, badAnswer.GetProperty("status").GetInt32());
        Assert.True(badAnswer.GetProperty("errors").TryGetProperty(field, out _), field);
        Assert.Equal(0, badAnswer.GetProperty("total").GetProperty("value").GetInt32());
        Assert.Equal(200, responses.GetProperty("good").GetProperty("status").GetInt32());
        Assert.True(responses.GetProperty("good").GetProperty("results").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Match_NameOver500Characters_Gets400ForItsKey()
    {
        using var client = server.Client(server.ScreenKey);
        var body = JsonSerializer.Serialize(new { queries = new { q = new { schema = "Person", properties = new { name = new[] { new string('x', 501) } } } } });

        var response = await client.PostAsync("/v1/match", new StringContent(body, Encoding.UTF8, "application/json"));

        var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("responses").GetProperty("q");
        Assert.Equal(400, answer.GetProperty("status").GetInt32());
        Assert.Contains("500", answer.GetProperty("errors").GetProperty("properties.name")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Match_MoreThan100Queries_Returns400()
    {
        using var client = server.Client(server.ScreenKey);
        var queries = Enumerable.Range(0, 101).ToDictionary(i => "q" + i, _ => new { schema = "Person", properties = new Dictionary<string, string[]> { ["name"] = ["Maduro"] } });

        var response = await client.PostAsJsonAsync("/v1/match", new { queries });

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.Contains("100", problem.GetProperty("errors").GetProperty("queries")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Match_100Queries_AreAnswered()
    {
        using var client = server.Client(server.ScreenKey);
        var queries = Enumerable.Range(0, 100).ToDictionary(i => "q" + i, _ => new { schema = "Person", properties = new Dictionary<string, string[]> { ["name"] = ["Maduro"] } });

        var response = await client.PostAsJsonAsync("/v1/match", new { queries });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(100, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("responses").EnumerateObject().Count());
    }

    [Theory]
    [InlineData("""{"queries":{}}""")]
    [InlineData("""{}""")]
    public async Task Match_NoQueries_Returns400(string body)
    {
        using var client = server.Client(server.ScreenKey);

        var response = await client.PostAsync("/v1/match", new StringContent(body, Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("{\"queries\":")]
    [InlineData("not json")]
    [InlineData("{\"queries\":[1,2]}")]
    public async Task Match_MalformedJson_Returns400Problem(string body)
    {
        using var client = server.Client(server.ScreenKey);

        var response = await client.PostAsync("/v1/match", new StringContent(body, Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Match_BodyOver1MB_Returns413()
    {
        using var client = server.Client(server.ScreenKey);
        var body = "{\"queries\":{\"q\":{\"schema\":\"Person\",\"properties\":{\"name\":[\"" + new string('x', 1024 * 1024) + "\"]}}}}";

        var response = await client.PostAsync("/v1/match", new StringContent(body, Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblem(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Match_ChunkedBodyOver1MB_Returns413()
    {
        using var client = server.Client(server.ScreenKey);
        var bytes = Encoding.UTF8.GetBytes("{\"queries\":{\"q\":{\"schema\":\"Person\",\"properties\":{\"name\":[\"" + new string('x', 1100 * 1024) + "\"]}}}}");
        using var content = new StreamContent(new MemoryStream(bytes));
        content.Headers.ContentType = new("application/json");
        content.Headers.ContentLength = null;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/match") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await client.SendAsync(request);

        await ProblemAssert.IsProblem(response, HttpStatusCode.RequestEntityTooLarge);
    }
}
