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

    /// <summary>Creates a comparer with the given weights.</summary>
    public NameComparer(NameScoringWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        this.weights = weights;
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

        if (features.PatronymicReversed)
        {
            z -= weights.PatronymicReversalPenalty;
        }

        // Legal forms and generic words never make a match on their own.
        return features.GenericOnly ? Math.Min(z, weights.GenericOnlyCeiling) : z;
    }

    /// <summary>Measures the evidence between two names.</summary>
    public static NameFeatures Measure(PreparedName query, PreparedName candidate)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(candidate);
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
        Alignment.Align(query, candidate, qTo, qSim, qHow, cTo, cSim);
        return FromAlignment(query, candidate, qTo, qSim, cTo, cSim);
    }

    internal static NameFeatures FromAlignment(PreparedName q, PreparedName c, ReadOnlySpan<int> qTo, ReadOnlySpan<double> qSim, ReadOnlySpan<int> cTo, ReadOnlySpan<double> cSim)
    {
        var person = q.Schema == Model.Schema.Person || c.Schema == Model.Schema.Person;

        // Acronym: a one-word query spelling the initials of the listed name (or the reverse).
        if (IsAcronymOf(q, c) || IsAcronymOf(c, q))
        {
            return new NameFeatures
            {
                QueryCoverage = Alignment.AcronymSimilarity,
                CandidateCoverage = Alignment.AcronymSimilarity,
                Weakest = Alignment.AcronymSimilarity,
                StrongMatches = 1,
                Person = person,
            };
        }

        double qMatched = 0, qTotal = 0, cMatched = 0, cTotal = 0, weakest = 1.0;
        int qUnmatched = 0, cUnmatched = 0, strong = 0, matchedContent = 0, matchedSpecific = 0;
        var numberConflict = false;
        bool qLegal = false, cLegal = false, legalAgree = false;
        for (var i = 0; i < qTo.Length; i++)
        {
            var kind = q.Kinds[i];
            if (kind == TokenKind.LegalForm)
            {
                qLegal = true;
                legalAgree |= qTo[i] >= 0;
                continue;
            }

            if (!PreparedName.IsContent(kind))
            {
                continue;
            }

            qTotal += q.Weights[i];
            if (qTo[i] >= 0)
            {
                qMatched += q.Weights[i] * qSim[i];
                matchedContent++;
                weakest = Math.Min(weakest, qSim[i]);
                if (qSim[i] >= 0.95 && kind is TokenKind.Word or TokenKind.Number)
                {
                    strong++;
                }

                if (kind is TokenKind.Word or TokenKind.Number)
                {
                    matchedSpecific++;
                }
            }
            else
            {
                qUnmatched++;
                numberConflict |= kind == TokenKind.Number;
            }
        }

        for (var j = 0; j < cTo.Length; j++)
        {
            var kind = c.Kinds[j];
            if (kind == TokenKind.LegalForm)
            {
                cLegal = true;
                continue;
            }

            if (!PreparedName.IsContent(kind))
            {
                continue;
            }

            cTotal += c.Weights[j];
            if (cTo[j] >= 0)
            {
                cMatched += c.Weights[j] * cSim[j];
                weakest = Math.Min(weakest, cSim[j]);
            }
            else
            {
                cUnmatched++;
                numberConflict |= kind == TokenKind.Number;
            }
        }

        if (matchedContent == 0)
        {
            return new NameFeatures { Nothing = true, Person = person };
        }

        var qShorter = q.ContentCount <= c.ContentCount;
        return new NameFeatures
        {
            PartialPersonName = person && ((q.ContentCount == 1 && c.ContentCount > 1) || (c.ContentCount == 1 && q.ContentCount > 1)),
            PatronymicReversed = person && IsPatronymicReversed(q, c, qTo),
            QueryCoverage = qTotal > 0 ? qMatched / qTotal : 0,
            CandidateCoverage = cTotal > 0 ? cMatched / cTotal : 0,
            Weakest = weakest,
            UnmatchedShort = qShorter ? qUnmatched : cUnmatched,
            UnmatchedLong = qShorter ? cUnmatched : qUnmatched,
            StrongMatches = strong,
            NumberConflict = numberConflict,
            LegalFormConflict = qLegal && cLegal && !legalAgree,
            GenericOnly = matchedSpecific == 0,
            Person = person,
        };
    }

    /// <summary>"A bin B" in one name and "B bin A" in the other: the aligned neighbours of the marker trade places.</summary>
    private static bool IsPatronymicReversed(PreparedName q, PreparedName c, ReadOnlySpan<int> qTo)
    {
        for (var p = 1; p + 1 < qTo.Length; p++)
        {
            if (!IsPatronymicMarker(q.Tokens[p]))
            {
                continue;
            }

            var own = qTo[p - 1];
            var father = qTo[p + 1];
            if (own < 0 || father < 0)
            {
                continue;
            }

            // In the candidate the father's name comes before a marker and the query person's own name after it.
            for (var m = 1; m + 1 < c.Tokens.Length; m++)
            {
                if (IsPatronymicMarker(c.Tokens[m]) && father == m - 1 && own == m + 1)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsPatronymicMarker(string token) => token is "bin" or "ibn" or "bint" or "ben" or "binti" or "ould" or "walad";

    private static bool IsAcronymOf(PreparedName shortName, PreparedName longName)
    {
        if (longName.Acronym.Length < 2 || shortName.ContentCount != 1 || longName.ContentCount < 2)
        {
            return false;
        }

        for (var i = 0; i < shortName.Tokens.Length; i++)
        {
            if (PreparedName.IsContent(shortName.Kinds[i]))
            {
                return string.Equals(shortName.Tokens[i], longName.Acronym, StringComparison.Ordinal);
            }
        }

        return false;
    }

    internal static double Sigmoid(double z) => 1.0 / (1.0 + Math.Exp(-z));
}
