using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Vigil.Cli.Output;
using Vigil.Server.Hosting;
using Vigil.Server.Keys;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil keys create|list|revoke</c>: API keys of the HTTP API, kept hashed (SHA-256) in <c>keys.db</c> of the
/// store folder. A new key is printed once and never again.
/// </summary>
internal static class KeysCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("keys", "Manage the HTTP API's keys (stored hashed in keys.db of the store folder)");
        command.Subcommands.Add(CreateKey(context));
        command.Subcommands.Add(ListKeys(context));
        command.Subcommands.Add(RevokeKey(context));
        return command;
    }

    private static Command CreateKey(CliContext context)
    {
        var role = new Option<string>("--role") { Description = "screen (search, match, screen), analyst (plus alerts and decisions) or admin (plus imports, refresh, keys)", Required = true };
        var name = new Option<string?>("--name") { Description = "A name for people, e.g. the client's" };
        var store = ImportCommand.StoreOption();
        var command = new Command("create", "Create a key and print it once") { role, name, store };
        command.SetAction(parse =>
        {
            var text = parse.GetValue(role);
            if (!ApiRoles.TryParse(text, out var parsed))
            {
                throw new CliUsageException($"--role '{text}' is not one of {string.Join(", ", ApiRoles.All)}.");
            }

            var keyName = parse.GetValue(name);
            if (keyName is { Length: > 200 })
            {
                throw new CliUsageException("--name has at most 200 characters.");
            }

            var created = Open(parse, store).Create(parsed.Value, keyName);
            context.Error.WriteLine($"Created key {created.Info.Id} (role {ApiRoles.NameOf(created.Info.Role)}, name '{ConsoleText.Printable(created.Info.Name)}'). It is shown this once; only its SHA-256 is kept:");
            context.Out.WriteLine(created.Secret);
            return 0;
        });
        return command;
    }

    private static Command ListKeys(CliContext context)
    {
        var store = ImportCommand.StoreOption();
        var command = new Command("list", "List the keys (never the keys themselves)") { store };
        command.SetAction(parse =>
        {
            var keys = Open(parse, store).List();
            var table = new Table().Border(TableBorder.Rounded).AddColumn("Id").AddColumn("Name").AddColumn("Role").AddColumn("Starts with").AddColumn("Created").AddColumn("Revoked");
            foreach (var k in keys)
            {
                table.AddRow(
                    k.Id,
                    ConsoleText.Escape(k.Name),
                    ApiRoles.NameOf(k.Role),
                    k.Prefix + "…",
                    k.CreatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                    k.RevokedAt?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? string.Empty);
            }

            context.Console.Write(table);
            return 0;
        });
        return command;
    }

    private static Command RevokeKey(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "The key's id, as 'vigil keys list' shows it" };
        var store = ImportCommand.StoreOption();
        var command = new Command("revoke", "Revoke a key; servers stop accepting it within seconds") { id, store };
        command.SetAction(parse =>
        {
            var keyId = parse.GetValue(id) ?? string.Empty;
            if (string.IsNullOrWhiteSpace(keyId) || !Open(parse, store).Revoke(keyId))
            {
                throw new CliUsageException($"no valid key has the id '{keyId}'.");
            }

            context.Out.WriteLine($"Revoked key {keyId.Trim()}.");
            return 0;
        });
        return command;
    }

    private static ApiKeyStore Open(ParseResult parse, Option<string?> store) =>
        ApiKeyStore.InDirectory(StoreDirectory.Resolve(parse.GetValue(store), Environment.GetEnvironmentVariable(StoreDirectory.EnvironmentVariable)));
}
