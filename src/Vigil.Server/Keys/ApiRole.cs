namespace Vigil.Server.Keys;

/// <summary>What a key may do. Each role includes the ones before it: admin ⊃ analyst ⊃ screen.</summary>
public enum ApiRole
{
    /// <summary>Search, match and screen.</summary>
    Screen = 1,

    /// <summary>Screen, plus alerts and decisions (to come).</summary>
    Analyst = 2,

    /// <summary>Analyst, plus imports, refresh and key management.</summary>
    Admin = 3,
}
