using System.Collections.Immutable;
using Vigil.Model;

namespace Vigil.Storage.Diff;

/// <summary>
/// Field-by-field comparison of two forms of one entity. Values compare by record equality (every part counts);
/// list fields compare as sets, so reordering alone is no change.
/// </summary>
internal static class EntityComparer
{
    public static ImmutableArray<FieldChange> Compare(SanctionsEntity before, SanctionsEntity after)
    {
        var changes = ImmutableArray.CreateBuilder<FieldChange>();
        Single(changes, EntityField.Schema, before.Schema, after.Schema, static s => s.ToString());
        var beforeNames = OrEmpty(before.Names);
        var afterNames = OrEmpty(after.Names);
        Single(changes, EntityField.PrimaryName, beforeNames.IsEmpty ? null : beforeNames[0], afterNames.IsEmpty ? null : afterNames[0], static n => FieldText.Name(n!));
        Set(changes, EntityField.Aliases, beforeNames.IsEmpty ? [] : beforeNames[1..], afterNames.IsEmpty ? [] : afterNames[1..], FieldText.Name);
        Set(changes, EntityField.BirthDates, before.BirthDates, after.BirthDates, FieldText.BirthDate);
        Set(changes, EntityField.BirthPlaces, before.BirthPlaces, after.BirthPlaces, FieldText.Place);
        Set(changes, EntityField.Nationalities, before.Nationalities, after.Nationalities, static s => s);
        Set(changes, EntityField.Citizenships, before.Citizenships, after.Citizenships, static s => s);
        Set(changes, EntityField.Countries, before.Countries, after.Countries, static s => s);
        Set(changes, EntityField.Addresses, before.Addresses, after.Addresses, FieldText.Address);
        Set(changes, EntityField.Identifiers, before.Identifiers, after.Identifiers, FieldText.Identifier);
        Single(changes, EntityField.Gender, before.Gender, after.Gender, static g => g.ToString());
        Set(changes, EntityField.Programs, before.Programs, after.Programs, static s => s);
        Set(changes, EntityField.Titles, before.Titles, after.Titles, static s => s);
        Set(changes, EntityField.Links, before.Links, after.Links, FieldText.Link);
        Single(changes, EntityField.Remarks, before.Remarks, after.Remarks, static s => s!);
        Single(changes, EntityField.ListedOn, before.ListedOn, after.ListedOn, static d => FieldText.Date(d!.Value));
        if (changes.Count == 0)
        {
            Single(changes, EntityField.Raw, before.Raw, after.Raw, static s => s!);
        }

        return changes.ToImmutable();
    }

    private static ImmutableArray<T> OrEmpty<T>(ImmutableArray<T> values) => values.IsDefault ? [] : values;

    private static void Single<T>(ImmutableArray<FieldChange>.Builder changes, EntityField field, T before, T after, Func<T, string> format)
    {
        if (EqualityComparer<T>.Default.Equals(before, after))
        {
            return;
        }

        changes.Add(new FieldChange(
            field,
            before is null ? [] : [format(before)],
            after is null ? [] : [format(after)]));
    }

    private static void Set<T>(ImmutableArray<FieldChange>.Builder changes, EntityField field, ImmutableArray<T> before, ImmutableArray<T> after, Func<T, string> format)
    {
        before = OrEmpty(before);
        after = OrEmpty(after);
        if (before.SequenceEqual(after))
        {
            return;
        }

        var removed = Only(before, after, format);
        var added = Only(after, before, format);
        if (removed.IsEmpty && added.IsEmpty)
        {
            return;
        }

        changes.Add(new FieldChange(field, removed, added));
    }

    /// <summary>Values of <paramref name="these"/> missing from <paramref name="others"/>, each once, in order.</summary>
    private static ImmutableArray<string> Only<T>(ImmutableArray<T> these, ImmutableArray<T> others, Func<T, string> format)
    {
        var other = new HashSet<T>(others);
        var seen = new HashSet<T>();
        var result = ImmutableArray.CreateBuilder<string>();
        foreach (var value in these)
        {
            if (!other.Contains(value) && seen.Add(value))
            {
                result.Add(format(value));
            }
        }

        return result.ToImmutable();
    }
}
