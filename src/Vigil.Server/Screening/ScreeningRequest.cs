using System.Diagnostics.CodeAnalysis;
using Vigil.Server.Lists;
using Vigil.Server.Options;

namespace Vigil.Server.Screening;

/// <summary>
/// The end of binding every screening request shares, once the endpoint has read its own fields into <c>errors</c>:
/// the lists in service (503 while they load, unless the request is invalid anyway), the threshold (0..1, by default
/// the screener's), and a 400 listing every error found.
/// </summary>
internal static class ScreeningRequest
{
    /// <summary>For search and match: the result limit, the screener and the threshold.</summary>
    public static bool TryBindQuery(
        int? limit,
        int defaultLimit,
        double? threshold,
        ServerOptions options,
        Dictionary<string, string[]> errors,
        HttpContext context,
        ScreeningState state,
        out QueryBinding binding,
        out Refusal refusal)
    {
        var n = QueryParser.Limit(limit, defaultLimit, options.MaxLimit, errors);
        if (!TryFinish(errors, threshold, context, state, static l => l.Lists.Screener.Options.MatchThreshold, out var loaded, out var cut, out refusal))
        {
            binding = default;
            return false;
        }

        binding = new QueryBinding(loaded.Lists.Screener, n, cut);
        return true;
    }

    /// <summary>The lists in service and the threshold, or the refusal.</summary>
    public static bool TryFinish(
        Dictionary<string, string[]> errors,
        double? threshold,
        HttpContext context,
        ScreeningState state,
        Func<LoadedScreening, double> defaultThreshold,
        [NotNullWhen(true)] out LoadedScreening? loaded,
        out double cut,
        out Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(defaultThreshold);
        cut = 0;
        loaded = state.Current;
        if (loaded is null)
        {
            refusal = errors.Count > 0 ? new Refusal(ApiProblems.Invalid(errors), null) : new Refusal(null, ApiProblems.ListsLoading(context));
            return false;
        }

        cut = QueryParser.Threshold(threshold, defaultThreshold(loaded), errors);
        if (errors.Count > 0)
        {
            refusal = new Refusal(ApiProblems.Invalid(errors), null);
            loaded = null;
            return false;
        }

        refusal = default;
        return true;
    }
}
