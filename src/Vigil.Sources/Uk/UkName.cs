namespace Vigil.Sources.Uk;

/// <summary>
/// One <c>Names/Name</c> of a designation. The FCDO splits a name over <c>Name1</c>..<c>Name6</c>: given names
/// first, <c>Name6</c> the family name, or the whole name of an entity or ship.
/// </summary>
internal sealed record UkName(
    string? Name1,
    string? Name2,
    string? Name3,
    string? Name4,
    string? Name5,
    string? Name6,
    string? NameType,
    string? AliasStrength);
