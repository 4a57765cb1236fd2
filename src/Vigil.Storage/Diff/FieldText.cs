using System.Globalization;
using System.Text;
using Vigil.Model;

namespace Vigil.Storage.Diff;

/// <summary>How field values read in a diff: short, complete and culture-invariant.</summary>
internal static class FieldText
{
    public static string Name(EntityName name)
    {
        var text = new StringBuilder(name.Full);
        var kind = name.Kind switch
        {
            NameKind.Primary => null,
            NameKind.StrongAlias => "a.k.a.",
            NameKind.WeakAlias => "weak a.k.a.",
            NameKind.FormerName => "f.k.a.",
            NameKind.OriginalScript => "original script",
            _ => name.Kind.ToString(),
        };
        if (kind is not null)
        {
            text.Append(" (").Append(kind).Append(')');
        }

        if (!string.IsNullOrEmpty(name.Language))
        {
            text.Append(" [").Append(name.Language).Append(']');
        }

        return text.ToString();
    }

    public static string BirthDate(BirthDate date) => date.ToString();

    public static string Place(Place place) => WithCountry(place.Text, place.CountryCode);

    public static string Address(Address address)
    {
        var text = WithCountry(address.Full, address.CountryCode);
        return string.IsNullOrEmpty(address.Remarks) ? text : text + " - " + address.Remarks;
    }

    public static string Identifier(Identifier identifier)
    {
        var label = string.IsNullOrWhiteSpace(identifier.Label) ? Model.Identifier.Describe(identifier.Type) : identifier.Label;
        var text = WithCountry(label + ": " + identifier.Value, identifier.CountryCode);
        return string.IsNullOrEmpty(identifier.Note) ? text : text + " - " + identifier.Note;
    }

    public static string Link(EntityLink link) =>
        link.TargetId is null ? $"{link.Relation}: {link.Name}" : $"{link.Relation}: {link.Name} ({link.TargetId})";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string WithCountry(string text, string? countryCode) =>
        string.IsNullOrEmpty(countryCode) ? text : $"{text} ({countryCode})";
}
