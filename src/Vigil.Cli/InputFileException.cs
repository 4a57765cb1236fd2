namespace Vigil.Cli;

/// <summary>
/// A file the user named cannot be read as the command expects. It adds the file's name to the cause (the inner
/// exception, such as a payment message's format error), so that <see cref="CliErrors"/> can say both on one line.
/// </summary>
internal sealed class InputFileException : Exception
{
    /// <summary>Wraps the cause with the file it came from ("standard input" for <c>-</c>).</summary>
    public InputFileException(string file, Exception inner)
        : base($"{file}: {inner?.Message}", inner)
    {
        File = file;
    }

    public InputFileException()
        : this("(input)", new InvalidDataException("unreadable input"))
    {
    }

    public InputFileException(string message)
        : this("(input)", new InvalidDataException(message))
    {
    }

    /// <summary>The file as the user named it.</summary>
    public string File { get; }
}
