using System.Collections.Immutable;

namespace Vigil.Sources.Uk;

/// <summary>The UK Sanctions List XML as read: its <c>DateGenerated</c> and every designation in file order.</summary>
internal sealed record UkList(string? DateGenerated, ImmutableArray<UkDesignation> Designations);
