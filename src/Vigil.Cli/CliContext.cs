using System.CommandLine;
using Spectre.Console;
using Vigil.Screening.Lists;

namespace Vigil.Cli;

/// <summary>What every command shares: output writers, the global --data-dir option, and the lists once loaded.</summary>
internal sealed class CliContext
{
    private LoadedLists? loaded;

    public CliContext(TextWriter stdout, TextWriter stderr)
    {
        Out = stdout;
        Error = stderr;
        // Colours and styles only on a terminal: output sent to a file, a pipe or a test's writer stays plain text.
        var terminal = ReferenceEquals(stdout, System.Console.Out) && !System.Console.IsOutputRedirected;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });

        // A file or a pipe has no width: without one Spectre assumes 80 columns and wraps cells mid-word, which
        // splits ids ("ofac-sdn:30" / "421") where grep and readers look for them. Tables there take their natural width.
        if (!terminal)
        {
            Console.Profile.Width = UnwrappedWidth;
        }
    }

    /// <summary>Columns given to output that is not a terminal: wider than any table Vigil prints.</summary>
    internal const int UnwrappedWidth = 4096;

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    /// <summary>Spectre console bound to <see cref="Out"/>, for tables and progress.</summary>
    public IAnsiConsole Console { get; }

    public Option<string?> DataDirOption { get; } = new("--data-dir")
    {
        Description = $"Folder holding list folders (ofac-sdn/, un-sc/, ...). Default: ${DataDirectory.EnvironmentVariable}, else the bundled lists.",
        Recursive = true,
    };

    /// <summary>
    /// Loads the lists named by --data-dir (or the environment, or the bundled ones) once per run, and reuses the
    /// lists an earlier run in this process loaded from the same, unchanged directory (<see cref="LoadedListsCache"/>).
    /// </summary>
    public LoadedLists Lists(ParseResult parse) =>
        loaded ??= LoadedListsCache.Get(ListsDirectory(parse), static d => LoadedLists.Load(d));

    /// <summary>The folder of list folders: --data-dir, else the environment's, else the bundled lists.</summary>
    public string ListsDirectory(ParseResult parse) =>
        DataDirectory.Resolve(parse.GetValue(DataDirOption), Environment.GetEnvironmentVariable(DataDirectory.EnvironmentVariable));
}
