using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Vigil.Benchmarks -- --filter '*' --job short
// BenchmarkDotNet rebuilds the solution's projects for its own process; on a small shared machine that can take
// minutes, so the build is allowed ten instead of the default two.
var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10));
BenchmarkSwitcher.FromAssembly(typeof(Vigil.Benchmarks.BundledLists).Assembly).Run(args, config);
