namespace Vigil.Sources.UnSc;

/// <summary>Which section of the UN list a record comes from.</summary>
internal enum UnScRecordKind
{
    /// <summary>An <c>INDIVIDUAL</c> under <c>INDIVIDUALS</c>.</summary>
    Individual = 0,

    /// <summary>An <c>ENTITY</c> under <c>ENTITIES</c>.</summary>
    Entity = 1,
}
