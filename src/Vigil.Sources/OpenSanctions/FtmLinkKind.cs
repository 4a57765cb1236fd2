using System.Collections.Frozen;

namespace Vigil.Sources.OpenSanctions;

/// <summary>
/// A FollowTheMoney relation schema that becomes <see cref="Vigil.Model.EntityLink"/>s on both of its ends, e.g.
/// Ownership: the owner gets "Owner of" the asset, the asset gets "Owned by" the owner.
/// </summary>
/// <param name="Schema">The FtM schema, e.g. <c>Ownership</c>.</param>
/// <param name="Subject">The property holding the subject end, e.g. <c>owner</c>.</param>
/// <param name="Object">The property holding the object end, e.g. <c>asset</c>.</param>
/// <param name="SubjectRelation">The relation as the subject sees it.</param>
/// <param name="ObjectRelation">The relation as the object sees it.</param>
/// <param name="Detail">The property that words the relation more precisely (role, relationship), added in brackets.</param>
internal sealed record FtmLinkKind(string Schema, string Subject, string Object, string SubjectRelation, string ObjectRelation, string Detail)
{
    /// <summary>The relation schemas Vigil keeps, by schema name.</summary>
    public static FrozenDictionary<string, FtmLinkKind> All { get; } = new FtmLinkKind[]
    {
        new("Ownership", "owner", "asset", "Owner of", "Owned by", "role"),
        new("Directorship", "director", "organization", "Director of", "Directed by", "role"),
        new("Family", "person", "relative", "Family member", "Family member", "relationship"),
        new("Associate", "person", "associate", "Associate of", "Associate of", "relationship"),
        new("Membership", "member", "organization", "Member of", "Has member", "role"),
        new("Employment", "employee", "employer", "Employee of", "Employer of", "role"),
        new("Representation", "agent", "client", "Agent of", "Represented by", "role"),
        new("UnknownLink", "subject", "object", "Linked to", "Linked to", "role"),
    }.ToFrozenDictionary(k => k.Schema, StringComparer.Ordinal);
}
