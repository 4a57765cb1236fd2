using System.Diagnostics.CodeAnalysis;

namespace Vigil.Server.Keys;

/// <summary>Role names as written in the key table, claims and the CLI.</summary>
public static class ApiRoles
{
    /// <summary>The <see cref="ApiRole.Screen"/> name.</summary>
    public const string Screen = "screen";

    /// <summary>The <see cref="ApiRole.Analyst"/> name.</summary>
    public const string Analyst = "analyst";

    /// <summary>The <see cref="ApiRole.Admin"/> name.</summary>
    public const string Admin = "admin";

    /// <summary>Every role name, lowest first.</summary>
    public static IReadOnlyList<string> All { get; } = [Screen, Analyst, Admin];

    /// <summary>The role's name.</summary>
    public static string NameOf(ApiRole role) => role switch
    {
        ApiRole.Screen => Screen,
        ApiRole.Analyst => Analyst,
        ApiRole.Admin => Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown role."),
    };

    /// <summary>Parses a role name (case-insensitive).</summary>
    public static bool TryParse(string? name, [NotNullWhen(true)] out ApiRole? role)
    {
        role = name?.Trim().ToLowerInvariant() switch
        {
            Screen => ApiRole.Screen,
            Analyst => ApiRole.Analyst,
            Admin => ApiRole.Admin,
            _ => null,
        };
        return role is not null;
    }
}
