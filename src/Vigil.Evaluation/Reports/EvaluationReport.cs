using System.Text.Json.Serialization;
using Vigil.Evaluation.Metrics;

namespace Vigil.Evaluation.Reports;

/// <summary>
/// The top level every report shares: its name, then precision, recall and F1, first in the JSON document. A report
/// whose figures are those of one confusion matrix gives it as <see cref="Figures"/>; one that defines none (OFAC
/// parity compares scores, negatives hold no positives) leaves it null, and its figures are null.
/// </summary>
/// <remarks>
/// The orders are far below zero so that a report can place its own leading fields between these and the rest
/// (negatives puts its false-positive rate right after F1).
/// </remarks>
public abstract record EvaluationReport : IEvaluationReport
{
    /// <summary>Creates the shared part of a report.</summary>
    /// <param name="evaluation">The evaluation's name, as the CLI spells it.</param>
    protected EvaluationReport(string evaluation)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(evaluation);
        Evaluation = evaluation;
    }

    /// <inheritdoc />
    [JsonPropertyOrder(-40)]
    public string Evaluation { get; }

    /// <inheritdoc />
    [JsonPropertyOrder(-30)]
    public double? Precision => Figures?.Precision;

    /// <inheritdoc />
    [JsonPropertyOrder(-20)]
    public double? Recall => Figures?.Recall;

    /// <inheritdoc />
    [JsonPropertyOrder(-10)]
    public double? F1 => Figures?.F1;

    /// <summary>The counts the top-level figures come from, or null where the set defines none.</summary>
    protected virtual ConfusionMatrix? Figures => null;
}
