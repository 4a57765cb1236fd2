using System.Collections.Immutable;

namespace Vigil.Sources.Eu;

/// <summary>The EU file as read: the <c>generationDate</c> of its <c>export</c> root and every sanction entity in file order.</summary>
internal sealed record EuExport(string? GenerationDate, ImmutableArray<EuSanctionEntity> Entities);
