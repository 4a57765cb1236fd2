using System.Diagnostics;
using Vigil.Matching.Screening;
using Vigil.Screening.Bench;
using Vigil.Screening.Lists;

namespace Vigil.Interleaved.Runner;

/// <summary>
/// One build's side of an interleaved comparison (bench/Vigil.Interleaved): the bundled lists loaded, the bench's
/// synthetic customers made, and one query timed at a time, as <c>vigil bench</c> times them.
/// </summary>
public sealed class QueryTimer
{
    private Screener screener = null!;
    private ScreeningQuery[] queries = [];

    /// <summary>Loads the lists and makes the customers; returns how many. The first queries warm the build up.</summary>
    public int Load(string dataDirectory, int customers, int seed, int warmup)
    {
        screener = LoadedLists.Load(dataDirectory).Screener;
        queries = [.. SyntheticCustomers.Generate(screener.Entities, customers, seed).Select(c => c.Query)];
        for (var i = 0; i < warmup; i++)
        {
            screener.Screen(queries[i % queries.Length], BenchOptions.Default.Limit);
        }

        return queries.Length;
    }

    /// <summary>Screens query <paramref name="i"/> and returns the elapsed <see cref="Stopwatch"/> ticks.</summary>
    public long Time(int i)
    {
        var start = Stopwatch.GetTimestamp();
        screener.Screen(queries[i], BenchOptions.Default.Limit);
        return Stopwatch.GetTimestamp() - start;
    }
}
