using System.Diagnostics.Metrics;
using Vigil.Server.Entities;
using Vigil.Storage.Refresh;

namespace Vigil.Server.Operations;

/// <summary>
/// The server's own meter, <c>Vigil.Server</c>, exported at <c>/metrics</c> beside ASP.NET Core's request metrics:
/// names screened and matches found by endpoint, each loaded list's age, refreshes this server ran by source and
/// outcome (failures included), and failed refreshes in a row per source as the store records them.
/// </summary>
internal sealed class VigilMetrics
{
    /// <summary>The meter name.</summary>
    public const string MeterName = "Vigil.Server";

    private readonly Counter<long> namesScreened;
    private readonly Counter<long> matches;
    private readonly Counter<long> refreshes;

    public VigilMetrics(IMeterFactory meterFactory, ListAges ages, RefreshFailures failures)
    {
        var meter = meterFactory.Create(MeterName);
        namesScreened = meter.CreateCounter<long>("vigil.screening.names", "{name}", "Names screened, by endpoint.");
        matches = meter.CreateCounter<long>("vigil.screening.matches", "{match}", "Results at or above the match threshold, by endpoint.");
        refreshes = meter.CreateCounter<long>("vigil.refresh.attempts", "{refresh}", "Refreshes this server ran (schedule and API), by source and outcome: applied, unchanged, notModified, held, failed.");
        meter.CreateObservableGauge("vigil.list.age", ages.Observe, "s", "Age of each loaded list: now minus its publication time (or, when the files state none, the time the store fetched it).");
        meter.CreateObservableGauge("vigil.refresh.failures", failures.Observe, "{failure}", "Failed refreshes in a row per source, as the list store records them.");
    }

    /// <summary>Counts one screened name and its matches.</summary>
    public void Screened(string endpoint, int names, int matchCount)
    {
        var tag = new KeyValuePair<string, object?>("endpoint", endpoint);
        namesScreened.Add(names, tag);
        if (matchCount > 0)
        {
            matches.Add(matchCount, tag);
        }
    }

    /// <summary>Counts one refresh of one source by its outcome.</summary>
    public void Refreshed(string source, RefreshOutcome outcome) =>
        refreshes.Add(1, new KeyValuePair<string, object?>("source", source), new KeyValuePair<string, object?>("outcome", EntityMapper.Camel(outcome.ToString())));
}
