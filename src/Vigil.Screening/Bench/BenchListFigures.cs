namespace Vigil.Screening.Bench;

/// <summary>The loaded lists.</summary>
/// <param name="Entities">Listed entities.</param>
/// <param name="Names">Indexed names (primary names and aliases).</param>
/// <param name="LoadMilliseconds">Time to read and parse the list files.</param>
/// <param name="IndexMilliseconds">Time to build the screener (name preparation and index) at load, JIT included.</param>
/// <param name="WorkingSetMb">Process working set after load and a full collection, in MB.</param>
/// <param name="ManagedHeapMb">Managed heap after load and a full collection, in MB.</param>
public sealed record BenchListFigures(int Entities, int Names, double LoadMilliseconds, double IndexMilliseconds, double WorkingSetMb, double ManagedHeapMb);
