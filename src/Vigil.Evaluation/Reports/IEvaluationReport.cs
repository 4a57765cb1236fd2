namespace Vigil.Evaluation.Reports;

/// <summary>
/// What every evaluation report has at its top level. Precision, recall and F1 are null where the set defines
/// none (OFAC parity compares scores, negatives hold no positives); such reports say what they measure instead.
/// </summary>
public interface IEvaluationReport
{
    /// <summary>The evaluation's name, as the CLI spells it (<c>name-bench</c>, <c>un-recall</c>, ...).</summary>
    string Evaluation { get; }

    /// <summary>Precision at the threshold in force, or null where undefined.</summary>
    double? Precision { get; }

    /// <summary>Recall at the threshold in force, or null where undefined.</summary>
    double? Recall { get; }

    /// <summary>F1 at the threshold in force, or null where undefined.</summary>
    double? F1 { get; }
}
