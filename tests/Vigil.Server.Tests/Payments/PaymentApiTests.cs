using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Vigil.Server.Tests.Infrastructure;

namespace Vigil.Server.Tests.Payments;

public sealed class PaymentApiTests : IClassFixture<VigilServerFactory>
{
    private const string Clean = """
        {1:F01NWTRGB2LAXXX0000000000}{2:I103CNTSDEFFXXXXN}{3:{108:SRVTEST0001}}{4:
        :20:SRV-TEST-0001
        :23B:CRED
        :32A:201221EUR4825,00
        :50K:/GB33NWTR60161331926819
        NORTHWIND LABORATORY SUPPLIES LTD
        14 HARBOUR ROAD
        SOUTHAMPTON
        :52A:NWTRGB2L
        :57A:CNTSDEFFXXX
        :59:/DE44500105175407324931
        BRENNHOFER MESSTECHNIK GMBH
        INDUSTRIESTRASSE 7
        70565 STUTTGART
        :70:/INV/2231 LABORATORY BALANCES
        :71A:SHA
        -}
        """;

    private readonly VigilServerFactory server;

    public PaymentApiTests(VigilServerFactory server)
    {
        this.server = server;
    }

    [Fact]
    public async Task ScreenPayment_CleanMt103_Passes()
    {
        using var client = server.Client(server.ScreenKey);

        var response = await client.PostAsJsonAsync("/v1/screen/payment", new { message = Clean });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("pass", json.GetProperty("decision").GetString());
        Assert.Equal("MT103", json.GetProperty("format").GetString());
        Assert.True(json.GetProperty("screened").GetArrayLength() > 0);
    }

    [Fact]
    public async Task ScreenPayment_ListedBeneficiary_IsHeld()
    {
        using var client = server.Client(server.ScreenKey);
        var message = Clean.Replace("BRENNHOFER MESSTECHNIK GMBH", "EX-CLE SOLUCIONES BIOMETRICAS C.A.", StringComparison.Ordinal);

        var json = JsonDocument.Parse(await (await client.PostAsJsonAsync("/v1/screen/payment", new { message })).Content.ReadAsStringAsync()).RootElement;

        Assert.Equal("hold", json.GetProperty("decision").GetString());
        Assert.Contains(json.GetProperty("hits").EnumerateArray(), h => h.GetProperty("result").ValueKind == JsonValueKind.Object && h.GetProperty("result").GetProperty("id").GetString() == "ofac-sdn:30421");
    }

    [Theory]
    [InlineData("<Document><broken")]
    [InlineData(" ")]
    public async Task ScreenPayment_Unreadable_Returns400(string message)
    {
        using var client = server.Client(server.ScreenKey);

        var problem = await ProblemAssert.IsProblem(await client.PostAsJsonAsync("/v1/screen/payment", new { message }), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("message", out _));
    }
}
