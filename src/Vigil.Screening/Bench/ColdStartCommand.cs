using System.Collections.Immutable;

namespace Vigil.Screening.Bench;

/// <summary>The child process a cold-start measurement runs: an executable and its arguments.</summary>
/// <param name="FileName">The executable (the running <c>vigil</c>, or <c>dotnet</c> with the entry assembly as first argument).</param>
/// <param name="Arguments">Arguments, passed as a list (no shell quoting).</param>
public sealed record ColdStartCommand(string FileName, ImmutableArray<string> Arguments)
{
    /// <summary>The command line, for reports.</summary>
    public override string ToString() => string.Join(' ', [FileName, .. Arguments.Select(a => a.Contains(' ', StringComparison.Ordinal) ? $"\"{a}\"" : a)]);
}
