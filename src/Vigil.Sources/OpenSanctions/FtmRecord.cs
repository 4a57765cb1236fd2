using System.Collections.Immutable;

namespace Vigil.Sources.OpenSanctions;

/// <summary>
/// One FollowTheMoney entity as OpenSanctions publishes it (a line of <c>entities.ftm.json</c>), keeping FtM's
/// schema and property names: <c>{"id", "schema", "caption", "properties": {name: [...], ...}, "datasets",
/// "referents", "first_seen", "last_seen", "last_change"}</c>.
/// </summary>
/// <param name="Id">The entity id, e.g. <c>NK-aU5ybkbRFJucf8YMwsJvDw</c>.</param>
/// <param name="Schema">The FtM schema: Person, Company, Sanction, Ownership, ...</param>
/// <param name="Caption">The display name OpenSanctions chose, or null.</param>
/// <param name="Properties">Property name to values, as published.</param>
/// <param name="Datasets">The datasets the entity comes from, e.g. <c>us_ofac_sdn</c>.</param>
/// <param name="Referents">Older or source-level ids merged into this entity; other records may still point at them.</param>
/// <param name="LastChange">When the entity last changed, ISO 8601 without zone (UTC).</param>
/// <param name="File">The file the line was read from, for error messages.</param>
/// <param name="Line">The 1-based line of the file.</param>
/// <param name="Raw">The line's JSON, kept for audit.</param>
internal sealed record FtmRecord(
    string Id,
    string Schema,
    string? Caption,
    ImmutableDictionary<string, ImmutableArray<string>> Properties,
    ImmutableArray<string> Datasets,
    ImmutableArray<string> Referents,
    string? LastChange,
    string File,
    long Line,
    string Raw)
{
    /// <summary>The values of a property, or none.</summary>
    public ImmutableArray<string> Values(string property) =>
        Properties.TryGetValue(property, out var values) ? values : [];
}
