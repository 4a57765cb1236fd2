using System.Collections.Immutable;
using Vigil.Evaluation.Metrics;

namespace Vigil.Evaluation.NameBench;

/// <summary>
/// OpenSanctions logic-v2's frozen scores next to Vigil's. <see cref="LogicV2"/> counts every frozen row with the
/// frozen file's own labels (the published reference); the other figures compare both matchers on the cases present
/// in both files (same schema and names), against the current labels of cases.csv.
/// </summary>
/// <param name="Threshold">The threshold applied to logic-v2's scores.</param>
/// <param name="Rows">Rows in logicv2-frozen.csv.</param>
/// <param name="Joined">Cases of cases.csv that logic-v2 scored (same schema and names).</param>
/// <param name="Relabelled">Of those, cases whose label in cases.csv differs from the frozen file's.</param>
/// <param name="LogicV2">logic-v2 over all its rows.</param>
/// <param name="LogicV2Best">logic-v2's best F1 over thresholds.</param>
/// <param name="Vigil">Vigil on the joined cases.</param>
/// <param name="LogicV2Joined">logic-v2 on the joined cases.</param>
/// <param name="Groups">Both, per case group, on the joined cases.</param>
/// <param name="Halves">Both, per split half, on the joined cases.</param>
public sealed record LogicV2Comparison(
    double Threshold,
    int Rows,
    int Joined,
    int Relabelled,
    ConfusionMatrix LogicV2,
    ThresholdPoint LogicV2Best,
    ConfusionMatrix Vigil,
    ConfusionMatrix LogicV2Joined,
    ImmutableArray<GroupComparison> Groups,
    ImmutableArray<GroupComparison> Halves);
