using System.Collections.Immutable;
using Vigil.Model;

namespace Vigil.Sources.Ofac.Mapping;

/// <summary>Reads OFAC's small multi-valued fields: entity type, program tags, titles.</summary>
internal static class OfacFields
{
    /// <summary>
    /// Maps SDN_Type (CSV: "individual", "vessel", "aircraft", null for entities) or sdnType (XML: "Individual",
    /// "Entity", "Vessel", "Aircraft") to a schema; an unknown word gives <see cref="Schema.LegalEntity"/>.
    /// </summary>
    public static Schema SchemaOf(string? sdnType)
    {
        var t = sdnType?.Trim();
        if (string.IsNullOrEmpty(t) || t.Equals("entity", StringComparison.OrdinalIgnoreCase))
        {
            return Schema.Organization;
        }

        if (t.Equals("individual", StringComparison.OrdinalIgnoreCase))
        {
            return Schema.Person;
        }

        if (t.Equals("vessel", StringComparison.OrdinalIgnoreCase))
        {
            return Schema.Vessel;
        }

        return t.Equals("aircraft", StringComparison.OrdinalIgnoreCase) ? Schema.Aircraft : Schema.LegalEntity;
    }

    /// <summary>
    /// Splits OFAC's program field into tags. The CSV writes "SDGT] [IFSR" (the outer brackets dropped), the printed
    /// list "[VENEZUELA-EO13850] [SDGT]"; both give each tag once, in order.
    /// </summary>
    public static ImmutableArray<string> Programs(string? field)
    {
        if (string.IsNullOrWhiteSpace(field))
        {
            return [];
        }

        var tags = field.Split(['[', ']'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return [.. tags.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Splits the title field; OFAC separates several titles with ';'.</summary>
    public static ImmutableArray<string> Titles(string? field)
    {
        if (string.IsNullOrWhiteSpace(field))
        {
            return [];
        }

        return [.. field.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];
    }
}
