using System.Collections.Immutable;
using System.Globalization;
using Vigil.Model;
using Vigil.Screening.Input;
using Vigil.Text.Countries;

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

        errors[field] = [$"'{Clip(text ?? string.Empty)}' is not one of {EntityTypes.Names}."];
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
            errors[field] = [$"'{text}' is not male or female (m, f)."];
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

        errors[field] = [$"'{Clip(text)}'{problem}."];
        return null;
    }

    /// <summary>ISO alpha-2 codes of countries given by code or name; several may be comma-separated.</summary>
    public static ImmutableArray<string> Countries(IEnumerable<string?>? values, string field, Dictionary<string, string[]> errors) =>
        [.. Each(values?.SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)), field, errors, static (string part, out string code, out string problem) =>
        {
            problem = " is not a known country name or ISO code";
            return CountryCodes.TryGetCode(part, out code);
        }).Distinct(StringComparer.Ordinal)];

    /// <summary>Identifiers as TYPE:NUMBER[:COUNTRY], one per value (<see cref="QueryIdentifiers"/>).</summary>
    public static ImmutableArray<Identifier> Identifiers(IEnumerable<string?>? values, string field, Dictionary<string, string[]> errors) =>
        Each(values, field, errors, static (string text, out Identifier id, out string problem) =>
        {
            var read = QueryIdentifiers.TryParse(text, out var parsed, out problem);
            id = parsed!;
            return read;
        });

    /// <summary>Each value read (blank ones skipped); every value that cannot be read is an error of the field, quoted with its problem.</summary>
    private static ImmutableArray<T> Each<T>(IEnumerable<string?>? values, string field, Dictionary<string, string[]> errors, ReadOne<T> readOne)
    {
        var read = ImmutableArray.CreateBuilder<T>();
        var bad = new List<string>();
        foreach (var value in values ?? [])
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            if (readOne(value, out var item, out var problem))
            {
                read.Add(item);
            }
            else
            {
                bad.Add($"'{Clip(value)}'{problem}.");
            }
        }

        if (bad.Count > 0)
        {
            errors[field] = [.. bad];
        }

        return read.ToImmutable();
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

    /// <summary>Echoes at most 60 characters of a bad value, so an error never repeats a whole paste.</summary>
    private static string Clip(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 60), "…");

    private delegate bool ReadOne<T>(string text, out T value, out string problem);
}
