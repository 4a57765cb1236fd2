using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Vigil.Server.Operations;
using Vigil.Server.Options;
using Vigil.Server.Security;

namespace Vigil.Server.Hosting;

/// <summary>
/// Under <c>--insecure-local</c>, checks once the server has bound its addresses that every one is loopback, and
/// only then opens keyless access; otherwise stops the start with <see cref="ServerConfigurationException"/>.
/// Requests that arrive before the check are treated as without the option. Also warns at start when no key exists.
/// </summary>
internal sealed class InsecureLocalGuard : IHostedLifecycleService
{
    private readonly IServer server;
    private readonly SecurityOptions options;
    private readonly InsecureLocalGate gate;
    private readonly Keys.ApiKeyCache keys;
    private readonly Keys.ApiKeyStore store;
    private readonly ILogger<InsecureLocalGuard> logger;

    public InsecureLocalGuard(IServer server, IOptions<SecurityOptions> options, InsecureLocalGate gate, Keys.ApiKeyCache keys, Keys.ApiKeyStore store, ILogger<InsecureLocalGuard> logger)
    {
        this.server = server;
        this.options = options.Value;
        this.gate = gate;
        this.keys = keys;
        this.store = store;
        this.logger = logger;
    }

    public Task StartedAsync(CancellationToken cancellationToken)
    {
        if (!options.InsecureLocal)
        {
            WarnWithoutKeys();
            return Task.CompletedTask;
        }

        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            if (!LoopbackAddresses.IsLoopback(address))
            {
                ServerLog.InsecureLocalRefused(logger, address);
                throw new ServerConfigurationException($"--insecure-local needs every address to be loopback; {address} is not.");
            }
        }

        ServerLog.InsecureLocal(logger, addresses.Count == 0 ? "(in-process server, no network address)" : string.Join(", ", addresses));
        gate.Open();
        return Task.CompletedTask;
    }

    private void WarnWithoutKeys()
    {
        try
        {
            if (keys.Count == 0)
            {
                ServerLog.NoKeys(logger, store.DatabasePath);
            }
        }
        catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException)
        {
            // The server still starts (health and metrics work); every request with a key answers 500 until the file is fixed.
            ServerLog.KeysUnreadable(logger, store.DatabasePath, ex.Message);
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
