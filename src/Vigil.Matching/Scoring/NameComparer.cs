using Vigil.Matching.Names;

namespace Vigil.Matching.Scoring;

/// <summary>
/// Compares two prepared names: aligns their tokens, measures the evidence (<see cref="NameFeatures"/>) and turns it
/// into a calibrated score with <see cref="NameScoringWeights"/>. <see cref="Score"/> allocates nothing;
/// <see cref="Explain"/> builds the token-by-token account.
/// </summary>
public sealed partial class NameComparer
{
    private readonly NameScoringWeights weights;

    // The fitted weights padded with zeros to the feature vector's length: the logit bound reads every entry.
    private readonly double[] boundWeights;

    /// <summary>Creates a comparer with the given weights.</summary>
    public NameComparer(NameScoringWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        this.weights = weights;
        boundWeights = new double[NameFeatures.VectorLength];
        weights.Weights.AsSpan(0, Math.Min(weights.Weights.Length, boundWeights.Length)).CopyTo(boundWeights);
    }

    /// <summary>A comparer with the default weights.</summary>
    public static NameComparer Default { get; } = new(NameScoringWeights.Default);

    /// <summary>The weights in use.</summary>
    public NameScoringWeights Weights => weights;

    /// <summary>The name score in 0..1.</summary>
    public double Score(PreparedName query, PreparedName candidate) => Sigmoid(Logit(query, candidate));

    /// <summary>The name score's logit (log-odds), which entity scoring adds evidence to.</summary>
    public double Logit(PreparedName query, PreparedName candidate)
    {
        var features = Measure(query, candidate);
        return LogitOf(features);
    }

    /// <summary>
    /// The same logit from token similarities already computed (<see cref="QueryTokenSimilarities"/>): row i of
    /// <paramref name="sim"/> for query token i, column j for candidate token j.
    /// </summary>
    internal double Logit(PreparedName query, PreparedName candidate, ReadOnlySpan<double> sim, ReadOnlySpan<byte> how) =>
        LogitOf(Measure(query, candidate, sim, how));

    /// <summary>The logit of measured features.</summary>
    public double LogitOf(in NameFeatures features)
    {
        if (features.Nothing)
        {
            return -12.0;
        }

        Span<double> v = stackalloc double[NameFeatures.VectorLength];
        features.WriteVector(v);
        var z = weights.Logit(v);

        // Policies, not fitted weights: they must hold whatever the benchmark says.
        if (features.PartialPersonName)
        {
            z -= weights.PartialPersonNamePenalty;
        }

        if (features.PartialVesselName)
        {
            z -= weights.PartialVesselNamePenalty;
        }

        if (features.PartialOrganisationName)
        {
            z -= weights.PartialOrganisationNamePenalty;
        }

        if (features.NoCloseToken)
        {
            z -= weights.NoCloseTokenPenalty;
        }

        if (features.OtherListedWord)
        {
            z -= weights.OtherListedWordPenalty;
        }

        if (features.PatronymicReversed)
        {
            z -= weights.PatronymicReversalPenalty;
        }

        if (features.FamilyNameMissed)
        {
            z -= weights.FamilyNameMissedPenalty;
        }

        if (features.HalfGivenName)
        {
            z -= weights.HalfGivenNamePenalty;
        }

        if (features.NumberExtra)
        {
            z -= features.ListedVesselNumber ? weights.VesselNumberPenalty : weights.NumberExtraPenalty;
        }

        z -= weights.UnmatchedGenericTerm(features.UnmatchedGeneric, features.UnmatchedBody);

        // Legal forms and generic words never make a match on their own.
        return features.GenericOnly ? Math.Min(z, weights.GenericOnlyCeiling) : z;
    }

    /// <summary>Measures the evidence between two names.</summary>
    public static NameFeatures Measure(PreparedName query, PreparedName candidate)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(candidate);
        var cells = Math.Min(query.Tokens.Length, Alignment.MaxTokens) * Math.Min(candidate.Tokens.Length, Alignment.MaxTokens);
        Span<double> sim = stackalloc double[cells];
        Span<byte> how = stackalloc byte[cells];
        Alignment.Similarities(query, candidate, sim, how);
        return Measure(query, candidate, sim, how);
    }

    /// <summary>The same from token similarities already computed (row i for query token i, column j for candidate token j).</summary>
    internal static NameFeatures Measure(PreparedName query, PreparedName candidate, ReadOnlySpan<double> sim, ReadOnlySpan<byte> how)
    {
        var n = Math.Min(query.Tokens.Length, Alignment.MaxTokens);
        var m = Math.Min(candidate.Tokens.Length, Alignment.MaxTokens);
        if (n == 0 || m == 0)
        {
            return new NameFeatures { Nothing = true };
        }

        Span<int> qTo = stackalloc int[n];
        Span<double> qSim = stackalloc double[n];
        Span<TokenMatchKind> qHow = stackalloc TokenMatchKind[n];
        Span<int> cTo = stackalloc int[m];
        Span<double> cSim = stackalloc double[m];
        Alignment.Align(query, candidate, sim, how, qTo, qSim, qHow, cTo, cSim);
        return FromAlignment(query, candidate, qTo, qSim, qHow, cTo, cSim);
    }

    internal static double Sigmoid(double z) => 1.0 / (1.0 + Math.Exp(-z));
}
