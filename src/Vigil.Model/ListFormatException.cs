namespace Vigil.Model;

/// <summary>
/// A list file is malformed or truncated. The message names the file and the line or element, so a host can
/// print it on one line; nothing of a file that throws this is ever used.
/// </summary>
public sealed class ListFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="file">The offending file's path or name.</param>
    /// <param name="location">Where in the file: "line 1234", "element INDIVIDUAL[17]", "byte 88".</param>
    /// <param name="problem">What is wrong, in a few words.</param>
    /// <param name="inner">The underlying error, if any.</param>
    public ListFormatException(string file, string location, string problem, Exception? inner = null)
        : base($"{file}: {location}: {problem}", inner)
    {
        File = file;
        Location = location;
        Problem = problem;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public ListFormatException()
        : this("(unknown file)", "(unknown location)", "malformed list file")
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    public ListFormatException(string message)
        : this("(unknown file)", "(unknown location)", message)
    {
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public ListFormatException(string message, Exception inner)
        : this("(unknown file)", "(unknown location)", message, inner)
    {
    }

    /// <summary>The offending file.</summary>
    public string File { get; }

    /// <summary>The line or element.</summary>
    public string Location { get; }

    /// <summary>What is wrong.</summary>
    public string Problem { get; }
}
