using System.Collections.Immutable;
using System.Globalization;
using Vigil.Model;
using Vigil.Screening.Input;

namespace Vigil.Server.Screening;

/// <summary>
/// Reads the parts of a query from request text with the CLI's rules: types by name, dates as customer records write
/// them (<see cref="CustomerDates"/>),
/// countries by ISO code or name. Each method adds a message to <c>errors</c> under the field's name instead of
/// throwing.
/// </summary>
internal static class QueryParser
{
    /// <summary>Checks a name: present, not blank, at most <paramref name="maxLength"/> characters.</summary>
    public static string? Name(string? text, string field, int maxLength, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors[field] = ["A name is required."];
            return null;
        }

        if (text.Length > maxLength)
        {
            errors[field] = [string.Create(CultureInfo.InvariantCulture, $"A name has at most {maxLength} characters; this one has {text.Length}.")];
            return null;
        }

        // A percent-encoded Latin-1 byte ("Nicol%E1s") is left as it is by the URL decoder (a JSON body's U+FFFD is the
        // same loss), and the name would then match nothing.
        if (InputEncoding.HoldsUnreadableBytes(text) || HoldsUndecodedByte(text))
        {
            errors[field] = ["The name holds bytes that are not UTF-8 (a percent-escape such as %E1 left undecoded, or U+FFFD): send it in UTF-8 (in a URL 'Nicol%C3%A1s', not 'Nicol%E1s')."];
            return null;
        }

        return text;
    }

    /// <summary>True when the text holds a percent-escape of a byte above 0x7F: bytes the URL decoder could not read as UTF-8.</summary>
    private static bool HoldsUndecodedByte(string text)
    {
        for (var i = text.IndexOf('%', StringComparison.Ordinal); i >= 0 && i + 2 < text.Length; i = text.IndexOf('%', i + 1))
        {
            if (text[i + 1] is >= '8' and <= '9' or >= 'A' and <= 'F' or >= 'a' and <= 'f' && char.IsAsciiHexDigit(text[i + 2]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>person, organization, vessel, aircraft (and their synonyms), or any/empty for no type.</summary>
    public static Schema? Type(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (EntityTypes.TryParse(text, out var schema))
        {
            return schema;
        }

        errors[field] = [$"{QueryValues.Quote(text ?? string.Empty)} is not one of {EntityTypes.Names}."];
        return null;
    }

    /// <summary>male or female (m, f), or empty for none.</summary>
    public static Gender Gender(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Model.Gender.Unknown;
        }

        if (!Genders.TryParse(text, out var gender))
        {
            errors[field] = [$"{QueryValues.Quote(text)} is not male or female (m, f)."];
        }

        return gender;
    }

    /// <summary>
    /// A date in any form <see cref="CustomerDates"/> reads (a time after it is ignored), or null when absent. One
    /// whose day and month could be either way round (03/04/1962) is an error: a request has no file-wide order to
    /// settle it, and its sender can write 1962-04-03.
    /// </summary>
    public static PartialDate? Date(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (CustomerDates.TryReadWhole(text, out var date, out var problem))
        {
            return date;
        }

        errors[field] = [$"{QueryValues.Quote(text)}{problem}."];
        return null;
    }

    /// <summary>ISO alpha-2 codes of countries given by code or name; several may be comma-separated (<see cref="QueryValues"/>).</summary>
    public static ImmutableArray<string> Countries(IEnumerable<string?>? values, string field, Dictionary<string, string[]> errors)
    {
        var problems = new List<string>();
        var codes = QueryValues.Countries(values, problems);
        Report(problems, field, errors);
        return codes;
    }

    /// <summary>Identifiers as TYPE:NUMBER[:COUNTRY], one per value (<see cref="QueryValues"/>).</summary>
    public static ImmutableArray<Identifier> Identifiers(IEnumerable<string?>? values, string field, Dictionary<string, string[]> errors)
    {
        var problems = new List<string>();
        var identifiers = QueryValues.Identifiers(values, problems);
        Report(problems, field, errors);
        return identifiers;
    }

    private static void Report(List<string> problems, string field, Dictionary<string, string[]> errors)
    {
        if (problems.Count > 0)
        {
            errors[field] = [.. problems];
        }
    }

    /// <summary>Checks a result limit against the server's maximum.</summary>
    public static int Limit(int? value, int defaultValue, int max, Dictionary<string, string[]> errors)
    {
        if (value is null)
        {
            return defaultValue;
        }

        if (value < 1 || value > max)
        {
            errors["limit"] = [string.Create(CultureInfo.InvariantCulture, $"limit must be within 1..{max}.")];
            return defaultValue;
        }

        return value.Value;
    }

    /// <summary>Checks a threshold: within 0..1, else the default.</summary>
    public static double Threshold(double? value, double defaultValue, Dictionary<string, string[]> errors)
    {
        if (value is null)
        {
            return defaultValue;
        }

        if (double.IsNaN(value.Value) || value < 0 || value > 1)
        {
            errors["threshold"] = ["threshold must be within 0..1."];
            return defaultValue;
        }

        return value.Value;
    }
}
