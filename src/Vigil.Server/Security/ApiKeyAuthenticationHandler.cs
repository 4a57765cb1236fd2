using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Vigil.Server.Keys;
using Vigil.Server.Operations;

namespace Vigil.Server.Security;

/// <summary>
/// Authenticates <c>Authorization: Bearer KEY</c> or <c>X-Api-Key: KEY</c> against the key table. No key: no
/// result (401 when the endpoint needs one). Unknown or revoked key: failure (401). Challenges and refusals are
/// answered as Problem Details.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler : AuthenticationHandler<AuthenticationSchemeOptions>
{
    private const string BearerPrefix = "Bearer ";
    private readonly ApiKeyCache keys;
    private readonly InsecureLocalGate gate;
    private readonly IProblemDetailsService problems;
    private readonly ILogger keyLog;

    public ApiKeyAuthenticationHandler(
        IOptionsMonitor<AuthenticationSchemeOptions> options,
        ILoggerFactory logger,
        UrlEncoder encoder,
        ApiKeyCache keys,
        InsecureLocalGate gate,
        IProblemDetailsService problems)
        : base(options, logger, encoder)
    {
        this.keys = keys;
        this.gate = gate;
        this.problems = problems;
        keyLog = logger.CreateLogger("Vigil.Server.Security.ApiKeys");
    }

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = PresentedKey(Request.Headers);
        if (presented is null)
        {
            return Task.FromResult(gate.IsOpen ? Success(ApiKeyDefaults.LocalKeyId, "insecure-local", ApiRole.Admin) : AuthenticateResult.NoResult());
        }

        var info = keys.Find(presented);
        if (info is null)
        {
            ServerLog.KeyRejected(keyLog, Request.Path);
            return Task.FromResult(AuthenticateResult.Fail("The API key is not valid."));
        }

        return Task.FromResult(Success(info.Id, info.Name, info.Role));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        var presented = PresentedKey(Request.Headers) is not null;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails =
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = presented ? "The API key is not valid" : "An API key is required",
                Detail = $"Send a valid key as 'Authorization: Bearer KEY' or '{ApiKeyDefaults.HeaderName}: KEY'. Keys are made with 'vigil keys create'.",
            },
        }).ConfigureAwait(false);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        var role = Context.User.FindFirst(ClaimTypes.Role)?.Value ?? "none";
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails =
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "The API key's role does not allow this",
                Detail = $"This key has the role '{role}'.",
            },
        }).ConfigureAwait(false);
    }

    /// <summary>The key of <c>Authorization: Bearer</c>, else of <c>X-Api-Key</c>, else null.</summary>
    internal static string? PresentedKey(IHeaderDictionary headers)
    {
        var authorization = headers[HeaderNames.Authorization];
        if (authorization.Count == 1 && authorization[0] is { } value && value.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            var key = value.AsSpan(BearerPrefix.Length).Trim();
            return key.IsEmpty ? null : key.ToString();
        }

        var header = headers[ApiKeyDefaults.HeaderName];
        if (header.Count == 1 && !string.IsNullOrWhiteSpace(header[0]))
        {
            return header[0]!.Trim();
        }

        return null;
    }

    private static AuthenticateResult Success(string id, string name, ApiRole role)
    {
        var identity = new ClaimsIdentity(
            [
                new Claim(ApiKeyDefaults.KeyIdClaim, id),
                new Claim(ClaimTypes.Name, name),
                new Claim(ClaimTypes.Role, ApiRoles.NameOf(role)),
            ],
            ApiKeyDefaults.Scheme);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), ApiKeyDefaults.Scheme));
    }
}
