using Vigil.Model;

namespace Vigil.Sources.Ofac.Remarks;

/// <summary>
/// Parses OFAC's remarks field ("DOB 23 Nov 1962; POB Caracas, Venezuela; Cedula No. 5892464 (Venezuela); a.k.a.
/// 'X'; Linked To: Y.") into structured data. OFAC writes one fact per ';'-separated segment, "alt." marks a second
/// value of the same kind, and the last segment ends the field with a full stop. The parser never throws: a segment
/// it cannot read is kept in <see cref="OfacRemarks.Unstructured"/>, and the raw text stays on the entity anyway.
/// </summary>
internal static class OfacRemarksParser
{
    /// <summary>Parses one remarks field; null or blank gives <see cref="OfacRemarks.Empty"/>.</summary>
    public static OfacRemarks Parse(string? remarks)
    {
        if (string.IsNullOrWhiteSpace(remarks))
        {
            return OfacRemarks.Empty;
        }

        var builder = new OfacRemarksBuilder();
        AddRemarks(builder, remarks);
        return builder.Build();
    }

    /// <summary>Adds every segment of a remarks field to a builder.</summary>
    public static void AddRemarks(OfacRemarksBuilder builder, string remarks)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(remarks);
        var text = remarks.AsSpan().Trim();

        // A remark wrapped whole in brackets, "(Linked To: HIZBALLAH)", reads as the same remark without them.
        if (text.Length > 1 && text[0] == '(' && text[^1] == ')' && text[1..^1].IndexOfAny('(', ')') < 0)
        {
            text = text[1..^1].Trim();
        }

        var periodStripped = text.EndsWith('.');
        if (periodStripped)
        {
            text = text[..^1];
        }

