using System.Collections.Frozen;
using System.Collections.Immutable;
using Vigil.Evaluation.Data;
using Vigil.Matching.Screening;
using Vigil.Model;
using Vigil.Sources.OpenSanctions;
using Vigil.Text.Countries;

namespace Vigil.Evaluation.EntityBench;

/// <summary>
/// Turns a check's FollowTheMoney properties into a <see cref="ScreeningQuery"/> (the query side) and a
/// <see cref="SanctionsEntity"/> (the candidate side). Properties Vigil's model has no place for are left out and
/// reported by <see cref="IsKnown"/>'s callers, never silently dropped.
/// </summary>
public static class EntityCheckMapper
{
    /// <summary>The source code given to candidate entities built from checks.</summary>
    public const string Source = "bench";

    // Name parts in the order a full name is written: given, second/middle, patronymic, family.
    private static readonly string[] NameParts = ["firstName", "secondName", "middleName", "fatherName", "lastName"];

    private static readonly FrozenDictionary<string, NameKind> NameKinds = new Dictionary<string, NameKind>(StringComparer.Ordinal)
    {
        ["name"] = NameKind.Primary,
        ["alias"] = NameKind.StrongAlias,
        ["weakAlias"] = NameKind.WeakAlias,
        ["previousName"] = NameKind.FormerName,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Other = FrozenSet.ToFrozenSet(
        ["birthDate", "incorporationDate", "nationality", "citizenship", "country", "jurisdiction", "flag", "gender"], StringComparer.Ordinal);

    /// <summary>True for properties that hold a name or a name part.</summary>
    public static bool IsNameProperty(string property) => NameKinds.ContainsKey(property) || NameParts.Contains(property, StringComparer.Ordinal);

    /// <summary>True for properties the mapping uses.</summary>
    public static bool IsKnown(string property) => IsNameProperty(property) || FtmIdentifierProperty.IsIdentifier(property) || Other.Contains(property);

    /// <summary>The side's name: its first <c>name</c>, else its name parts joined; null when it has neither.</summary>
    public static string? DisplayName(EntityProperties properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        if (properties.First("name") is { } name)
        {
            return name;
        }

        var parts = NameParts.Select(properties.First).Where(p => p is not null).ToList();
        return parts.Count > 0 ? string.Join(' ', parts) : null;
    }

    /// <summary>The query side as a screening query.</summary>
    public static ScreeningQuery ToQuery(EntityCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var p = check.Query;
        var schema = BenchSchema.Parse(check.Schema);
        return new ScreeningQuery
        {
            Name = DisplayName(p)!,
            Schema = schema,
            BirthDate = p.First("birthDate") is { } bd ? LenientDate.Parse(bd) : p.First("incorporationDate") is { } inc ? LenientDate.Parse(inc) : null,
            Countries = Countries(p, "nationality", "citizenship", "country", "jurisdiction", "flag"),
            Identifiers = Identifiers(p),
            Gender = GenderOf(p),
        };
    }

    /// <summary>The candidate side as a listed entity, id <c>bench:check-&lt;index&gt;</c>.</summary>
    public static SanctionsEntity ToEntity(EntityCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var p = check.Candidate;
        var schema = BenchSchema.Parse(check.Schema);
        var names = new List<EntityName>();
        foreach (var (property, kind) in NameKinds)
        {
            foreach (var value in p[property])
            {
                names.Add(new EntityName(value, kind));
            }
        }

        var given = p.First("firstName");
        var family = p.First("lastName");
        var middle = p.First("middleName") ?? p.First("fatherName") ?? p.First("secondName");
        if (names.Count == 0)
        {
            names.Add(new EntityName(DisplayName(p)!, NameKind.Primary, given, family, middle));
        }
        else if (given is not null || family is not null || middle is not null)
        {
            // Parts describe the primary name; keep them on it.
            var primary = names.FindIndex(n => n.Kind == NameKind.Primary);
            if (primary >= 0)
            {
                names[primary] = names[primary] with { Given = given, Family = family, Middle = middle };
            }
        }

        var dates = p["birthDate"].Concat(p["incorporationDate"]).Select(LenientDate.Parse).Where(d => d is not null).Select(d => BirthDate.On(d!.Value));
        return SanctionsEntity.Create(Source, $"check-{check.Index}", schema, names) with
        {
            BirthDates = [.. dates],
            Nationalities = Countries(p, "nationality"),
            Citizenships = Countries(p, "citizenship"),
            Countries = Countries(p, "country", "jurisdiction", "flag"),
            Identifiers = Identifiers(p),
            Gender = GenderOf(p),
        };
    }

    private static ImmutableArray<string> Countries(EntityProperties p, params string[] properties) =>
        [.. properties.SelectMany(k => p[k]).Select(CountryCodes.CodeOf).Where(c => c is not null).Select(c => c!).Distinct(StringComparer.Ordinal)];

    private static ImmutableArray<Identifier> Identifiers(EntityProperties p) =>
        [.. FtmIdentifierProperty.All.SelectMany(f => p[f.Property].Select(v => new Identifier(f.Type, v, Label: f.Property)))];

    private static Gender GenderOf(EntityProperties p) => p.First("gender")?.ToUpperInvariant() switch
    {
        "MALE" or "M" => Gender.Male,
        "FEMALE" or "F" => Gender.Female,
        _ => Gender.Unknown,
    };
}
