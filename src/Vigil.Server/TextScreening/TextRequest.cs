using System.Diagnostics.CodeAnalysis;
using Vigil.Server.Lists;
using Vigil.Server.Options;
using Vigil.Server.Screening;

namespace Vigil.Server.TextScreening;

/// <summary>
/// Binding shared by <c>/v1/screen/text</c> and <c>/v1/screen/payment</c>: one required text field of at most
/// <see cref="ServerOptions.MaxTextLength"/> characters, then the lists in service and the threshold.
/// </summary>
internal static class TextRequest
{
    /// <summary>
    /// Checks <paramref name="text"/> (the request's <paramref name="field"/>: <paramref name="missing"/> when absent, a
    /// <paramref name="noun"/> in the length message), then binds the lists and the threshold.
    /// </summary>
    public static bool TryBind(
        string? text,
        string field,
        string missing,
        string noun,
        ServerOptions options,
        double? threshold,
        HttpContext context,
        ScreeningState state,
        Func<LoadedScreening, double> defaultThreshold,
        [NotNullWhen(true)] out LoadedScreening? loaded,
        out double cut,
        out Refusal refusal)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var max = options.MaxTextLength;
        if (string.IsNullOrWhiteSpace(text))
        {
            errors[field] = [missing];
        }
        else if (text.Length > max)
        {
            errors[field] = [$"A {noun} has at most {max} characters; this one has {text.Length}."];
        }

        return ScreeningRequest.TryFinish(errors, threshold, context, state, defaultThreshold, out loaded, out cut, out refusal);
    }
}
