using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Vigil.Matching.Screening;
using Vigil.Model;

namespace Vigil.Benchmarks;

/// <summary>Building the screener over the bundled lists: token statistics, name preparation and the index.</summary>
[MemoryDiagnoser]
public class IndexBuildBenchmarks
{
    private ImmutableArray<ListSnapshot> lists;

    [GlobalSetup]
    public void Setup() => lists = BundledLists.Lists.Lists;

    [Benchmark]
    public Screener Build() => new(lists);
}
