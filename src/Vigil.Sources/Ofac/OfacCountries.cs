using Vigil.Text.Countries;

namespace Vigil.Sources.Ofac;

/// <summary>
/// Country look-up for the spellings OFAC writes in remarks, addresses and vessel flags. It asks
/// <see cref="CountryCodes"/> first and then retries a few OFAC habits ("St. Kitts &amp; Nevis", "the Philippines",
/// "Tunisi (Tunisia)"). The retries live here rather than as extra rows in <c>countries.tsv</c> because that file's
/// display name is taken from each row's shortest spelling, so an appended "St Kitts and Nevis" row would change
/// how the country is shown everywhere.
/// </summary>
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
        if (CountryCodes.CodeOf(trimmed) is { } code)
        {
            return code;
        }

        var retry = Respell(trimmed);
        if (!string.Equals(retry, trimmed, StringComparison.Ordinal) && CountryCodes.CodeOf(retry) is { } respelled)
        {
            return respelled;
        }

        // "Tunisi (Tunisia)", "West Bank (Palestinian Authority)": the bracket often names the country.
        var open = trimmed.LastIndexOf('(');
        var close = trimmed.LastIndexOf(')');
        if (open >= 0 && close > open)
        {
            var inner = trimmed[(open + 1)..close];
            if (CountryCodes.CodeOf(inner) is { } bracketed)
            {
                return bracketed;
            }

            var outer = trimmed[..open].Trim();
            if (outer.Length > 0 && CountryCodes.CodeOf(outer) is { } outside)
            {
                return outside;
            }
        }

        return null;
    }

    /// <summary>
    /// Finds the country of a free-text place ("Caracas, Venezuela", "Moscow, Russia"): the last comma part, else
    /// the whole text.
    /// </summary>
    public static string? CodeOfPlace(string? place)
    {
        if (string.IsNullOrWhiteSpace(place))
        {
            return null;
        }

        var comma = place.LastIndexOf(',');
        if (comma >= 0 && CodeOf(place[(comma + 1)..]) is { } last)
        {
            return last;
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
