namespace Vigil.Server.Keys;

/// <summary>The answer of <c>POST /v1/keys</c>: the secret, shown this once.</summary>
internal sealed record CreatedKeyDto(KeyDto Key, string Secret);
