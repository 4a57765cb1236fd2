namespace Vigil.Server.Keys;

/// <summary>A stored key as it may be shown: never the key itself, only its id, name, role and first characters.</summary>
/// <param name="Id">The key's id, used to revoke it.</param>
/// <param name="Name">A name for people ("payments-service").</param>
/// <param name="Role">What the key may do.</param>
/// <param name="Prefix">The key's first characters (<c>vgl_</c> and four more), to recognise it in a client's configuration.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="RevokedAt">When it was revoked, or null while it is valid.</param>
public sealed record ApiKeyInfo(string Id, string Name, ApiRole Role, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    /// <summary>True while the key has not been revoked.</summary>
    public bool IsActive => RevokedAt is null;
}