        while (!text.IsEmpty)
        {
            var semicolon = text.IndexOf(';');
            var segment = (semicolon < 0 ? text : text[..semicolon]).Trim();
            text = semicolon < 0 ? [] : text[(semicolon + 1)..];
            if (!segment.IsEmpty && !TryAddFact(builder, segment, periodStripped && semicolon < 0))
            {
                builder.Unstructured.Add(segment.ToString());
            }
        }
    }

    /// <summary>
    /// Adds one labelled value, as sdn.xml's idList gives them ("Passport" / "A1234567" / "Venezuela"); it is read
    /// like the remarks segment "Passport A1234567", and the identifiers it yields take the given country and note.
    /// Returns false when the wording is not one the parser knows.
    /// </summary>
    public static bool TryAddLabelled(OfacRemarksBuilder builder, string label, string value, string? countryCode, string? note)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(value);
        var before = builder.IdentifierCount;
        if (!TryAddFact(builder, string.Concat(label.Trim(), " ", value.Trim()), periodStripped: false))
        {
            return false;
        }

        for (var i = before; i < builder.IdentifierCount; i++)
        {
            var id = builder.Identifiers[i];
            builder.Identifiers[i] = id with { CountryCode = id.CountryCode ?? countryCode, Note = Join(id.Note, note) };
        }

        return true;
    }

    private static bool TryAddFact(OfacRemarksBuilder builder, ReadOnlySpan<char> s, bool periodStripped)
    {
        if (s.StartsWith("alt. ", StringComparison.OrdinalIgnoreCase))
        {
            s = s[5..].TrimStart();
        }

        if (s.IsEmpty)
        {
            return false;
        }

        if (TryAlias(builder, s))
        {
            return true;
        }

        if (TryStrip(s, "DOB ", out var rest))
        {
            if (!OfacDates.TryParseBirthDate(rest, out var dob))
            {
                return false;
            }

            builder.BirthDates.Add(dob);
            return true;
        }

        if (TryStrip(s, "Organization Established Date ", out rest))
        {
            if (!OfacDates.TryParseBirthDate(rest, out var established))
            {
                return false;
            }

            builder.EstablishedDates.Add(established);
            return true;
        }

        if (TryStrip(s, "POB ", out rest))
        {
            var place = rest.Trim().ToString();
            builder.BirthPlaces.Add(new Place(place, OfacCountries.CodeOfPlace(place)));
            return true;
        }

        if (TryStrip(s, "Nationality of Registration ", out rest))
        {
            return TryAddCountry(builder.Countries, rest);
        }

        if (TryStrip(s, "nationality ", out rest))
        {
            return TryAddCountry(builder.Nationalities, rest);
        }

        if (TryStrip(s, "citizen ", out rest))
        {
            return TryAddCountry(builder.Citizenships, rest);
        }

        if (TryStrip(s, "Gender ", out rest))
        {
            return TryGender(builder, rest.Trim());
        }

        if (TryStrip(s, "Linked To:", out rest))
        {
            var name = LinkName(rest.Trim(), periodStripped);
            if (name.Length == 0)
            {
                return false;
            }

            builder.Links.Add(new EntityLink("Linked To", name));
            return true;
        }

        if (TryStrip(s, OfacIdentifierLabels.DigitalCurrencyPrefix, out rest))
        {
            return TryAddCrypto(builder, rest);
        }

        if (OfacIdentifierLabels.TryMatch(s, out var label))
        {
            return TryAddIdentifier(builder, label, s[label.Label.Length..]);
        }

        return false;
    }

    private static bool TryAlias(OfacRemarksBuilder builder, ReadOnlySpan<char> s)
    {
        if (s.Length < 7 || s[1..6] is not ".k.a." || s[0] is not ('a' or 'f' or 'n' or 'A' or 'F' or 'N') || s[6] != ' ')
        {
            return false;
        }

        var name = s[7..].Trim();
        var quoted = false;
        if (name.Length > 0 && name[0] is '\'' or '"')
        {
            // OFAC quotes weak aliases; a quote that never closes means the field was cut off mid-name.
            if (name.Length < 2 || name[^1] != name[0])
            {
                return false;
            }

            name = name[1..^1].Trim();
            quoted = true;
        }

        if (name.IsEmpty)
        {
            return false;
        }

        var kind = char.ToLowerInvariant(s[0]) == 'f' ? NameKind.FormerName
            : quoted ? NameKind.WeakAlias
            : NameKind.StrongAlias;
        builder.Names.Add(new EntityName(name.ToString(), kind));
        return true;
    }

    private static bool TryAddCountry(List<string> into, ReadOnlySpan<char> text)
    {
        if (OfacCountries.CodeOf(text.ToString()) is not { } code)
        {
            return false;
        }

        into.Add(code);
        return true;
    }

    private static bool TryGender(OfacRemarksBuilder builder, ReadOnlySpan<char> text)
    {
        if (text.Equals("Male", StringComparison.OrdinalIgnoreCase))
        {
            builder.Gender = Gender.Male;
            return true;
        }

        if (text.Equals("Female", StringComparison.OrdinalIgnoreCase))
        {
            builder.Gender = Gender.Female;
            return true;
        }

        return false;
    }

    private static bool TryAddCrypto(OfacRemarksBuilder builder, ReadOnlySpan<char> rest)
    {
        rest = rest.Trim();
        var space = rest.IndexOf(' ');
        if (space <= 0)
        {
            return false;
        }

        var currency = rest[..space];
        var address = rest[(space + 1)..].Trim();
        if (address.IsEmpty || address.Contains(' '))
        {
            return false;
        }

        builder.Identifiers.Add(new Identifier(
            IdentifierType.CryptoAddress,
            address.ToString(),
            Label: string.Concat(OfacIdentifierLabels.DigitalCurrencyPrefix, currency)));
        return true;
    }

    private static bool TryAddIdentifier(OfacRemarksBuilder builder, OfacIdentifierLabel label, ReadOnlySpan<char> rest)
    {
        rest = rest.TrimStart(": ");
        string? note = null;
        var noteAt = NoteStart(rest);
        if (noteAt >= 0)
        {
            note = rest[(noteAt + 1)..].Trim().ToString();
            rest = rest[..noteAt];
        }

        rest = rest.Trim();
        string? country = null;
        if (rest.Length > 2 && rest[^1] == ')')
        {
            var open = rest.LastIndexOf('(');
            if (open > 0 && OfacCountries.CodeOf(rest[(open + 1)..^1].ToString()) is { } code)
            {
                country = code;
                rest = rest[..open].Trim();
            }
        }

        if (rest.IsEmpty)
        {
            return false;
        }

        var type = label.Type;
        var value = rest.ToString();
        if ((type == IdentifierType.Imo || (label.MayHoldImo && rest.StartsWith("IMO", StringComparison.OrdinalIgnoreCase))) && TryImo(rest, out var imo))
        {
            type = IdentifierType.Imo;
            value = imo;
        }

        builder.Identifiers.Add(new Identifier(type, value, country, label.Label, note));
        return true;
    }

    // "IMO 9187629", "IMO  8730455", "(5777731)" → the seven digits; anything else is not an IMO number.
    private static bool TryImo(ReadOnlySpan<char> text, out string imo)
    {
        imo = string.Empty;
        var t = text.Trim();
        if (t.StartsWith("IMO", StringComparison.OrdinalIgnoreCase))
        {
            t = t[3..];
        }

        t = t.Trim().Trim("()").Trim();
        if (t.IsEmpty || t.ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        imo = t.ToString();
        return true;
    }

    private static int NoteStart(ReadOnlySpan<char> text)
    {
        var best = -1;
        foreach (var marker in (ReadOnlySpan<string>)[" issued", " expires", " expired"])
        {
            var at = text.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            var end = at + marker.Length;
            if (at >= 0 && (end == text.Length || text[end] is ' ' or ',') && (best < 0 || at < best))
            {
                best = at;
            }
        }

        return best;
    }

    private static string LinkName(ReadOnlySpan<char> name, bool periodStripped)
    {
        if (periodStripped && name.Length > 2)
        {
            // The field's closing full stop doubles as the end of "C.A." or "S.A. DE C.V."; give it back.
            var lastSpace = name.LastIndexOf(' ');
            var last = name[(lastSpace + 1)..];
            if (last.Contains('.') && char.IsAsciiLetter(last[^1]))
            {
                return string.Concat(name, ".");
            }
        }

        return name.ToString();
    }

    private static bool TryStrip(ReadOnlySpan<char> text, string prefix, out ReadOnlySpan<char> rest)
    {
        if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            rest = text[prefix.Length..];
            return true;
        }

        rest = default;
        return false;
    }

    private static string? Join(string? a, string? b) =>
        string.IsNullOrWhiteSpace(a) ? (string.IsNullOrWhiteSpace(b) ? null : b)
        : string.IsNullOrWhiteSpace(b) ? a
        : a + " " + b;
}
