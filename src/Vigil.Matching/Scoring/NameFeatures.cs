namespace Vigil.Matching.Scoring;

/// <summary>
/// The evidence a name comparison yields, before it is turned into a score. Kept as plain numbers so the
/// score's logistic weights can be fitted and explained.
/// </summary>
public readonly record struct NameFeatures
{
    /// <summary>Weighted share of the query's identifying tokens that found a partner, times similarity.</summary>
    public double QueryCoverage { get; init; }

    /// <summary>Weighted share of the listed name's identifying tokens that found a partner, times similarity.</summary>
    public double CandidateCoverage { get; init; }

    /// <summary>Lowest similarity among matched identifying tokens (1 when none is fuzzy).</summary>
    public double Weakest { get; init; }

    /// <summary>
    /// Identifying tokens left unmatched on the side with fewer tokens, or on the side read syllable by syllable from
    /// Chinese or Korean characters when only one is (see <c>NameComparer.CountsAsShorter</c>).
    /// </summary>
    public int UnmatchedShort { get; init; }

    /// <summary>Identifying tokens left unmatched on the other side.</summary>
    public int UnmatchedLong { get; init; }

    /// <summary>Matched tokens that are exact or nearly so (capped at 3).</summary>
    public int StrongMatches { get; init; }

    /// <summary>Both sides carry numbers that have no equal on the other ("Trust 2004-1" vs "2004-2").</summary>
    public bool NumberConflict { get; init; }

    /// <summary>Only one side carries a number left unmatched ("Victory" vs "Victory 3"): another member of a series.</summary>
    public bool NumberExtra { get; init; }

    /// <summary>
    /// The number on one side only is a listed vessel's, and the query gives none ("Adrian Darya" vs "ADRIAN DARYA 1"):
    /// the press and customers write a ship's name without the number its registration carries.
    /// </summary>
    public bool ListedVesselNumber { get; init; }

    /// <summary>Generic words ("Trust", "Systems") on either side that found no partner: a sister company's name.</summary>
    public int UnmatchedGeneric { get; init; }

    /// <summary>Words of the kind of body ("Association", "Movement") on either side that found no partner: they count for less.</summary>
    public int UnmatchedBody { get; init; }

    /// <summary>Both names carry legal forms and none is of one kind with the other's ("AG" vs "GmbH"; "Corp." and "Company" agree).</summary>
    public bool LegalFormConflict { get; init; }

    /// <summary>Only generic words or initials matched ("Management Company"), and the names are not the same words throughout.</summary>
    public bool GenericOnly { get; init; }

    /// <summary>True when either name is a person's.</summary>
    public bool Person { get; init; }

    /// <summary>A person's name is one word on one side and several on the other ("WALIJAN" against a full name).</summary>
    public bool PartialPersonName { get; init; }

    /// <summary>
    /// A person's name of two words matched only the given names of a listed name whose family name the list gives
    /// apart ("Juan Jose" against "MORALES CIFUENTES, Juan Jose").
    /// </summary>
    public bool FamilyNameMissed { get; init; }

    /// <summary>
    /// Half of a person's given name written in two parts with a hyphen matched and the other half not, on either side
    /// ("Son Heung-min" against "SON, Min"; "Young Kim" against "KIM, Young-Chol"): another given name.
    /// </summary>
    public bool HalfGivenName { get; init; }

    /// <summary>Father and son swapped around "bin"/"ibn" ("Salman bin Muhammad" against "Muhammad bin Salman").</summary>
    public bool PatronymicReversed { get; init; }

    /// <summary>
    /// A one-word listed vessel's name against a longer name with a word of its own left over ("Snow Storm" against the
    /// tanker SNOW): another vessel, or the same with words added.
    /// </summary>
    public bool PartialVesselName { get; init; }

    /// <summary>
    /// One identifying word against an organisation's name of two or three that keeps a word of its own unmatched, either
    /// way round ("White" against "WHITE PIGEON", "Sterling Orion" against "ORION LLC"; a mistyped legal form is no such
    /// word).
    /// </summary>
    public bool PartialOrganisationName { get; init; }

    /// <summary>
    /// Persons' names of two matched words or more, none closer than a shared sound key ("Joshua Moran" against "MORENO,
    /// Jose": two sound-alikes) nor the listed word as German or French press spells it: every word another name's.
    /// </summary>
    public bool NoCloseToken { get; init; }

    /// <summary>
    /// Not persons: the query's one matched word is a slip away from its partner or alike only in sound, and some listed
    /// name holds it as written ("Rivera" against "LA RIVIERA", "Delta" against "DOLTA"): a word the lists know as it
    /// stands is that word, not a slip for another. By sound, not when a listed party spells the word otherwise too
    /// ("Hezbollah" against "HIZBALLAH", "Al Qaeda" against "AL QA'IDA"): one name's spellings.
    /// </summary>
    public bool OtherListedWord { get; init; }

    /// <summary>
    /// An initial aligned with a word was not credited: its own name kept a word unmatched, or an organisation's initial
    /// stood for a longer word.
    /// </summary>
    public bool InitialDoubted { get; init; }

    /// <summary>Why <see cref="InitialDoubted"/>: an organisation's initial aligned with a longer word, not a word left over.</summary>
    public bool InitialOfOrganisationWord { get; init; }

    /// <summary>True when nothing identifying matched at all.</summary>
    public bool Nothing { get; init; }

    /// <summary>The feature vector in a fixed order, for fitting and explanation.</summary>
    public void WriteVector(Span<double> v)
    {
        var min = Math.Min(QueryCoverage, CandidateCoverage);
        var max = Math.Max(QueryCoverage, CandidateCoverage);
        v[0] = min;
        v[1] = max;
        v[2] = Weakest;
        v[3] = Math.Min(UnmatchedShort, 3);
        v[4] = Math.Min(UnmatchedLong, 4);
        v[5] = Math.Min(StrongMatches, 3);
        v[6] = NumberConflict ? 1 : 0;
        v[7] = LegalFormConflict ? 1 : 0;
        v[8] = GenericOnly ? 1 : 0;
        v[9] = Person ? min : 0;
        v[10] = Person ? Weakest : 0;
        v[11] = Person ? Math.Min(UnmatchedShort, 3) : 0;
        v[12] = Weakest >= 0.95 ? 1 : 0;
        v[13] = Math.Max(0, 0.85 - Weakest);
        v[14] = min * min;
    }

    /// <summary>Length of <see cref="WriteVector"/>'s output.</summary>
    public const int VectorLength = 15;

    /// <summary>Names of the vector's entries, for explanations.</summary>
    public static IReadOnlyList<string> VectorNames { get; } =
    [
        "coverage (lower side)", "coverage (higher side)", "weakest matched token", "unmatched tokens (shorter or character-read name)",
        "unmatched tokens (longer name)", "exact token matches", "number conflict", "legal form conflict",
        "only generic words matched", "person: coverage", "person: weakest token", "person: unmatched tokens",
        "every token (near) exact", "shortfall of weakest token below 0.85", "coverage (lower side) squared",
    ];
}
