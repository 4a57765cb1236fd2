using System.Globalization;

namespace Vigil.Screening.Batch;

/// <summary>A row that was skipped, and why.</summary>
/// <param name="Line">The input line the row starts on.</param>
/// <param name="Message">What is wrong, in a few words.</param>
public sealed record BatchRowError(long Line, string Message)
{
    /// <summary><c>line 17: missing name</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"line {Line}: {Message}");
}
