using System.CommandLine;
using Vigil.Cli.Commands;

namespace Vigil.Cli;

/// <summary>Builds the command tree and runs it; every failure ends as one line on stderr and a non-zero exit code.</summary>
internal static class VigilApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var context = new CliContext(stdout, stderr);
        var root = new RootCommand("Vigil: sanctions screening against official lists, explained.");
        root.Options.Add(context.DataDirOption);
        foreach (var command in Commands(context))
        {
            root.Subcommands.Add(command);
        }

        var parse = root.Parse(args);
        var config = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        try
        {
            return parse.Invoke(config);
        }
        catch (Exception ex) when (CliErrors.TryDescribe(ex, out var message, out var code))
        {
            stderr.WriteLine("vigil: " + message);
            return code;
        }
    }

    private static IEnumerable<Command> Commands(CliContext context) =>
    [
        ScreenCommand.Create(context),
        ScreenTextCommand.Create(context),
        ScreenPaymentCommand.Create(context),
        CompareCommand.Create(context),
        ListsCommand.Create(context),
        EvalCommand.Create(context),
        ServeCommand.Create(context),
        KeysCommand.Create(context),
        ImportCommand.Create(context),
        DiffCommand.Create(context),
        HistoryCommand.Create(context),
        UpdateCommand.Create(context),
        BatchCommand.Create(context),
        BenchCommand.Create(context),
    ];
}
