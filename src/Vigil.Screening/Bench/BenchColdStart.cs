namespace Vigil.Screening.Bench;

/// <summary>Cold start: a separate process screening one name, from process start to exit.</summary>
/// <param name="Command">The command line timed.</param>
/// <param name="Runs">Runs that exited with code 0.</param>
/// <param name="Failures">Runs that did not.</param>
/// <param name="MedianMilliseconds">Median wall time of the successful runs.</param>
/// <param name="MinMilliseconds">Fastest.</param>
/// <param name="MaxMilliseconds">Slowest.</param>
/// <param name="Error">The first failure's exit code and last stderr line, or null.</param>
public sealed record BenchColdStart(string Command, int Runs, int Failures, double MedianMilliseconds, double MinMilliseconds, double MaxMilliseconds, string? Error);
