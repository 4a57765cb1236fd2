using Vigil.Text.Countries;

namespace Vigil.Sources.Ofac;

/// <summary>
/// Country look-up for the spellings OFAC writes in remarks, addresses and vessel flags. It asks
/// <see cref="CountryCodes"/> first and then retries a few OFAC habits ("St. Kitts &amp; Nevis", "the Philippines",
/// "Tunisi (Tunisia)"). The retries live here rather than as extra rows in <c>countries.tsv</c> because that file's
/// display name is taken from each row's shortest spelling, so an appended "St Kitts and Nevis" row would change
/// how the country is shown everywhere.
/// </summary>
/// <remarks>OFAC writes country names, never codes, so every look-up is by name.</remarks>
internal static class OfacCountries
{
    /// <summary>Returns the ISO alpha-2 code of a country as OFAC writes it, or null.</summary>
    public static string? CodeOf(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim().TrimEnd('.').Trim();
        if (CountryCodes.FromName(trimmed) is { } code)
        {
            return code;
        }

        var retry = Respell(trimmed);
        if (!string.Equals(retry, trimmed, StringComparison.Ordinal) && CountryCodes.FromName(retry) is { } respelled)
        {
            return respelled;
        }

        // "Tunisi (Tunisia)", "West Bank (Palestinian Authority)": the bracket often names the country.
        var open = trimmed.LastIndexOf('(');
        var close = trimmed.LastIndexOf(')');
        if (open >= 0 && close > open)
        {
            var inner = trimmed[(open + 1)..close];
            if (CountryCodes.FromName(inner) is { } bracketed)
            {
                return bracketed;
            }

            var outer = trimmed[..open].Trim();
            if (outer.Length > 0 && CountryCodes.FromName(outer) is { } outside)
            {
                return outside;
            }
        }

        return null;
    }

    /// <summary>
    /// Finds the country of a free-text place ("Caracas, Venezuela", "Kaziba, Congo, Democratic Republic of the"):
    /// the shortest run of trailing comma parts that names a country, else null.
    /// </summary>
    public static string? CodeOfPlace(string? place)
    {
        if (string.IsNullOrWhiteSpace(place))
        {
            return null;
        }

        for (var comma = place.LastIndexOf(','); comma >= 0; comma = comma == 0 ? -1 : place.LastIndexOf(',', comma - 1))
        {
            if (CodeOf(place[(comma + 1)..]) is { } code)
            {
                return code;
            }
        }

        return CodeOf(place);
    }

    private static string Respell(string text)
    {
        var s = text;
        if (s.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            s = s[4..];
        }

        if (s.StartsWith("St. ", StringComparison.OrdinalIgnoreCase))
        {
            s = "Saint " + s[4..];
        }
        else if (s.StartsWith("St ", StringComparison.OrdinalIgnoreCase))
        {
            s = "Saint " + s[3..];
        }

        return s.Replace(" & ", " and ", StringComparison.Ordinal);
    }
}
