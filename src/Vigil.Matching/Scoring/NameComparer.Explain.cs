using System.Collections.Immutable;
using System.Globalization;
using Vigil.Matching.Explanation;
using Vigil.Matching.Names;

namespace Vigil.Matching.Scoring;

/// <content>The explanation half of <see cref="NameComparer"/>: allocates freely, runs only for results shown.</content>
public sealed partial class NameComparer
{
    /// <summary>Explains the score of two names token by token and feature by feature.</summary>
    public NameExplanation Explain(PreparedName query, PreparedName candidate)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(candidate);
        var n = Math.Min(query.Tokens.Length, Alignment.MaxTokens);
        var m = Math.Min(candidate.Tokens.Length, Alignment.MaxTokens);
        var qTo = new int[n];
        var qSim = new double[n];
        var qHow = new TokenMatchKind[n];
        var cTo = new int[m];
        var cSim = new double[m];
        if (n > 0 && m > 0)
        {
            Alignment.Align(query, candidate, qTo, qSim, qHow, cTo, cSim);
        }

        var features = n > 0 && m > 0 ? FromAlignment(query, candidate, qTo, qSim, qHow, cTo, cSim) : new NameFeatures { Nothing = true };
        var tokens = ImmutableArray.CreateBuilder<TokenAlignment>();
        var queryIsAcronym = IsAcronymOf(query, candidate);
        if (queryIsAcronym || IsListedAcronymOf(candidate, query))
        {
            // Scored by the acronym rule, not by token pairs: say so, or the summary would show nothing matched.
            AcronymTokens(query, candidate, queryIsAcronym, tokens);
        }
        else
        {
            AlignedTokens(query, candidate, qTo, qSim, qHow, cTo, tokens);
        }

        var contributions = ImmutableArray.CreateBuilder<FeatureContribution>();
        if (!features.Nothing)
        {
            Span<double> v = stackalloc double[NameFeatures.VectorLength];
            features.WriteVector(v);
            contributions.Add(new FeatureContribution("bias", weights.Bias, "base log-odds"));
            for (var i = 0; i < v.Length && i < weights.Weights.Length; i++)
            {
                if (v[i] != 0)
                {
                    contributions.Add(new FeatureContribution(NameFeatures.VectorNames[i], weights.Weights[i] * v[i], Decimals.Format(v[i], 3, trim: true)));
                }
            }

            if (features.PartialPersonName)
            {
                contributions.Add(new FeatureContribution("partial name", -weights.PartialPersonNamePenalty, "one-word person name against a longer name"));
            }

            if (features.PartialVesselName)
            {
                contributions.Add(new FeatureContribution("partial vessel name", -weights.PartialVesselNamePenalty, "one-word vessel name against a longer name"));
            }

            if (features.PartialOrganisationName)
            {
                contributions.Add(new FeatureContribution("partial organisation name", -weights.PartialOrganisationNamePenalty, "one word of its own against a longer name"));
            }

            if (features.NoCloseToken)
            {
                contributions.Add(new FeatureContribution("no word close", -weights.NoCloseTokenPenalty, "every word matched only by sound or spelling"));
            }

            if (features.OtherListedWord)
            {
                contributions.Add(new FeatureContribution("another listed word", -weights.OtherListedWordPenalty, "the one word matched is spelt otherwise, and a listed name holds it as written"));
            }

            if (features.PatronymicReversed)
            {
                contributions.Add(new FeatureContribution("patronymic reversed", -weights.PatronymicReversalPenalty, "father and son swapped around bin/ibn"));
            }

            if (features.FamilyNameMissed)
            {
                contributions.Add(new FeatureContribution("family name not given", -weights.FamilyNameMissedPenalty, "two given names against a listed person's: the family name is missing"));
            }

            if (features.HalfGivenName)
            {
                contributions.Add(new FeatureContribution("half a given name", -weights.HalfGivenNamePenalty, "one part of a given name written with a hyphen matched, the other not: another given name"));
            }

            if (features.InitialDoubted)
            {
                contributions.Add(new FeatureContribution("initial not credited", 0, features.InitialOfOrganisationWord
                    ? "an organisation's initial stands for no word of another name: counted as unmatched"
                    : "its name keeps a word unmatched: counted as unmatched"));
            }

            if (features.NumberExtra)
            {
                contributions.Add(features.ListedVesselNumber
                    ? new FeatureContribution("number on one side only", -weights.VesselNumberPenalty, "the listed vessel's number, not given: this vessel without it, or another of its series")
                    : new FeatureContribution("number on one side only", -weights.NumberExtraPenalty, "another member of a numbered series"));
            }

            if (features.UnmatchedGeneric > 0)
            {
                var generic = Math.Min(features.UnmatchedGeneric, 2);
                contributions.Add(new FeatureContribution("generic word on one side only", -weights.UnmatchedGenericPenalty * generic, generic.ToString(CultureInfo.InvariantCulture)));
            }

            if (features.UnmatchedBody > 0)
            {
                // What the body words add to the generic words' term, within its cap.
                var body = weights.UnmatchedGenericTerm(features.UnmatchedGeneric, features.UnmatchedBody) - weights.UnmatchedGenericTerm(features.UnmatchedGeneric, 0);
                contributions.Add(new FeatureContribution("kind of body on one side only", -body, features.UnmatchedBody.ToString(CultureInfo.InvariantCulture)));
            }

            if (features.GenericOnly)
            {
                contributions.Add(new FeatureContribution("only generic words matched", 0, $"score capped at logit {weights.GenericOnlyCeiling.ToString("0.0", CultureInfo.InvariantCulture)}"));
            }
        }

