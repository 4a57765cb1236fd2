namespace Vigil.Screening.Bench;

/// <summary>One performance target and how the run compares.</summary>
/// <param name="Measure">What is measured.</param>
/// <param name="Unit">The unit of value and target.</param>
/// <param name="Value">The measured value, or null when not measured.</param>
/// <param name="Comparison"><c>&lt;=</c> (at most) or <c>&gt;=</c> (at least).</param>
/// <param name="Target">The target.</param>
/// <param name="Met">True when the value meets the target; null when not measured.</param>
public sealed record BenchTarget(string Measure, string Unit, double? Value, string Comparison, double Target, bool? Met);
