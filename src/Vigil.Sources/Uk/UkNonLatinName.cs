namespace Vigil.Sources.Uk;

/// <summary>One <c>NonLatinNames/NonLatinName</c>: the name in its own script, with the script and language the FCDO gives.</summary>
internal sealed record UkNonLatinName(string? NameNonLatinScript, string? NonLatinScriptType, string? NonLatinScriptLanguage);
