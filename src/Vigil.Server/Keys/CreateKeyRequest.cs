namespace Vigil.Server.Keys;

/// <summary>The body of <c>POST /v1/keys</c>.</summary>
/// <param name="Role">screen, analyst or admin.</param>
/// <param name="Name">A name for people.</param>
internal sealed record CreateKeyRequest(string? Role, string? Name);
