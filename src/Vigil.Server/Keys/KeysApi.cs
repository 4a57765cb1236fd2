using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Vigil.Server.Operations;
using Vigil.Server.Screening;
using Vigil.Server.Security;

namespace Vigil.Server.Keys;

/// <summary><c>/v1/keys</c>: key management for admins, the same as <c>vigil keys</c>.</summary>
internal static class KeysApi
{
    public static IEndpointRouteBuilder MapKeysApi(this IEndpointRouteBuilder v1)
    {
        var keys = v1.MapGroup(string.Empty).WithTags("Keys").RequireAuthorization(ApiKeyDefaults.AdminPolicy);
        keys.MapGet("/keys", List)
            .WithName("ListKeys")
            .WithSummary("List API keys")
            .WithDescription("Every key, revoked ones included: id, name, role, first characters, when created and revoked. Never the key.");
        keys.MapPost("/keys", Create)
            .WithName("CreateKey")
            .WithSummary("Create an API key")
            .WithDescription("Creates a key with a role (screen, analyst, admin) and returns it this once; only its SHA-256 is stored.");
        keys.MapDelete("/keys/{id}", Revoke)
            .WithName("RevokeKey")
            .WithSummary("Revoke an API key")
            .WithDescription("Revokes a key by id. Servers stop accepting it within the key refresh interval (5 s by default).");
        return v1;
    }

    internal static Ok<KeysResponse> List(ApiKeyStore store) => TypedResults.Ok(new KeysResponse([.. store.List().Select(KeyDto.From)]));

    internal static Results<Created<CreatedKeyDto>, ValidationProblem> Create([FromBody] CreateKeyRequest request, ApiKeyStore store, HttpContext context, ILogger<ApiKeyStore> logger)
    {
        if (!ApiRoles.TryParse(request.Role, out var role))
        {
            return ApiProblems.Invalid(new Dictionary<string, string[]>(StringComparer.Ordinal) { ["role"] = ["role is one of screen, analyst, admin."] });
        }

        if (request.Name is { Length: > 200 })
        {
            return ApiProblems.Invalid(new Dictionary<string, string[]>(StringComparer.Ordinal) { ["name"] = ["A key name has at most 200 characters."] });
        }

        var created = store.Create(role.Value, request.Name);
        var by = context.User.FindFirst(ApiKeyDefaults.KeyIdClaim)?.Value ?? "?";
        var roleName = ApiRoles.NameOf(role.Value);
        ServerLog.KeyCreated(logger, created.Info.Id, roleName, by);
        return TypedResults.Created($"/v1/keys/{created.Info.Id}", new CreatedKeyDto(KeyDto.From(created.Info), created.Secret));
    }

    internal static Results<NoContent, ProblemHttpResult> Revoke(string id, ApiKeyStore store, HttpContext context, ILogger<ApiKeyStore> logger)
    {
        if (!store.Revoke(id))
        {
            return ApiProblems.NotFound("No such key", "No valid key has this id.");
        }

        var by = context.User.FindFirst(ApiKeyDefaults.KeyIdClaim)?.Value ?? "?";
        ServerLog.KeyRevoked(logger, id, by);
        return TypedResults.NoContent();
    }
}
