using System.Globalization;
using System.Text;

namespace Vigil.Sources.Xml;

/// <summary>How the UN, EU and UK mappers read their text and date fields.</summary>
internal static class ListFields
{
    /// <summary>Trims and turns every run of white space (the lists wrap long fields) into one space; null when blank.</summary>
    public static string? Collapse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>The collapsed parts that are not blank, joined by <paramref name="separator"/>; null when all are blank.</summary>
    public static string? Join(string separator, params string?[] parts)
    {
        var present = parts.Select(Collapse).OfType<string>().ToArray();
        return present.Length == 0 ? null : string.Join(separator, present);
    }

    /// <summary>
    /// Parses a day written <c>yyyy-MM-dd</c>, ignoring anything after it: a few UN records append a zone offset
    /// ("2015-07-01-04:00"). Null when absent or unparsable.
    /// </summary>
    public static DateOnly? IsoDay(string? text) =>
        text is { Length: >= 10 } && DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;

    /// <summary>Parses a list's generation time ("2026-02-27T10:00:00Z"); a time stated without a zone is taken as UTC. Null when absent or unparsable.</summary>
    public static DateTimeOffset? Timestamp(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;
}
