using System.Collections.Immutable;

namespace Vigil.Server.Keys;

/// <summary>The answer of <c>GET /v1/keys</c>.</summary>
internal sealed record KeysResponse(ImmutableArray<KeyDto> Keys);
