namespace Vigil.Server.Entities;

/// <summary>
/// A link between two entities. In <c>links</c>: this entity's published relation to another (<c>id</c> and
/// <c>entity</c> set when the other is resolved in the loaded lists). In <c>linkedFrom</c>: another entity whose
/// published relation points here.
/// </summary>
internal sealed record LinkDto(string Relation, string Name, string? Id, EntitySummaryDto? Entity);
