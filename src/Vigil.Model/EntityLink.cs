namespace Vigil.Model;

/// <summary>A published relation to another party, such as OFAC's "Linked To: MADURO MOROS, Nicolas".</summary>
/// <param name="Relation">The relation as the source words it, e.g. "Linked To", "Owned or controlled by".</param>
/// <param name="Name">The other party's name as written.</param>
/// <param name="TargetId">The other party's entity id when it is resolved within the same list, else null.</param>
public sealed record EntityLink(string Relation, string Name, string? TargetId = null);
