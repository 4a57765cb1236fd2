using System.Diagnostics;
using System.Globalization;
using Vigil.Interleaved;

// Two builds of Vigil in one process, timed query by query in alternation: a shared host's slow minutes fall on both
// alike, where two processes run one after the other can differ by a third (docs/benchmarks.md). Build the runner in
// each checkout, then compare:
//   dotnet build bench/Vigil.Interleaved.Runner -c Release -o /tmp/a     (in checkout A; likewise /tmp/b in B)
//   dotnet run -c Release --project bench/Vigil.Interleaved -- /tmp/a /tmp/b [customers] [rounds] [data-dir]
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: Vigil.Interleaved RUNNER_DIR_A RUNNER_DIR_B [customers=10000] [rounds=4] [data-dir=data/lists]");
    return 2;
}

var customers = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10_000;
var rounds = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 4;
var data = Path.GetFullPath(args.Length > 4 ? args[4] : Path.Combine("data", "lists"));
const int Chunk = 200;
const int Seed = 42;
const int Warmup = 2_000;

var time = new Func<int, long>[2];
for (var side = 0; side < 2; side++)
{
    var main = Path.Combine(Path.GetFullPath(args[side]), "Vigil.Interleaved.Runner.dll");
    if (!File.Exists(main))
    {
        Console.Error.WriteLine($"{main} not found: build bench/Vigil.Interleaved.Runner into {args[side]} first.");
        return 2;
    }

    var type = new BuildLoadContext(main).LoadFromAssemblyPath(main).GetType("Vigil.Interleaved.Runner.QueryTimer", throwOnError: true)!;
    var timer = Activator.CreateInstance(type)!;
    type.GetMethod("Load")!.Invoke(timer, [data, customers, Seed, Warmup]);
    time[side] = type.GetMethod("Time")!.CreateDelegate<Func<int, long>>(timer);
}

// Chunks of queries on one build then the other, which goes first alternating; each query's fastest round counts.
var fastest = new[] { new long[customers], new long[customers] };
Array.Fill(fastest[0], long.MaxValue);
Array.Fill(fastest[1], long.MaxValue);
for (var round = 0; round < rounds; round++)
{
    for (var from = 0; from < customers; from += Chunk)
    {
        var first = ((from / Chunk) + round) % 2;
        foreach (var side in (ReadOnlySpan<int>)[first, 1 - first])
        {
            for (var i = from; i < Math.Min(customers, from + Chunk); i++)
            {
                fastest[side][i] = Math.Min(fastest[side][i], time[side](i));
            }
        }
    }
}

var micros = 1e6 / Stopwatch.Frequency;
double Percentile(long[] ticks, double q) => ticks.Order().ElementAt((int)(q * (ticks.Length - 1))) * micros;
foreach (var (side, name) in new[] { (0, "A"), (1, "B") })
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name} p50 {Percentile(fastest[side], 0.5):0.0} µs, p90 {Percentile(fastest[side], 0.9):0.0}, p99 {Percentile(fastest[side], 0.99):0.0}, mean {fastest[side].Average() * micros:0.0}"));
}

var ratios = Enumerable.Range(0, customers).Select(i => (double)fastest[1][i] / fastest[0][i]).Order().ToArray();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"B/A p50 {Percentile(fastest[1], 0.5) / Percentile(fastest[0], 0.5):0.000}, mean {fastest[1].Average() / fastest[0].Average():0.000}, median of each query's ratio {ratios[customers / 2]:0.000}"));
return 0;
