using Vigil.Matching.Scoring;

namespace Vigil.Matching;

/// <summary>Every tunable of matching, with its default and the reason for it.</summary>
public sealed record MatchingOptions
{
    /// <summary>
    /// Score at or above which a result is a <c>match</c>. Default 0.70: on the labelled sets in docs/quality.md it
    /// gives the best F1 with precision and recall both above 0.88, and it is the threshold logic-v2 publishes, so
    /// the two compare at one operating point. Override per request.
    /// </summary>
    public double MatchThreshold { get; init; } = 0.70;

    /// <summary>Results below this score are not returned at all (default 0.5): they are noise to an analyst.</summary>
    public double MinimumScore { get; init; } = 0.5;

    /// <summary>
    /// How many candidate names the index hands to full scoring (default 400). Candidates are ranked by the summed
    /// weight of matching tokens first, so the true match is far inside this bound; see docs/benchmarks.md for recall.
    /// </summary>
    public int CandidateLimit { get; init; } = 400;

    /// <summary>
    /// Candidate names whose estimated coverage (the summed weight of the query tokens they share through an index key,
    /// over the larger of the two names' content weights) is below this are not scored (default 0.3). On the bench
    /// file's perturbed listed names every match scored at least 0.37 and every result above the minimum score at least
    /// 0.3; see docs/benchmarks.md. Lower it for recall at the cost of speed; 0 scores every name the index touches.
    /// </summary>
    public float MinimumCoverage { get; init; } = 0.3f;

    /// <summary>
    /// Below this coverage (default 0.5), a candidate name that only one word of a person's name in Latin letters found
    /// through the index is scored only if another word of the query may still pair one of its words at 0.7 or better
    /// (<c>OtherWordReach</c>: letters enough in common, one given name's forms, an initial, a compound); for a name
    /// of no type, so only a listed person's name. Most candidates share one word with the query, a common given name
    /// or surname, and almost none of them scores: on the bench file this halves the names scored (147 to 65 a query)
    /// and on the million bench rows drops 352 of 160,357 results (685 of 200,253 with the rows' types left out), all
    /// but three under the match threshold, with every evaluation unchanged; see docs/benchmarks.md. Names in other
    /// scripts and organisations' names keep <see cref="MinimumCoverage"/> alone; set this to
    /// <see cref="MinimumCoverage"/> to score every candidate as before.
    /// </summary>
    public float PersonOneWordCoverage { get; init; } = 0.5f;

    /// <summary>Log-odds subtracted when the best name is a weak alias (default 1.0): OFAC and UN call such aliases low quality.</summary>
    public double WeakAliasPenalty { get; init; } = 1.0;

    /// <summary>Name scoring weights.</summary>
    public NameScoringWeights NameWeights { get; init; } = NameScoringWeights.Default;

    /// <summary>Evidence weights beyond the name.</summary>
    public EvidenceWeights Evidence { get; init; } = EvidenceWeights.Default;

    /// <summary>The defaults.</summary>
    public static MatchingOptions Default { get; } = new();

    /// <summary>Throws when an option is out of range, so hosts fail at start, not mid-request.</summary>
    public void Validate()
    {
        if (MatchThreshold is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MatchThreshold), MatchThreshold, "Threshold must be within 0..1.");
        }

        if (MinimumScore is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MinimumScore), MinimumScore, "Minimum score must be within 0..1.");
        }

        if (MinimumCoverage is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MinimumCoverage), MinimumCoverage, "Minimum coverage must be within 0..1.");
        }

        if (PersonOneWordCoverage is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(PersonOneWordCoverage), PersonOneWordCoverage, "The one-word coverage must be within 0..1.");
        }

        if (CandidateLimit < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(CandidateLimit), CandidateLimit, "At least one candidate must be scored.");
        }
    }
}
