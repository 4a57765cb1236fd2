using System.Collections.Immutable;

namespace Vigil.Matching.Scoring;

/// <summary>
/// Logistic weights that turn <see cref="NameFeatures"/> into a calibrated name score in 0..1.
/// The defaults were fitted with <c>vigil eval name-bench --fit</c> on the seeded half "A" of the public name
/// benchmark (nomenklatura name_bench) and checked on half "B"; see docs/quality.md. They are data, not code paths:
/// no rule refers to any particular name.
/// </summary>
public sealed record NameScoringWeights
{
    /// <summary>The intercept.</summary>
    public double Bias { get; init; } = -5.046;

    /// <summary>
    /// One weight per entry of <see cref="NameFeatures.WriteVector"/>. The legal-form conflict weight (-3.0) is set by
    /// hand: since loose equivalents ("Corp." / "Company") no longer conflict, a conflict left is a different kind of
    /// company ("AG" / "GmbH"), and half A holds too few such cases to fit it (a refit finds about -2).
    /// </summary>
    public ImmutableArray<double> Weights { get; init; } = [0.872, 1.474, 3.590, -2.420, -0.334, -0.174, 2.059, -3.000, 0.889, -1.194, 1.321, -1.935, 0.768, -2.660, 1.937];

    /// <summary>
    /// Highest logit a comparison may reach when only generic words, initials or legal forms matched (default -1.0,
    /// a score of 0.27): "CORP" alone never matches "BELLETECH CORP", "Trading Company" never matches a trading company.
    /// Between two names that have no word of their own (generic words, initials and legal forms only) it does not
    /// apply once two tokens match: they are scored as any names are ("The World Bank" = "World Bank", "Centre of
    /// Digital Technologies" = "CENTER OF DIGITAL TECHNOLOGIES", "J &amp; P Advertising" = "J &amp; P ADVERTISING").
    /// </summary>
    public double GenericOnlyCeiling { get; init; } = -1.0;

    /// <summary>
    /// Log-odds taken off when a person's name is one word on one side and several on the other (default 2.0): a listed
    /// mononym or weak alias such as 'NICOLAS' must not flag every "Nicolas ..." customer, nor "Maduro" alone a person.
    /// Watchman users report exactly these false positives.
    /// </summary>
    public double PartialPersonNamePenalty { get; init; } = 2.0;

    /// <summary>
    /// Log-odds taken off when a one-word listed vessel's name meets a longer name with a word of its own left over
    /// (default 1.2): "Snow Storm" matched the tanker SNOW at 0.77, and a vessel's name with a word added is another
    /// vessel as often as the same one; such a pair is returned for review (0.50), not as a match.
    /// </summary>
    public double PartialVesselNamePenalty { get; init; } = 1.2;

    /// <summary>
    /// Log-odds taken off when one identifying word meets an organisation's name of two or three that keeps a word of its
    /// own unmatched, either way round (default 1.0): "White Inc" matched "WHITE PIGEON" at 0.75, "Orion Pty Ltd" "NTTS
    /// ORION OOO" at 0.77, "Sterling Orion LLC" "ORION LLC" at 0.75. One word of two is another company as often as the
    /// same one.
    /// </summary>
    public double PartialOrganisationNamePenalty { get; init; } = 1.0;

    /// <summary>
    /// Log-odds taken off when an organisation's, vessel's or aircraft's name matched by one word a slip away or alike in
    /// sound, and some listed name holds the query's word as written (<see cref="NameFeatures.OtherListedWord"/>; default
    /// 1.2): "Rivera Co., Ltd." matched "LA RIVIERA" at 0.88, "Baker" "BAJER S.R.L." at 0.80, "Delta" "DOLTA" at 0.82.
    /// On the million bench rows, of such matches by a slip of a word the lists hold, about a thousand were false and a
    /// thousand another party than the perturbed one, against 13 right: a slip of a listed word is rarely another listed
    /// word. At 1.2 most are returned for review.
    /// </summary>
    public double OtherListedWordPenalty { get; init; } = 1.2;

