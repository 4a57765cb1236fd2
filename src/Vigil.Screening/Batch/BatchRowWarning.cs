using System.Globalization;

namespace Vigil.Screening.Batch;

/// <summary>A row that was screened, but without something it holds, and what.</summary>
/// <param name="Line">The input line the row starts on.</param>
/// <param name="Message">What was left out, in a few words.</param>
public sealed record BatchRowWarning(long Line, string Message)
{
    /// <summary><c>line 17: unknown country 'Atlantis' (screened without it)</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"line {Line}: {Message}");
}
