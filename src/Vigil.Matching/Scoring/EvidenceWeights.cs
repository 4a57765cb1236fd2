namespace Vigil.Matching.Scoring;

/// <summary>
/// Log-odds each piece of evidence beyond the name adds to (or takes from) a name score. Defaults follow how
/// much each fact narrows identity: an identifier is near-proof; a full date of birth is strong; a birth year or
/// a country is weak. Conflicts weigh more than agreements, because lists are precise about what they publish.
/// </summary>
public sealed record EvidenceWeights
{
    /// <summary>Same identifier (same type, same digits): strong evidence.</summary>
    public double IdentifierMatch { get; init; } = 4.0;

    /// <summary>Same identifier type and issuing country but a different number.</summary>
    public double IdentifierConflict { get; init; } = -1.5;

    /// <summary>Full date of birth equal.</summary>
    public double BirthDateExact { get; init; } = 1.5;

    /// <summary>Day and month swapped (a common data-entry error).</summary>
    public double BirthDateSwapped { get; init; } = 1.0;

    /// <summary>Dates agree at the precision both know (year, or year and month).</summary>
    public double BirthDatePartial { get; init; } = 0.8;

    /// <summary>Years within one of each other or within a published range or circa.</summary>
    public double BirthYearNear { get; init; } = 0.2;

    /// <summary>Dates that cannot be the same person (more than the tolerance apart).</summary>
    public double BirthDateConflict { get; init; } = -2.5;

    /// <summary>Years apart beyond which dates conflict.</summary>
    public int BirthYearTolerance { get; init; } = 2;

    /// <summary>
    /// Dates a decade or more apart (<see cref="BirthYearsFar"/>) whose years are not one typing slip apart (one digit
    /// changed, two swapped): another generation, not a clerk's error. "伟 张" born 2001 scored 0.80 against WEI, Zhang,
    /// born 1952.
    /// </summary>
    public double BirthDateFarConflict { get; init; } = -4.0;

    /// <summary>Years apart from which dates conflict as <see cref="BirthDateFarConflict"/>.</summary>
    public int BirthYearsFar { get; init; } = 10;

    /// <summary>The query country is one of the entity's nationalities, citizenships, address or registration countries.</summary>
    public double CountryMatch { get; init; } = 0.5;

    /// <summary>Both sides name countries and none agree.</summary>
    public double CountryConflict { get; init; } = -0.6;

    /// <summary>Genders differ.</summary>
    public double GenderConflict { get; init; } = -1.5;

    /// <summary>The query's type cannot be the entity's (a person against a vessel).</summary>
    public double SchemaConflict { get; init; } = -6.0;

    /// <summary>The defaults.</summary>
    public static EvidenceWeights Default { get; } = new();
}
