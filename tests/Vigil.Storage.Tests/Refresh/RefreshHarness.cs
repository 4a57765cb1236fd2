using System.Collections.Immutable;
using Vigil.Sources;
using Vigil.Sources.Ofac;
using Vigil.Storage.Refresh;
using Vigil.Storage.Tests.Backends;
using Vigil.Storage.Tests.Data;
using Vigil.Storage.Versions;

namespace Vigil.Storage.Tests.Refresh;

/// <summary>A loopback list server, a fresh store and a refresher pointed at the server, for one test.</summary>
internal sealed class RefreshHarness : IAsyncDisposable
{
    private RefreshHarness(ListServer server, TestStore test, string workDirectory)
    {
        Server = server;
        Test = test;
        WorkDirectory = workDirectory;
        Importer = new ListImporter(test.Store, test.Clock, [Sink]);
    }

    public ListServer Server { get; }

    public TestStore Test { get; }

    public string WorkDirectory { get; }

    public RecordingSink Sink { get; } = new();

    public ListImporter Importer { get; }

    public HttpClient Http { get; } = new() { Timeout = Timeout.InfiniteTimeSpan };

    public static async Task<RefreshHarness> StartAsync(StoreKind kind = StoreKind.Sqlite)
    {
        var server = await ListServer.StartAsync();
        var test = await TestStore.CreateAsync(kind);
        var work = Path.Combine(Path.GetTempPath(), "vigil-refresh-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        return new RefreshHarness(server, test, work);
    }

    /// <summary>
    /// Options for tests: 5 s per attempt (far above a loopback answer, even on a loaded machine), one retry after
    /// 50 ms, and the harness's work folder.
    /// </summary>
    public RefreshOptions Options(params RefreshSource[] sources) => new()
    {
        AttemptTimeout = TimeSpan.FromSeconds(5),
        MaxRetryAttempts = 1,
        RetryDelay = TimeSpan.FromMilliseconds(50),
        WorkDirectory = WorkDirectory,
        Sources = sources.Length == 0 ? [TestSource] : [.. sources],
    };

    public RefreshSource TestSource => new(TestListSource.Code, [new RemoteFile(Server.Url(TestListSource.FileName), TestListSource.FileName)]);

    public RefreshSource OfacSource => new("ofac-sdn", [.. OfacFiles.Select(f => new RemoteFile(Server.Url("ofac/" + f), f))]);

    public static ImmutableArray<string> OfacFiles { get; } = ["sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv"];

    public ListRefresher Refresher(RefreshOptions? options = null, TimeProvider? time = null) =>
        new(Http, Importer, new ListCatalog([new TestListSource(), new OfacSdnSource()]), options ?? Options(), time);

    /// <summary>Serves one folder of OFAC files under /ofac/, each with an ETag made from a label.</summary>
    public void ServeOfac(string folder, string etagLabel)
    {
        foreach (var file in OfacFiles)
        {
            var path = Path.Combine(folder, file);
            Server.Serve("ofac/" + file, ListServer.File(File.ReadAllBytes(path), $"\"{etagLabel}-{file}\""));
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
        await Test.DisposeAsync();
        Directory.Delete(WorkDirectory, recursive: true);
    }
}
