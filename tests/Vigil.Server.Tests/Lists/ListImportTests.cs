using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Vigil.Server.Tests.Infrastructure;

namespace Vigil.Server.Tests.Lists;

/// <summary><c>POST /v1/lists/{source}/import</c> on servers of their own: each test changes what its server screens against.</summary>
public sealed class ListImportTests
{
    private static readonly string[] OfacFiles = ["sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv"];

    public static TheoryData<string> Stores => TestStores.All;

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Import_GoodFile_IsServedAtOnce_SameContentIsANoOp_BadFileKeepsIt(string store)
    {
        await using var postgres = store == TestStores.Postgres ? await TestStores.CreatePostgresAsync() : null;
        using var server = new ConfiguredServerFactory([.. TestStores.Settings(store, postgres)]);
        using var client = server.Client(server.AdminKey);
        Assert.Null(await ApiCalls.BestMatchAsync(client, UnListFiles.NewName));
        var before = await ApiCalls.ListAsync(client, "un-sc");

        var applied = await ApiCalls.ImportAsync(client, "un-sc", UnListFiles.Renamed());

        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        var json = await ApiCalls.JsonAsync(applied);
        Assert.Equal("applied", json.GetProperty("outcome").GetString());
        var version = json.GetProperty("current");
        Assert.Equal(1, version.GetProperty("number").GetInt32());
        Assert.Equal("applied", version.GetProperty("state").GetString());
        Assert.Equal(before.GetProperty("entities").GetInt32(), version.GetProperty("entityCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, version.GetProperty("origin").ValueKind);

        // In service before the answer: the renamed individual is found, under its old id, at the next search.
        var id = await ApiCalls.BestMatchAsync(client, UnListFiles.NewName);
        Assert.NotNull(id);
        Assert.StartsWith("un-sc:", id, StringComparison.Ordinal);
        var after = await ApiCalls.ListAsync(client, "un-sc");
        Assert.Equal(version.GetProperty("contentHash").GetString(), after.GetProperty("contentHash").GetString());
        Assert.NotEqual(before.GetProperty("contentHash").GetString(), after.GetProperty("contentHash").GetString());
        Assert.Equal(1, after.GetProperty("store").GetProperty("currentVersion").GetInt32());

        var again = await ApiCalls.ImportAsync(client, "un-sc", UnListFiles.Renamed());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var same = await ApiCalls.JsonAsync(again);
        Assert.Equal("unchanged", same.GetProperty("outcome").GetString());
        Assert.Equal("identical to version 1; nothing imported", same.GetProperty("message").GetString());

        var bad = await ApiCalls.ImportAsync(client, "un-sc", UnListFiles.Truncated());
        var problem = await ProblemAssert.IsProblem(bad, HttpStatusCode.BadRequest);
        Assert.StartsWith("consolidated.xml: ", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var versions = JsonDocument.Parse(await client.GetStringAsync("/v1/lists/un-sc/versions")).RootElement.GetProperty("versions");
        Assert.Equal(1, versions.GetArrayLength());
        Assert.Equal(id, await ApiCalls.BestMatchAsync(client, UnListFiles.NewName));
    }

    [Fact]
    public async Task Import_OfacZip_ReplacesTheList_ABigDropIsHeldUntilForced()
    {
        using var server = new VigilServerFactory();
        using var client = server.Client(server.AdminKey);
        Assert.Equal("ofac-sdn:30421", await ApiCalls.BestMatchAsync(client, "Ex-Cle Soluciones Biometricas"));

        // July 2021 (8,976 entities) over the bundled June 2024 list: the store had no version, so nothing to compare.
        var sdn2021 = await ApiCalls.ImportAsync(client, "ofac-sdn", Zip(Fixture("sdn-2021-07")), "application/zip");
        Assert.Equal(HttpStatusCode.OK, sdn2021.StatusCode);
        Assert.Equal(8976, (await ApiCalls.ListAsync(client, "ofac-sdn")).GetProperty("entities").GetInt32());

        // January 2019 (7,379 entities, -17.8%): held for review, and the 2021 list stays in service.
        var held = await ApiCalls.ImportAsync(client, "ofac-sdn", Zip(Fixture("sdn-2019-01")), "application/zip");
        Assert.Equal(HttpStatusCode.Accepted, held.StatusCode);
        var heldJson = await ApiCalls.JsonAsync(held);
        Assert.Equal("held", heldJson.GetProperty("outcome").GetString());
        Assert.Equal("held", heldJson.GetProperty("held").GetProperty("state").GetString());
        Assert.Contains("entity count fell from 8976 to 7379", heldJson.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, heldJson.GetProperty("current").GetProperty("number").GetInt32());
        Assert.Equal(8976, (await ApiCalls.ListAsync(client, "ofac-sdn")).GetProperty("entities").GetInt32());
        Assert.Equal("needsReview", (await ApiCalls.ListAsync(client, "ofac-sdn")).GetProperty("store").GetProperty("health").GetString());

        // Forced: applied, and Ex-Cle, listed in 2019-2021, is no longer there.
        var forced = await ApiCalls.ImportAsync(client, "ofac-sdn", Zip(Fixture("sdn-2019-01")), "application/zip", "?force=true");
        Assert.Equal(HttpStatusCode.OK, forced.StatusCode);
        var forcedJson = await ApiCalls.JsonAsync(forced);
        Assert.Equal("applied", forcedJson.GetProperty("outcome").GetString());
        Assert.Equal(2, forcedJson.GetProperty("current").GetProperty("number").GetInt32());
        Assert.Equal(7379, (await ApiCalls.ListAsync(client, "ofac-sdn")).GetProperty("entities").GetInt32());
        Assert.NotEqual("ofac-sdn:30421", await ApiCalls.BestMatchAsync(client, "Ex-Cle Soluciones Biometricas"));
    }

    [Fact]
    public async Task Import_OverTheImportLimit_Returns413AndStoresNothing()
    {
        using var server = new ConfiguredServerFactory(("Vigil:Server:MaxImportBytes", "4096"));
        using var client = server.Client(server.AdminKey);

        var response = await ApiCalls.ImportAsync(client, "un-sc", UnListFiles.Renamed());

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("4096", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("\"versions\":[]", await client.GetStringAsync("/v1/lists/un-sc/versions"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_BodyOverTheServerWideCap_IsAccepted()
    {
        // The renamed UN list is about 2 MB, over the 1 MiB cap of every other endpoint.
        using var server = new VigilServerFactory();
        using var client = server.Client(server.AdminKey);
        Assert.True(UnListFiles.Renamed().Length > 1024 * 1024);

        var response = await ApiCalls.ImportAsync(client, "un-sc", UnListFiles.Renamed());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await ProblemAssert.IsProblem(
            await client.PostAsync("/v1/screen/text", new ByteArrayContent(UnListFiles.Renamed()) { Headers = { ContentType = new("application/json") } }),
            HttpStatusCode.RequestEntityTooLarge);
    }

    private static string Fixture(string folder)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Vigil.Sources.Tests", "Fixtures", "Ofac", folder);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"The OFAC fixture {folder} was not found above the test binaries.");
    }

    private static byte[] Zip(string folder)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in OfacFiles)
            {
                var path = Path.Combine(folder, file);
                if (File.Exists(path))
                {
                    zip.CreateEntryFromFile(path, "sdn/" + file);
                }
            }
        }

        return buffer.ToArray();
    }
}
