namespace Vigil.Server.Hosting;

/// <summary>The server was asked to start in a way it refuses; the message says why, on one line.</summary>
public sealed class ServerConfigurationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ServerConfigurationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ServerConfigurationException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public ServerConfigurationException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
