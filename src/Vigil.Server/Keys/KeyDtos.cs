using System.Collections.Immutable;

namespace Vigil.Server.Keys;

/// <summary>A key as listed: never the secret.</summary>
internal sealed record KeyDto(string Id, string Name, string Role, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    public static KeyDto From(ApiKeyInfo k) => new(k.Id, k.Name, ApiRoles.NameOf(k.Role), k.Prefix, k.CreatedAt, k.RevokedAt);
}

/// <summary>The answer of <c>GET /v1/keys</c>.</summary>
internal sealed record KeysResponse(ImmutableArray<KeyDto> Keys);

/// <summary>The body of <c>POST /v1/keys</c>.</summary>
/// <param name="Role">screen, analyst or admin.</param>
/// <param name="Name">A name for people.</param>
internal sealed record CreateKeyRequest(string? Role, string? Name);

/// <summary>The answer of <c>POST /v1/keys</c>: the secret, shown this once.</summary>
internal sealed record CreatedKeyDto(KeyDto Key, string Secret);
