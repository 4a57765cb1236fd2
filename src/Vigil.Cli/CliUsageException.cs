namespace Vigil.Cli;

/// <summary>An argument value the command cannot use; the message is shown to the user as is.</summary>
internal sealed class CliUsageException : Exception
{
    public CliUsageException(string message)
        : base(message)
    {
    }

    public CliUsageException()
    {
    }

    public CliUsageException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
