namespace Vigil.Screening.Bench;

/// <summary>Index build and query latency at one list size.</summary>
/// <param name="Scale">Multiple of the loaded lists.</param>
/// <param name="Entities">Entities indexed.</param>
/// <param name="Names">Names indexed.</param>
/// <param name="BuildMilliseconds">Time to build the screener (warm JIT).</param>
/// <param name="ScreenerHeapMb">Managed memory the screener itself holds (prepared names and index; the entities are not counted), in MB.</param>
/// <param name="Latency">Single-query latency at this size.</param>
/// <param name="Work">Mean work per query at this size.</param>
public sealed record BenchScalePoint(int Scale, int Entities, int Names, double BuildMilliseconds, double ScreenerHeapMb, LatencySummary Latency, WorkSummary Work);