        return new NameExplanation(query.Display, candidate.Display, Sigmoid(LogitOf(features)), tokens.ToImmutable(), features, contributions.ToImmutable());
    }

    private static void AlignedTokens(PreparedName query, PreparedName candidate, int[] qTo, double[] qSim, TokenMatchKind[] qHow, int[] cTo, ImmutableArray<TokenAlignment>.Builder tokens)
    {
        var n = qTo.Length;
        var m = cTo.Length;
        for (var i = 0; i < n; i++)
        {
            string? listed = null;
            if (qTo[i] >= 0)
            {
                var parts = new List<string>();
                for (var j = 0; j < m; j++)
                {
                    if (cTo[j] == i)
                    {
                        parts.Add(candidate.Tokens[j]);
                    }
                }

                listed = parts.Count > 0 ? string.Join('+', parts) : candidate.Tokens[qTo[i]];
            }

            tokens.Add(new TokenAlignment(query.Tokens[i], listed, qTo[i] >= 0 ? qHow[i] : TokenMatchKind.None, qTo[i] >= 0 ? qSim[i] : 0, query.Weights[i]));
        }

        for (var j = 0; j < m; j++)
        {
            if (cTo[j] < 0)
            {
                tokens.Add(new TokenAlignment(string.Empty, candidate.Tokens[j], TokenMatchKind.None, 0, candidate.Weights[j]));
            }
        }
    }

    /// <summary>
    /// The one word of the shorter name against the initials' words of the other ("irgc" = islamic+revolutionary+
    /// guard+corps); tokens that spell no initial (legal forms, particles) are shown unmatched.
    /// </summary>
    private static void AcronymTokens(PreparedName query, PreparedName candidate, bool queryIsShort, ImmutableArray<TokenAlignment>.Builder tokens)
    {
        var (shortName, longName) = queryIsShort ? (query, candidate) : (candidate, query);
        var word = shortName.FirstContent();
        var spelt = string.Join('+', Enumerable.Range(0, longName.Tokens.Length).Where(j => SpellsInitial(longName.Kinds[j])).Select(j => longName.Tokens[j]));
        tokens.Add(queryIsShort
            ? new TokenAlignment(shortName.Tokens[word], spelt, TokenMatchKind.Acronym, Alignment.AcronymSimilarity, shortName.Weights[word])
            : new TokenAlignment(spelt, shortName.Tokens[word], TokenMatchKind.Acronym, Alignment.AcronymSimilarity, longName.ContentWeight));
        for (var i = 0; i < query.Tokens.Length; i++)
        {
            if (queryIsShort ? i != word : !SpellsInitial(query.Kinds[i]))
            {
                tokens.Add(new TokenAlignment(query.Tokens[i], null, TokenMatchKind.None, 0, query.Weights[i]));
            }
        }

        for (var j = 0; j < candidate.Tokens.Length; j++)
        {
            if (queryIsShort ? !SpellsInitial(candidate.Kinds[j]) : j != word)
            {
                tokens.Add(new TokenAlignment(string.Empty, candidate.Tokens[j], TokenMatchKind.None, 0, candidate.Weights[j]));
            }
        }
    }

    /// <summary>The kinds of token whose first letter the acronym holds (as <see cref="NamePreparer"/> builds it).</summary>
    private static bool SpellsInitial(TokenKind kind) => kind is TokenKind.Word or TokenKind.Generic or TokenKind.Initial;
}
