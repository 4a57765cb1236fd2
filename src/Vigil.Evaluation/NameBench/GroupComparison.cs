namespace Vigil.Evaluation.NameBench;

/// <summary>logic-v2 and Vigil on the same cases of one group.</summary>
/// <param name="Group">The group (a case group or a split half).</param>
/// <param name="LogicV2">logic-v2's counts at its threshold.</param>
/// <param name="Vigil">Vigil's counts at the threshold in force.</param>
public sealed record GroupComparison(string Group, Metrics.ConfusionMatrix LogicV2, Metrics.ConfusionMatrix Vigil);
