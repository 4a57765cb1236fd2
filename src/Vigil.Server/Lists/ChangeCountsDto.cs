namespace Vigil.Server.Lists;

/// <summary>Entities added, removed and changed.</summary>
internal sealed record ChangeCountsDto(int Added, int Removed, int Changed);
