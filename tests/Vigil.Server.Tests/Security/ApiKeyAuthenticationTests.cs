using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Vigil.Server.Keys;
using Vigil.Server.Tests.Infrastructure;

namespace Vigil.Server.Tests.Security;

public sealed class ApiKeyAuthenticationTests : IClassFixture<VigilServerFactory>
{
    private static readonly string[] ScreenRoutes =
    [
        "/v1/search?name=Maduro",
        "/v1/entities/ofac-sdn:22790",
        "/v1/lists",
        "/v1/lists/un-sc/versions",
    ];

    private readonly VigilServerFactory server;

    public ApiKeyAuthenticationTests(VigilServerFactory server)
    {
        this.server = server;
    }

    public static TheoryData<string> Routes() => [.. ScreenRoutes, "/v1/keys"];

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task V1_WithoutKey_Returns401ProblemWithChallenge(string route)
    {
        using var client = server.Client(null);

        var response = await client.GetAsync(route);

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal("An API key is required", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Match_WithoutKey_Returns401()
    {
        using var client = server.Client(null);

        var response = await client.PostAsJsonAsync("/v1/match", new { queries = new { q = new { schema = "Person", properties = new { name = new[] { "Maduro" } } } } });

        await ProblemAssert.IsProblem(response, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("vgl_not-a-key")]
    [InlineData("x")]
    [InlineData("vgl_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task V1_WithUnknownKey_Returns401(string key)
    {
        using var client = server.Client(key);

        var response = await client.GetAsync("/v1/search?name=Maduro");

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.Unauthorized, key);
        Assert.Equal("The API key is not valid", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task V1_WithOverlongKey_Returns401()
    {
        using var client = server.Client(new string('k', 5000));

        await ProblemAssert.IsProblem(await client.GetAsync("/v1/search?name=Maduro"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task V1_KeyInXApiKeyHeader_IsAccepted()
    {
        using var client = server.Client(null);
        client.DefaultRequestHeaders.Add("X-Api-Key", server.ScreenKey);

        var response = await client.GetAsync("/v1/search?name=Maduro");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task V1_BearerSchemeInAnyCase_IsAccepted()
    {
        using var client = server.Client(null);
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "bearer " + server.ScreenKey);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/v1/search?name=Maduro")).StatusCode);
    }

    [Theory]
    [InlineData(ApiRole.Screen)]
    [InlineData(ApiRole.Analyst)]
    [InlineData(ApiRole.Admin)]
    public async Task ScreenRoutes_EveryRole_IsAllowed(ApiRole role)
    {
        using var client = server.Client(KeyOf(role));

        foreach (var route in ScreenRoutes)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(route)).StatusCode);
        }
    }

    [Theory]
    [InlineData(ApiRole.Screen)]
    [InlineData(ApiRole.Analyst)]
    public async Task Keys_BelowAdmin_Returns403Problem(ApiRole role)
    {
        using var client = server.Client(KeyOf(role));

        var list = await client.GetAsync("/v1/keys");
        var create = await client.PostAsJsonAsync("/v1/keys", new { role = "admin", name = "escalation" });
        var revoke = await client.DeleteAsync("/v1/keys/abc");

        var problem = await ProblemAssert.IsProblem(list, HttpStatusCode.Forbidden);
        Assert.Contains(ApiRoles.NameOf(role), problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await ProblemAssert.IsProblem(create, HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblem(revoke, HttpStatusCode.Forbidden);
        Assert.DoesNotContain(server.KeyStore.List(), k => k.Name == "escalation");
    }

    [Fact]
    public async Task Keys_Admin_CreatesListsAndRevokes()
    {
        using var admin = server.Client(server.AdminKey);

        var created = await admin.PostAsJsonAsync("/v1/keys", new { role = "screen", name = "payments" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var json = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        var secret = json.GetProperty("secret").GetString()!;
        var id = json.GetProperty("key").GetProperty("id").GetString()!;
        Assert.StartsWith("vgl_", secret, StringComparison.Ordinal);
        Assert.Equal("/v1/keys/" + id, created.Headers.Location?.OriginalString);

        using var fresh = server.Client(secret);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/v1/search?name=Maduro")).StatusCode);

        var listed = await admin.GetStringAsync("/v1/keys");
        Assert.Contains(id, listed, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, listed, StringComparison.Ordinal);
        Assert.DoesNotContain(secret[8..], listed, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("/v1/keys/" + id)).StatusCode);
        await ProblemAssert.IsProblem(await admin.DeleteAsync("/v1/keys/" + id), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Keys_CreateWithUnknownRole_Returns400()
    {
        using var admin = server.Client(server.AdminKey);

        var response = await admin.PostAsJsonAsync("/v1/keys", new { role = "root" });

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("role", out _));
    }

    [Fact]
    public async Task RevokedKey_IsRefusedOnceTheKeyTableIsReadAgain()
    {
        var key = server.KeyStore.Create(ApiRole.Screen, "short-lived");
        using var client = server.Client(key.Secret);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/v1/search?name=Maduro")).StatusCode);

        Assert.True(server.KeyStore.Revoke(key.Info.Id));

        // The server trusts its copy of the table for KeyRefreshInterval (5 s by default).
        var status = HttpStatusCode.OK;
        for (var i = 0; i < 100 && status == HttpStatusCode.OK; i++)
        {
            await Task.Delay(100);
            status = (await client.GetAsync("/v1/search?name=Maduro")).StatusCode;
        }

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    private string KeyOf(ApiRole role) => role switch
    {
        ApiRole.Screen => server.ScreenKey,
        ApiRole.Analyst => server.AnalystKey,
        _ => server.AdminKey,
    };
}
