using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Vigil.Server.Tests.Infrastructure;

namespace Vigil.Server.Tests.TextScreening;

public sealed class TextApiTests : IClassFixture<VigilServerFactory>
{
    private readonly VigilServerFactory server;

    public TextApiTests(VigilServerFactory server)
    {
        this.server = server;
    }

    [Fact]
    public async Task ScreenText_NamesAListedCompanyAndACountry_FindsBoth()
    {
        using var client = server.Client(server.ScreenKey);
        const string text = "The invoice was paid to Ex-Cle Soluciones Biometricas C.A. in Caracas, Venezuela, last March.";

        var response = await client.PostAsJsonAsync("/v1/screen/text", new { text });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var mention = json.GetProperty("mentions").EnumerateArray().Single(m => m.GetProperty("result").GetProperty("id").GetString() == "ofac-sdn:30421");
        Assert.True(mention.GetProperty("result").GetProperty("match").GetBoolean());
        var best = mention.GetProperty("best");
        Assert.Equal(best.GetProperty("text").GetString(), text[best.GetProperty("start").GetInt32()..best.GetProperty("end").GetInt32()]);
        Assert.Contains(json.GetProperty("jurisdictions").EnumerateArray(), j => j.GetProperty("code").GetString() == "VE");
    }

    [Fact]
    public async Task ScreenText_Empty_Returns400()
    {
        using var client = server.Client(server.ScreenKey);

        var problem = await ProblemAssert.IsProblem(await client.PostAsJsonAsync("/v1/screen/text", new { text = " " }), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("text", out _));
    }

    [Fact]
    public async Task ScreenText_OverMaxLength_Returns400()
    {
        using var client = server.Client(server.ScreenKey);

        var response = await client.PostAsJsonAsync("/v1/screen/text", new { text = new string('a', 100_001) });

        await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task ScreenText_WithoutKey_Returns401()
    {
        using var client = server.Client(null);

        await ProblemAssert.IsProblem(await client.PostAsJsonAsync("/v1/screen/text", new { text = "Maduro" }), HttpStatusCode.Unauthorized);
    }
}
