namespace Vigil.Sources.Eu;

/// <summary>One <c>nameAlias</c>; <c>strong</c> is "true" or "false" as published.</summary>
internal sealed record EuNameAlias(
    string? FirstName,
    string? MiddleName,
    string? LastName,
    string? WholeName,
    string? Gender,
    string? Title,
    string? Function,
    string? NameLanguage,
    string? Strong);
