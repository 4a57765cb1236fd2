namespace Vigil.Screening.Batch;

/// <summary>
/// The input file as a whole cannot be read (no header, no <c>name</c> column). Unlike a bad row, which is skipped,
/// this stops the run before anything is screened. The message is one line naming the file.
/// </summary>
public sealed class BatchFileException : Exception
{
    /// <summary>Creates the exception for a file and a problem.</summary>
    public BatchFileException(string file, string problem)
        : base($"{file}: {problem}")
    {
        File = file;
    }

    /// <summary>Creates the exception.</summary>
    public BatchFileException()
        : this("(input)", "unreadable batch input")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public BatchFileException(string message)
        : this("(input)", message)
    {
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public BatchFileException(string message, Exception inner)
        : base(message, inner)
    {
        File = "(input)";
    }

    /// <summary>The offending file.</summary>
    public string File { get; }
}
