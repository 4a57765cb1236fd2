using Vigil.Model;

namespace Vigil.Screening.Tests.Matching;

/// <summary>A caller's own record (not on the loaded lists) for <c>Screener.Compare</c>: the first name primary, the rest aliases.</summary>
internal static class OwnRecord
{
    public static SanctionsEntity Of(Schema schema, params string[] names) => new()
    {
        Id = "own:1",
        Source = "own",
        SourceId = "1",
        Schema = schema,
        Names = [.. names.Select((n, i) => new EntityName(n, i == 0 ? NameKind.Primary : NameKind.StrongAlias))],
    };
}
