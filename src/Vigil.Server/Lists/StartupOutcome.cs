namespace Vigil.Server.Lists;

/// <summary>Why the server stopped on its own, if it did: the host's exit code and the CLI's message come from here.</summary>
internal sealed class StartupOutcome
{
    private volatile string? failure;

    /// <summary>The reason, or null when the server did not fail.</summary>
    public string? Failure => failure;

    /// <summary>Records a failure.</summary>
    public void Fail(string reason) => failure ??= reason;
}
