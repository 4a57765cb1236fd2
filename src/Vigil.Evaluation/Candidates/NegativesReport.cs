using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Vigil.Evaluation.Reports;

namespace Vigil.Evaluation.Candidates;

/// <summary>
/// How often people on no list match something. The sets hold no positives, so precision, recall and F1 are
/// undefined and null; <see cref="FalsePositiveRate"/> (pooled) and <see cref="Rates"/> (per set) take their place.
/// </summary>
/// <param name="Threshold">The threshold in force.</param>
/// <param name="ListedEntities">Entities screened against (every bundled list).</param>
/// <param name="Sets">Per set.</param>
/// <param name="FalseHits">Every false hit, highest score first.</param>
public sealed record NegativesReport(
    double Threshold,
    int ListedEntities,
    ImmutableArray<NegativeSetResult> Sets,
    ImmutableArray<NegativeHit> FalseHits) : EvaluationReport("negatives")
{
    /// <summary>Share of all people screened with a match at the threshold.</summary>
    [JsonPropertyOrder(-2)]
    public double FalsePositiveRate
    {
        get
        {
            var queries = Sets.Sum(s => s.Queries);
            return queries > 0 ? (double)Sets.Sum(s => s.FalseHits) / queries : 0;
        }
    }

    /// <summary>The rate of each set, by name.</summary>
    [JsonPropertyOrder(-1)]
    public ImmutableSortedDictionary<string, double> Rates => Sets.ToImmutableSortedDictionary(s => s.Set, s => s.Rate, StringComparer.Ordinal);
}
