namespace Vigil.Screening.Bench;

/// <summary>Batch throughput: the customer file through the batch pipeline on every core, output discarded.</summary>
/// <param name="Rows">Rows screened.</param>
/// <param name="Workers">Screening workers.</param>
/// <param name="Seconds">Wall time.</param>
/// <param name="NamesPerSecond">Rows per second of wall time.</param>
public sealed record BenchThroughput(long Rows, int Workers, double Seconds, double NamesPerSecond);
