using System.Collections.Immutable;

namespace Vigil.Screening.Contracts;

/// <summary>A screening query in the JSON contract.</summary>
/// <param name="Name">The name screened.</param>
/// <param name="Schema">The type asked for, or null.</param>
/// <param name="BirthDate">Date of birth as YYYY[-MM[-DD]], or null.</param>
/// <param name="Countries">ISO alpha-2 countries.</param>
/// <param name="Gender">"male", "female", or null when not given.</param>
/// <param name="Identifiers">Identifiers given, as TYPE:NUMBER[:COUNTRY] (<c>passport:K1234567:IR</c>).</param>
/// <param name="Limit">Most results returned.</param>
/// <param name="Threshold">Score at which a result is a match.</param>
public sealed record QueryDto(string Name, string? Schema, string? BirthDate, ImmutableArray<string> Countries, string? Gender, ImmutableArray<string> Identifiers, int Limit, double Threshold);
