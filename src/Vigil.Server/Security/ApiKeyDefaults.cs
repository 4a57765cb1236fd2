namespace Vigil.Server.Security;

/// <summary>Names of the API key scheme, its headers and the authorization policies.</summary>
internal static class ApiKeyDefaults
{
    /// <summary>The authentication scheme.</summary>
    public const string Scheme = "ApiKey";

    /// <summary>The header that carries a key when <c>Authorization: Bearer</c> is not used.</summary>
    public const string HeaderName = "X-Api-Key";

    /// <summary>Policy: screen, analyst or admin.</summary>
    public const string ScreenPolicy = "screen";

    /// <summary>Policy: analyst or admin.</summary>
    public const string AnalystPolicy = "analyst";

    /// <summary>Policy: admin.</summary>
    public const string AdminPolicy = "admin";

    /// <summary>The claim holding the key id (also the rate limiter's partition).</summary>
    public const string KeyIdClaim = "vigil:key";

    /// <summary>The key id of keyless requests under <c>--insecure-local</c>.</summary>
    public const string LocalKeyId = "insecure-local";
}
