namespace Vigil.Model;

/// <summary>
/// A date of birth as lists publish it: exact, partial, "circa", or a range ("1960 to 1962").
/// </summary>
/// <param name="From">The date, or the start of the range.</param>
/// <param name="To">The end of the range, or null for a single date.</param>
/// <param name="Circa">True when the source says "circa" / "approximately".</param>
public sealed record BirthDate(PartialDate From, PartialDate? To = null, bool Circa = false)
{
    /// <summary>Creates a single (possibly partial) date.</summary>
    public static BirthDate On(PartialDate date, bool circa = false) => new(date, null, circa);

    /// <summary>Creates a range, ordering its ends.</summary>
    public static BirthDate Between(PartialDate from, PartialDate to) =>
        from <= to ? new BirthDate(from, to) : new BirthDate(to, from);

    /// <summary>Earliest year the date can denote.</summary>
    public int EarliestYear => From.Year - (Circa ? 2 : 0);

    /// <summary>Latest year the date can denote.</summary>
    public int LatestYear => (To ?? From).Year + (Circa ? 2 : 0);

    /// <inheritdoc />
    public override string ToString() =>
        (Circa ? "circa " : string.Empty) + From + (To is { } to ? " to " + to : string.Empty);
}
