using Vigil.Model;

namespace Vigil.Evaluation.Data;

/// <summary>Maps the FollowTheMoney schema names the benchmark files use onto Vigil's <see cref="Schema"/>.</summary>
public static class BenchSchema
{
    /// <summary>Parses a schema name (see <see cref="TryParse"/>); an unknown name is <see cref="Schema.LegalEntity"/>, which matches any type.</summary>
    public static Schema Parse(string? text) => TryParse(text, out var schema) ? schema : Schema.LegalEntity;

    /// <summary>
    /// Parses a schema name: <c>Person</c>, <c>Company</c> and <c>Organization</c> (both organisations),
    /// <c>LegalEntity</c>, <c>Vessel</c>, <c>Aircraft</c>; case is ignored.
    /// </summary>
    public static bool TryParse(string? text, out Schema schema)
    {
        schema = Schema.LegalEntity;
        switch (text?.Trim().ToUpperInvariant())
        {
            case "PERSON":
                schema = Schema.Person;
                return true;
            case "COMPANY" or "ORGANIZATION" or "ORGANISATION" or "PUBLICBODY":
                schema = Schema.Organization;
                return true;
            case "LEGALENTITY":
                schema = Schema.LegalEntity;
                return true;
            case "VESSEL":
                schema = Schema.Vessel;
                return true;
            case "AIRCRAFT":
                schema = Schema.Aircraft;
                return true;
            default:
                return false;
        }
    }
}
