using System.Net;
using System.Text;
using Vigil.Server.Tests.Infrastructure;

namespace Vigil.Server.Tests.Lists;

/// <summary>Who may import and refresh, and the requests refused before anything is stored (one shared server, never changed).</summary>
public sealed class ListAdminApiTests : IClassFixture<VigilServerFactory>
{
    private readonly VigilServerFactory server;

    public ListAdminApiTests(VigilServerFactory server)
    {
        this.server = server;
    }

    public static TheoryData<string> Routes() => ["/v1/lists/un-sc/import", "/v1/lists/un-sc/refresh"];

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task AdminRoutes_WithoutKey_Return401(string route)
    {
        using var client = server.Client(null);

        var response = await client.PostAsync(route, Body(route));

        await ProblemAssert.IsProblem(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Theory]
    [InlineData("/v1/lists/un-sc/import", "screen")]
    [InlineData("/v1/lists/un-sc/import", "analyst")]
    [InlineData("/v1/lists/un-sc/refresh", "screen")]
    [InlineData("/v1/lists/un-sc/refresh", "analyst")]
    public async Task AdminRoutes_WithScreenOrAnalystKey_Return403AndStoreNothing(string route, string role)
    {
        using var client = server.Client(role == "screen" ? server.ScreenKey : server.AnalystKey);

        var response = await client.PostAsync(route, Body(route));

        await ProblemAssert.IsProblem(response, HttpStatusCode.Forbidden);
        using var admin = server.Client(server.AdminKey);
        Assert.Null(await ApiCalls.BestMatchAsync(admin, UnListFiles.NewName));
        Assert.Contains("\"versions\":[]", await admin.GetStringAsync("/v1/lists/un-sc/versions"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/v1/lists/planet/import")]
    [InlineData("/v1/lists/planet/refresh")]
    public async Task AdminRoutes_UnknownSource_Return404(string route)
    {
        using var client = server.Client(server.AdminKey);

        var problem = await ProblemAssert.IsProblem(await client.PostAsync(route, Body(route)), HttpStatusCode.NotFound);

        Assert.Contains("un-sc", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refresh_ListWithoutDownload_Returns404NamingTheImport()
    {
        using var client = server.Client(server.AdminKey);

        var problem = await ProblemAssert.IsProblem(await client.PostAsync("/v1/lists/os/refresh", null), HttpStatusCode.NotFound);

        Assert.Equal("No download for this list", problem.GetProperty("title").GetString());
        Assert.Contains("POST /v1/lists/os/import", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string, string, string> BadBodies() => new()
    {
        // source, content type, body, query, what the detail says
        { "un-sc", "application/xml", string.Empty, string.Empty, "The request body is empty" },
        { "un-sc", "application/xml", "TRUNCATED", string.Empty, "consolidated.xml: " },
        { "un-sc", "text/csv", "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\"\n", string.Empty, "consolidated.xml: " },
        { "ofac-sdn", "text/plain", "hello", "?fileName=notes.txt", "notes.txt is not a list of ofac-sdn in a format Vigil reads" },
        { "ofac-sdn", "text/csv", "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\n173,\"ANGLO", string.Empty, "sdn.csv: " },
        { "ofac-sdn", "application/zip", "PK\u0003\u0004 not really a zip", string.Empty, "not a readable ZIP archive" },
        { "un-sc", "application/xml", "<x/>", "?fileName=../../etc/passwd", "is not a plain file name" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Import_BadFile_Returns400ProblemAndStoresNothing(string source, string contentType, string body, string query, string expected)
    {
        using var client = server.Client(server.AdminKey);
        var bytes = body == "TRUNCATED" ? UnListFiles.Truncated() : Encoding.UTF8.GetBytes(body);

        var response = await ApiCalls.ImportAsync(client, source, bytes, contentType, query);

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest, "vigil-import-", "/tmp/");
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains(expected, detail, StringComparison.Ordinal);
        Assert.EndsWith("Nothing was stored; the current version stays.", detail, StringComparison.Ordinal);
        Assert.Contains("\"versions\":[]", await client.GetStringAsync($"/v1/lists/{source}/versions"), StringComparison.Ordinal);
        Assert.Null(await ApiCalls.BestMatchAsync(client, UnListFiles.NewName));
    }

    /// <summary>A list file for an import; nothing for a refresh, which takes no body (and caps bodies at the server-wide 1 MiB).</summary>
    private static ByteArrayContent? Body(string route) => route.EndsWith("/import", StringComparison.Ordinal) ? new ByteArrayContent(UnListFiles.Renamed()) : null;
}
