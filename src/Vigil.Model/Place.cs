namespace Vigil.Model;

/// <summary>A place as written by the source (e.g. a place of birth), with its ISO country code where known.</summary>
/// <param name="Text">The place as published, e.g. "Caracas, Venezuela".</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code, upper case, or null.</param>
public sealed record Place(string Text, string? CountryCode = null)
{
    /// <inheritdoc />
    public override string ToString() => Text;
}
