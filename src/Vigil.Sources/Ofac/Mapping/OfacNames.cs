using Vigil.Model;

namespace Vigil.Sources.Ofac.Mapping;

/// <summary>Builds names the way OFAC writes them: persons as "FAMILY NAME, Given Names".</summary>
internal static class OfacNames
{
    /// <summary>
    /// Creates a name; for persons the text before the first comma is the family name and the rest the given names
    /// ("MADURO MOROS, Nicolas"). Organisation names keep their commas ("ANGLO-CARIBBEAN CO., LTD.") and get no parts.
    /// </summary>
    public static EntityName Create(string full, NameKind kind, Schema schema)
    {
        ArgumentNullException.ThrowIfNull(full);
        var name = full.Trim();
        if (schema != Schema.Person)
        {
            return new EntityName(name, kind);
        }

        var comma = name.IndexOf(',', StringComparison.Ordinal);
        if (comma <= 0)
        {
            return new EntityName(name, kind);
        }

        var family = name[..comma].Trim();
        var given = name[(comma + 1)..].Trim();
        return given.Length == 0
            ? new EntityName(name, kind)
            : new EntityName(name, kind, Given: given, Family: family);
    }

    /// <summary>
    /// Creates a name from separate parts, as sdn.xml gives them; the full form is OFAC's CSV form "LAST, First".
    /// </summary>
    public static EntityName FromParts(string? first, string last, NameKind kind, Schema schema)
    {
        ArgumentNullException.ThrowIfNull(last);
        var family = last.Trim();
        var given = first?.Trim();
        if (string.IsNullOrEmpty(given))
        {
            return Create(family, kind, schema);
        }

        var full = family.Length == 0 ? given : family + ", " + given;
        return schema == Schema.Person && family.Length > 0
            ? new EntityName(full, kind, Given: given, Family: family)
            : new EntityName(full, kind);
    }

    /// <summary>
    /// The kind of an alternate name: "aka"/"nka" are strong aliases and "fka" a former name (OFAC's alt.csv and
    /// sdn.xml "a.k.a."/"f.k.a."/"n.k.a."); a weak one (marked "weak", or wholly quoted) is a weak alias unless it is
    /// a former name, which stays one because "formerly" says more about the name than its quality does.
    /// </summary>
    public static NameKind AliasKind(string? type, bool weak)
    {
        var t = (type ?? string.Empty).Replace(".", string.Empty, StringComparison.Ordinal).Trim();
        if (t.Equals("fka", StringComparison.OrdinalIgnoreCase))
        {
            return NameKind.FormerName;
        }

        return weak ? NameKind.WeakAlias : NameKind.StrongAlias;
    }

    /// <summary>
    /// Strips the quotes of a wholly quoted name ("'ABU AHMAD'") and says whether it was quoted; names that only
    /// start with an apostrophe ("'ABD ALLAH, 'Issam") are left alone.
    /// </summary>
    public static string Unquote(string name, out bool quoted)
    {
        ArgumentNullException.ThrowIfNull(name);
        var t = name.Trim();
        quoted = false;
        if (t.Length > 2 && t[0] is '"' or '\'' && t[^1] == t[0] && t.AsSpan(1, t.Length - 2).IndexOf(t[0]) < 0)
        {
            quoted = true;
            return t[1..^1].Trim();
        }

        return t;
    }
}
