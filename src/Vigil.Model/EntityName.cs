namespace Vigil.Model;

/// <summary>One name of a listed entity, as the source wrote it, with its kind and known name parts.</summary>
/// <param name="Full">The whole name as published (kept with accents and case for display).</param>
/// <param name="Kind">Primary, alias, former name or original script.</param>
/// <param name="Given">Given name(s), where the source separates name parts.</param>
/// <param name="Family">Family name(s), where the source separates name parts (OFAC: text before the comma).</param>
/// <param name="Middle">Middle name, patronymic or second given name, where known.</param>
/// <param name="Language">Language or script tag the source gives, e.g. "ru", "Arabic".</param>
public sealed record EntityName(
    string Full,
    NameKind Kind = NameKind.Primary,
    string? Given = null,
    string? Family = null,
    string? Middle = null,
    string? Language = null)
{
    /// <summary>Creates a name, rejecting blank text.</summary>
    public static EntityName Create(string full, NameKind kind = NameKind.Primary)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(full);
        return new EntityName(full.Trim(), kind);
    }

    /// <inheritdoc />
    public override string ToString() => Full;
}
