using System.CommandLine;
using Vigil.Cli.Commands;
using Vigil.Cli.Output;

namespace Vigil.Cli;

/// <summary>Builds the command tree and runs it; every failure ends as one line on stderr and a non-zero exit code.</summary>
internal static class VigilApp
{
    /// <summary>Commands that load the lists, answer once and exit: start-up is most of their time.</summary>
    private static readonly HashSet<string> OneShot = new(StringComparer.Ordinal) { "screen", "screen-text", "screen-payment", "compare", "lists" };

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, holdCollection: false);

    /// <summary>
    /// Runs a command line. <paramref name="holdCollection"/>: a one-shot command holds off garbage collection until
    /// it has answered (<see cref="StartupCollection"/>); the executable asks for it, tests sharing one process do not.
    /// </summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool holdCollection)
    {
        var context = new CliContext(stdout, stderr);
        var root = new RootCommand("Vigil: sanctions screening against official lists, explained.");
        root.Options.Add(context.DataDirOption);
        foreach (var command in Commands(context))
        {
            root.Subcommands.Add(command);
        }

        var parse = root.Parse(args);

        // Only a run that started the hold ends it: another run in the same process may hold it. The heap's pages are
        // advised before the hold, which may take memory for its budget.
        var oneShot = holdCollection && parse.Errors.Count == 0 && OneShot.Contains(parse.CommandResult.Command.Name);
        if (oneShot)
        {
            HugeHeapPages.Request();
        }

        var holding = oneShot && StartupCollection.Hold();

        var config = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        try
        {
            return parse.Invoke(config);
        }
        catch (Exception ex) when (CliErrors.TryDescribe(ex, out var message, out var code))
        {
            // A message of several problems (every bad --country, say) gives each its own line.
            foreach (var line in message.Split('\n'))
            {
                stderr.WriteLine("vigil: " + ConsoleText.Printable(line.TrimEnd('\r')));
            }

            return code;
        }
        finally
        {
            if (holding)
            {
                StartupCollection.Release();
            }
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
