namespace Vigil.Server.Keys;

/// <summary>A key as listed: never the secret.</summary>
internal sealed record KeyDto(string Id, string Name, string Role, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    public static KeyDto From(ApiKeyInfo k) => new(k.Id, k.Name, ApiRoles.NameOf(k.Role), k.Prefix, k.CreatedAt, k.RevokedAt);
}