    /// <summary>
    /// Log-odds taken off when no word of two persons' names matched closer than a shared sound key
    /// (<see cref="NameFeatures.NoCloseToken"/>; default 1.0): "Joshua Moran" scored 0.73 against "MORENO, Jose", "Salvi
    /// Redi" against "SALIWA, Rudi", each word another name that sounds or is spelt nearly alike.
    /// </summary>
    public double NoCloseTokenPenalty { get; init; } = 1.0;

    /// <summary>
    /// Log-odds taken off when a person's name of two words matches only the given names of a listed name whose family
    /// name the list gives apart (default 1.5): "Juan Jose" scored 0.79 against MORALES CIFUENTES, Juan Jose and
    /// "Maria Jose" 0.86 against SISON, Jose Maria, names many customers bear.
    /// </summary>
    public double FamilyNameMissedPenalty { get; init; } = 1.5;

    /// <summary>
    /// Log-odds taken off when half of a person's given name written with a hyphen matched and the other half did not
    /// (<see cref="NameFeatures.HalfGivenName"/>; default 2.0, as a partial person name): "Son Heung-min" scored 0.87
    /// against SON, Min and "Young Kim" 0.95 against KIM, Young-Chol, the other words being left out as middle names are.
    /// </summary>
    public double HalfGivenNamePenalty { get; init; } = 2.0;

    /// <summary>Log-odds taken off when father and son are swapped around "bin"/"ibn" (default 4.0): a different person.</summary>
    public double PatronymicReversalPenalty { get; init; } = 4.0;

    /// <summary>
    /// Log-odds taken off when a number is left unmatched on one side only (default 2.5): "Victory 3" is another
    /// vessel than "Victory", "Fund I" another fund than "Fund". Numbers differing on both sides are a fitted feature.
    /// </summary>
    public double NumberExtraPenalty { get; init; } = 2.5;

    /// <summary>
    /// The same when the number is only a listed vessel's and the query gives none (default 1.2): "Adrian Darya" may be
    /// "ADRIAN DARYA 1" written as the press writes it, or another of a series. The full penalty hid such a vessel below
    /// the reporting floor (0.29); now it is returned for review (0.60), and two rare words with only the number left
    /// out reach a match ("RAK WON" against "RAK WON 2", 0.72).
    /// </summary>
    public double VesselNumberPenalty { get; init; } = 1.2;

    /// <summary>
    /// Log-odds taken off per generic word left unmatched, at most two (default 1.8): "Deutsche Bank Trust Company" and
    /// "CRYSTALORD SYSTEMS LIMITED" are sister companies of "Deutsche Bank" and "CRYSTALORD LTD", not the same party.
    /// Generic words weigh little in coverage, so without this their absence would hardly count.
    /// </summary>
    public double UnmatchedGenericPenalty { get; init; } = 1.8;

    /// <summary>
    /// What a word of the kind of body left unmatched counts for, as a share of a generic word (0.5): "Al-Qard
    /// Al-Hassan" is "AL-QARD AL-HASSAN ASSOCIATION" as the press writes it (0.64 with the full penalty, 0.82 now), but
    /// a body word still tells a name of one common word from a charity's ("Rahman" against "AL-RAHMA FOUNDATION" stays
    /// below the reporting floor; without any penalty it matched).
    /// </summary>
    public const double UnmatchedBodyShare = 0.5;

    /// <summary>Log-odds taken off for generic words and words of the kind of body left unmatched, at most two generic words' worth.</summary>
    public double UnmatchedGenericTerm(int generic, int body) => UnmatchedGenericPenalty * Math.Min(generic + (body * UnmatchedBodyShare), 2);

    /// <summary>The default weights.</summary>
    public static NameScoringWeights Default { get; } = new();

    /// <summary>The logit for a feature vector.</summary>
    public double Logit(ReadOnlySpan<double> vector)
    {
        var z = Bias;
        var w = Weights.AsSpan();
        for (var i = 0; i < vector.Length && i < w.Length; i++)
        {
            z += w[i] * vector[i];
        }

        return z;
    }
}
