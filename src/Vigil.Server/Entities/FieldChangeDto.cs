using System.Collections.Immutable;

namespace Vigil.Server.Entities;

/// <summary>How one field changed: values removed and values added.</summary>
internal sealed record FieldChangeDto(string Field, ImmutableArray<string> Removed, ImmutableArray<string> Added);
