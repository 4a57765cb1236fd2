using Vigil.Model;

namespace Vigil.Screening.Input;

/// <summary>
/// The words for an entity's type that callers and customer files use, one vocabulary for the CLI, the API and batch
/// files: "individual" and "natural person" are persons, "corporate", "business" and "company" organisations.
/// </summary>
public static class EntityTypes
{
    /// <summary>The types, for messages.</summary>
    public const string Names = "person, organization, vessel, aircraft";

    /// <summary>
    /// Reads a type. True with a null <paramref name="schema"/> for a word that names no particular type ("any",
    /// FollowTheMoney's "Thing" and "LegalEntity", empty); false for a word that is no type.
    /// </summary>
    public static bool TryParse(string? text, out Schema? schema)
    {
        Span<char> folded = stackalloc char[32];
        var length = 0;
        foreach (var c in (text ?? string.Empty).AsSpan().Trim())
        {
            // "Natural Person", "natural_person" and "natural-person" are one word here.
            if (c is ' ' or '_' or '-')
            {
                continue;
            }

            if (length == folded.Length)
            {
                schema = null;
                return false;
            }

            folded[length++] = char.ToLowerInvariant(c);
        }

        (var known, schema) = new string(folded[..length]) switch
        {
            "" or "any" or "thing" or "legalentity" or "unknown" => (true, (Schema?)null),
            "person" or "individual" or "naturalperson" or "privateindividual" or "privateperson" or "indiv" => (true, Schema.Person),
            "organization" or "organisation" or "company" or "entity" or "publicbody" or "corporate" or "corporation"
                or "business" or "legalperson" or "firm" or "institution" or "nonindividual" => (true, Schema.Organization),
            "vessel" or "ship" or "boat" => (true, Schema.Vessel),
            "aircraft" or "airplane" or "aeroplane" or "plane" => (true, Schema.Aircraft),
            _ => (false, (Schema?)null),
        };
        return known;
    }
}
