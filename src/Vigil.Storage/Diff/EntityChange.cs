using System.Collections.Immutable;
using Vigil.Model;

namespace Vigil.Storage.Diff;

/// <summary>One entity present in both versions whose content changed.</summary>
/// <param name="EntityId">The entity id.</param>
/// <param name="Before">The entity in the older version.</param>
/// <param name="After">The entity in the newer version.</param>
/// <param name="Fields">The fields that changed, in <see cref="EntityField"/> order. Empty only when the stored
/// forms differ in encoding alone.</param>
public sealed record EntityChange(string EntityId, SanctionsEntity Before, SanctionsEntity After, ImmutableArray<FieldChange> Fields);
