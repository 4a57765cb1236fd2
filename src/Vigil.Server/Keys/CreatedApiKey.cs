namespace Vigil.Server.Keys;

/// <summary>A key just created: the only time its secret is known.</summary>
/// <param name="Info">What is stored about it.</param>
/// <param name="Secret">The key to give the client; only its SHA-256 is stored.</param>
public sealed record CreatedApiKey(ApiKeyInfo Info, string Secret);
