using System.Collections.Immutable;
using Vigil.Server.Entities;

namespace Vigil.Server.Lists;

/// <summary>One changed entity and the fields that changed.</summary>
internal sealed record EntityChangeDto(string Id, string Name, ImmutableArray<FieldChangeDto> Fields);
