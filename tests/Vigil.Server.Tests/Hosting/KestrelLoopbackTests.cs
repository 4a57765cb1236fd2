using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Server.Hosting;
using Vigil.Server.Keys;
using Vigil.Server.Tests.Infrastructure;

namespace Vigil.Server.Tests.Hosting;

/// <summary>The server on real Kestrel, on 127.0.0.1 with an ephemeral port, called over real HTTP.</summary>
public sealed class KestrelLoopbackTests : IDisposable
{
    private readonly TempDirectory store = new();

    [Fact]
    public async Task Kestrel_OnLoopback_ServesSearchOverHttp()
    {
        var key = ApiKeyStore.InDirectory(store.Path).Create(ApiRole.Screen, "kestrel");
        await using var app = Build(new ServeSettings { Urls = "http://127.0.0.1:0", StoreDirectory = store.Path });
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(Address(app)) };
        await WaitReady(http);

        var anonymous = await http.GetAsync("/v1/search?name=Maduro");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key.Secret);
        var response = await http.GetAsync("/v1/search?name=Ex-Cle%20Soluciones%20Biometricas");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"));
        var first = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("results")[0];
        Assert.Equal("ofac-sdn:30421", first.GetProperty("id").GetString());
        await app.StopAsync();
    }

    [Fact]
    public async Task InsecureLocal_OnLoopback_ServesWithoutKey()
    {
        await using var app = Build(new ServeSettings { Urls = "http://127.0.0.1:0", StoreDirectory = store.Path, InsecureLocal = true });
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(Address(app)) };
        await WaitReady(http);

        var response = await http.GetAsync("/v1/search?name=Maduro");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await app.StopAsync();
    }

    [Theory]
    [InlineData("http://0.0.0.0:0")]
    [InlineData("http://127.0.0.1:0;http://*:0")]
    [InlineData("http://+:0")]
    [InlineData("http://[::]:0")]
    public void InsecureLocal_WithNonLoopbackUrl_RefusesToBuild(string urls)
    {
        var error = Assert.Throws<ServerConfigurationException>(() => Build(new ServeSettings { Urls = urls, StoreDirectory = store.Path, InsecureLocal = true }));

        Assert.Contains("loopback", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InsecureLocal_WithNonLoopbackKestrelEndpoint_RefusesToBuild()
    {
        var settings = new ServeSettings { Args = ["--Kestrel:Endpoints:Public:Url=http://0.0.0.0:0"], StoreDirectory = store.Path, InsecureLocal = true };

        Assert.Throws<ServerConfigurationException>(() => Build(settings));
    }

    [Fact]
    public async Task InsecureLocal_BoundToAnyAddressInCode_RefusesToStart()
    {
        await using var app = VigilServer.Build(
            new ServeSettings { StoreDirectory = store.Path, InsecureLocal = true },
            services =>
            {
                services.AddSingleton(SharedLists.Loader);
                services.Configure<KestrelServerOptions>(k => k.ListenAnyIP(0));
            });

        await Assert.ThrowsAsync<ServerConfigurationException>(() => app.StartAsync());
        await app.StopAsync();
    }

    public void Dispose() => store.Dispose();

    private static WebApplication Build(ServeSettings settings) =>
        VigilServer.Build(settings, services => services.AddSingleton(SharedLists.Loader));

    private static string Address(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();

    private static async Task WaitReady(HttpClient http)
    {
        for (var i = 0; i < 600; i++)
        {
            if ((await http.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK)
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("/readyz did not turn ready");
    }
}
