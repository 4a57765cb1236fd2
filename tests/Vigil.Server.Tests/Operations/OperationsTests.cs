using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Server.Tests.Infrastructure;

namespace Vigil.Server.Tests.Operations;

public sealed class OperationsTests : IClassFixture<VigilServerFactory>
{
    private readonly VigilServerFactory server;

    public OperationsTests(VigilServerFactory server)
    {
        this.server = server;
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task Health_WithoutKey_IsHealthy(string path)
    {
        using var client = server.Client(null);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Metrics_AfterASearch_ExposeTheCustomMetersAndRequestLatency()
    {
        using var client = server.Client(server.ScreenKey);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/v1/search?name=Ex-Cle%20Soluciones%20Biometricas")).StatusCode);

        using var scraper = server.Client(null);
        var text = await scraper.GetStringAsync("/metrics");

        Assert.Matches("(?m)^vigil_screening_names_total\\{[^}]*endpoint=\"search\"[^}]*\\} [1-9]", text);
        Assert.Matches("(?m)^vigil_screening_matches_total\\{[^}]*endpoint=\"search\"[^}]*\\} [1-9]", text);
        Assert.Matches("(?m)^vigil_list_age_seconds\\{[^}]*source=\"un-sc\"[^}]*\\} [0-9]", text);
        Assert.Contains("# TYPE http_server_request_duration_seconds histogram", text, StringComparison.Ordinal);
        Assert.Contains("http_route=\"/v1/search\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_ListsEveryApiRouteWithItsSecurity()
    {
        using var client = server.Client(null);

        var doc = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;

        var documented = doc.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => m.Name.ToUpperInvariant() + " " + p.Name))
            .ToHashSet(StringComparer.Ordinal);
        var mapped = server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/v1", StringComparison.Ordinal))
            .SelectMany(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()!.HttpMethods.Select(m => m + " " + e.RoutePattern.RawText))
            .ToHashSet(StringComparer.Ordinal);
        Assert.Equal(
            [
                "DELETE /v1/keys/{id}", "GET /v1/entities/{id}", "GET /v1/keys", "GET /v1/lists", "GET /v1/lists/{source}/diff",
                "GET /v1/lists/{source}/versions", "GET /v1/search", "POST /v1/keys", "POST /v1/lists/{source}/import", "POST /v1/lists/{source}/refresh",
                "POST /v1/match", "POST /v1/screen/payment", "POST /v1/screen/text",
            ],
            mapped.Order(StringComparer.Ordinal));
        Assert.Equal(mapped.Order(StringComparer.Ordinal), documented.Order(StringComparer.Ordinal));
        var schemes = doc.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("bearer", schemes.GetProperty("Bearer").GetProperty("scheme").GetString());
        Assert.Equal("X-Api-Key", schemes.GetProperty("ApiKey").GetProperty("name").GetString());
        Assert.True(doc.GetProperty("paths").GetProperty("/v1/search").GetProperty("get").GetProperty("security").GetArrayLength() > 0);
        var import = doc.GetProperty("paths").GetProperty("/v1/lists/{source}/import").GetProperty("post");
        Assert.Contains("Role: admin", import.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.True(import.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/zip", out _));
        Assert.Contains("Role: admin", doc.GetProperty("paths").GetProperty("/v1/lists/{source}/refresh").GetProperty("post").GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scalar_ServesTheReference()
    {
        using var client = server.Client(null);

        var response = await client.GetAsync("/scalar/v1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"openapi/v1.json\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The reference's script is served by the server itself, not fetched from elsewhere.
        var script = await client.GetAsync("/scalar/scalar.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }
}
