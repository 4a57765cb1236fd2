using System.Net;
using Vigil.Server.Tests.Infrastructure;

namespace Vigil.Server.Tests.Operations;

public sealed class ProblemDetailsTests : IClassFixture<VigilServerFactory>, IClassFixture<ProblemDetailsTests.BrokenKeyTableFactory>
{
    private readonly VigilServerFactory server;
    private readonly BrokenKeyTableFactory broken;

    public ProblemDetailsTests(VigilServerFactory server, BrokenKeyTableFactory broken)
    {
        this.server = server;
        this.broken = broken;
    }

    [Theory]
    [InlineData("/nothing-here")]
    [InlineData("/v2/search?name=x")]
    public async Task UnknownRoute_Returns404Problem(string path)
    {
        using var client = server.Client(server.ScreenKey);

        await ProblemAssert.IsProblem(await client.GetAsync(path), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task WrongMethod_Returns405Problem()
    {
        using var client = server.Client(server.ScreenKey);

        await ProblemAssert.IsProblem(await client.DeleteAsync("/v1/search?name=x"), HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task UnexpectedFailure_Returns500ProblemWithoutStackTraceOrPath()
    {
        using var client = broken.Client("vgl_any-key-at-all");

        var response = await client.GetAsync("/v1/search?name=Maduro");

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.InternalServerError, broken.StoreDirectory, "keys.db", "SQLite", "Vigil.");
        Assert.False(problem.TryGetProperty("detail", out var detail) && detail.GetString()!.Contains('/', StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnexpectedFailure_LeavesHealthAnswering()
    {
        using var client = broken.Client(null);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    /// <summary>A server whose key table sits under a regular file, so reading it fails at every request.</summary>
    public sealed class BrokenKeyTableFactory : VigilServerFactory
    {
        private readonly TempDirectory root = new();

        public BrokenKeyTableFactory()
        {
            File.WriteAllText(System.IO.Path.Combine(root.Path, "a-file"), "not a folder");
        }

        public override string StoreDirectory => System.IO.Path.Combine(root.Path, "a-file", "store");

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing)
            {
                root.Dispose();
            }
        }
    }
}
