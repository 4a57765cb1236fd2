using System.CommandLine;
using Microsoft.Extensions.Options;
using Vigil.Server.Hosting;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil serve</c>: runs the HTTP API on Kestrel until stopped (Ctrl+C, SIGTERM).</summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var urls = new Option<string?>("--urls")
        {
            Description = "Addresses to listen on, separated by ';'. Default: ASPNETCORE_URLS, else http://localhost:5000",
        };
        var insecureLocal = new Option<bool>("--insecure-local")
        {
            Description = "Serve requests without an API key (as admin). Allowed only when every address is loopback; the server refuses to start otherwise",
        };
        var store = ImportCommand.StoreOption();
        var postgres = ImportCommand.PostgresOption();
        var refreshInterval = new Option<string?>("--refresh-interval")
        {
            Description = "Fetch the official lists on this schedule (e.g. 1h) and put new versions in service without a restart. Default: off (Vigil:Refresh:Interval)",
        };
        var refreshMirror = new Option<string?>("--refresh-mirror")
        {
            Description = "Fetch the list files from this internal mirror (<URL>/<source>/<file name>) instead of the publishers. Default: Vigil:Refresh:Mirror",
        };
        var command = new Command("serve", "Run the HTTP API: /v1/search, /v1/match, /v1/entities, /v1/lists; OpenAPI at /openapi/v1.json, reference at /scalar/v1")
        {
            urls, insecureLocal, store, postgres, refreshInterval, refreshMirror,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = new ServeSettings
            {
                Urls = parse.GetValue(urls),
                InsecureLocal = parse.GetValue(insecureLocal),
                ListsDirectory = context.ListsDirectory(parse),
                StoreDirectory = StoreDirectory.Resolve(parse.GetValue(store), Environment.GetEnvironmentVariable(StoreDirectory.EnvironmentVariable)),
                PostgresConnectionString = parse.GetValue(postgres),
                RefreshInterval = parse.GetValue(refreshInterval) is { } interval ? Durations.Parse(interval, "--refresh-interval") : null,
                RefreshMirror = parse.GetValue(refreshMirror),
            };
            try
            {
                var app = VigilServer.Build(settings);
                await using (app.ConfigureAwait(false))
                {
                    if (await VigilServer.RunAsync(app, cancellationToken).ConfigureAwait(false) != 0)
                    {
                        throw new CliUsageException("the server stopped: " + VigilServer.StartupFailure(app));
                    }
                }
            }
            catch (Exception ex) when (ex is ServerConfigurationException or OptionsValidationException or IOException)
            {
                throw new CliUsageException(ex.Message.ReplaceLineEndings(" "), ex);
            }

            return 0;
        });
        return command;
    }
}
