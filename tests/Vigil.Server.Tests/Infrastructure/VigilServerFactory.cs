using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Server.Keys;
using Vigil.Server.Lists;

namespace Vigil.Server.Tests.Infrastructure;

/// <summary>
/// The real server (its Program, services and pipeline) on the test server, with the shared bundled lists, a fresh
/// store folder, and one key per role made before start. Subclasses change settings for one test class.
/// </summary>
public class VigilServerFactory : WebApplicationFactory<Program>
{
    private readonly TempDirectory store = new();
    private readonly Lazy<(string Screen, string Analyst, string Admin)> keys;
    private volatile bool ready;

    public VigilServerFactory()
    {
        keys = new(() =>
        {
            var table = KeyStore;
            return (table.Create(ApiRole.Screen, "tests-screen").Secret, table.Create(ApiRole.Analyst, "tests-analyst").Secret, table.Create(ApiRole.Admin, "tests-admin").Secret);
        });
    }

    /// <summary>The store folder: list store and key table.</summary>
    public virtual string StoreDirectory => store.Path;

    /// <summary>The key table the server reads.</summary>
    public ApiKeyStore KeyStore => ApiKeyStore.InDirectory(StoreDirectory);

    public string ScreenKey => keys.Value.Screen;

    public string AnalystKey => keys.Value.Analyst;

    public string AdminKey => keys.Value.Admin;

    /// <summary>A client sending <paramref name="key"/> as <c>Authorization: Bearer</c>, or no key when null.</summary>
    public HttpClient Client(string? key)
    {
        WaitUntilReady();
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return client;
    }

    /// <summary>Waits (once) until /readyz says the lists are loaded; the lists load in the background after start.</summary>
    private void WaitUntilReady()
    {
        if (ready)
        {
            return;
        }

        using var probe = CreateClient();
        for (var i = 0; i < 1200; i++)
        {
            if (probe.GetAsync(new Uri("/readyz", UriKind.Relative)).GetAwaiter().GetResult().StatusCode == System.Net.HttpStatusCode.OK)
            {
                ready = true;
                return;
            }

            Thread.Sleep(100);
        }

        throw new TimeoutException("The server's lists did not load within 2 minutes.");
    }

    /// <summary>How the server loads its lists: the bundled ones, loaded once for all tests.</summary>
    private protected virtual IListsLoader Loader => SharedLists.Loader;

    /// <summary>Settings of this server beyond the defaults (configuration keys and values).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> Settings() => [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Vigil:Store:DataDirectory", StoreDirectory);

        // Keys made by a test are found at once.
        builder.UseSetting("Vigil:Security:UnknownKeyReloadInterval", "00:00:00");
        foreach (var (key, value) in Settings())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton(Loader));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            store.Dispose();
        }
    }
}
