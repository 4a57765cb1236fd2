namespace Vigil.Evaluation.Data;

/// <summary>
/// A benchmark or cases file is malformed. The message names the file and the line, so a host can print it on one
/// line; an evaluation never runs on a file that throws this.
/// </summary>
public sealed class BenchDataException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="file">The offending file's path or name.</param>
    /// <param name="line">The 1-based line, or 0 when the problem concerns the whole file.</param>
    /// <param name="problem">What is wrong, in a few words.</param>
    /// <param name="inner">The underlying error, if any.</param>
    public BenchDataException(string file, int line, string problem, Exception? inner = null)
        : base(line > 0 ? $"{file}: line {line}: {problem}" : $"{file}: {problem}", inner)
    {
        File = file;
        Line = line;
        Problem = problem;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public BenchDataException()
        : this("(unknown file)", 0, "malformed benchmark file")
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    public BenchDataException(string message)
        : this("(unknown file)", 0, message)
    {
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public BenchDataException(string message, Exception inner)
        : this("(unknown file)", 0, message, inner)
    {
    }

    /// <summary>The offending file.</summary>
    public string File { get; }

    /// <summary>The 1-based line, or 0 for the whole file.</summary>
    public int Line { get; }

    /// <summary>What is wrong.</summary>
    public string Problem { get; }
}
