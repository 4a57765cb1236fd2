using System.Collections.Immutable;
using System.CommandLine;
using Vigil.Model;
using Vigil.Screening.Input;
using Vigil.Text.Countries;

namespace Vigil.Cli.Commands;

/// <summary>Parsing of the query options shared by commands (type, date of birth, country, gender, identifiers), with clear errors.</summary>
internal static class QueryOptions
{
    public static Option<string?> Type() => new("--type", "-t") { Description = "person, organization, vessel or aircraft" };

    public static Option<string?> BirthDate() => new("--dob") { Description = "Date of birth: 1962-11-23, 1962-11, 1962, 23/11/1962, 23.11.1962, 23 Nov 1962, ..." };

    public static Option<string[]> Country() => new("--country", "-c") { Description = "Country (ISO code or name); repeatable", AllowMultipleArgumentsPerToken = false };

    public static Option<string[]> Identifier() => new("--id") { Description = "Identifier as TYPE:NUMBER[:COUNTRY], e.g. passport:K1234567:IR; repeatable", AllowMultipleArgumentsPerToken = false };

    public static Option<string?> Gender() => new("--gender") { Description = "A person's gender: male or female (m, f)" };

    public static Schema? ParseSchema(string? text) => EntityTypes.TryParse(text, out var schema)
        ? schema
        : throw new CliUsageException($"--type '{text}' is not one of {EntityTypes.Names}.");

    public static PartialDate? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return CustomerDates.TryReadWhole(text, out var date, out var problem) ? date : throw new CliUsageException($"--dob '{text}'{problem}.");
    }

    public static Gender ParseGender(string? text) => string.IsNullOrWhiteSpace(text)
        ? Model.Gender.Unknown
        : Genders.TryParse(text, out var gender) ? gender : throw new CliUsageException($"--gender '{text}' is not male or female (m, f).");

    public static ImmutableArray<Identifier> ParseIdentifiers(string[]? values)
    {
        if (values is null || values.Length == 0)
        {
            return [];
        }

        var ids = ImmutableArray.CreateBuilder<Identifier>(values.Length);
        foreach (var v in values)
        {
            ids.Add(QueryIdentifiers.TryParse(v, out var id, out var problem) ? id! : throw new CliUsageException($"--id '{v}'{problem}."));
        }

        return ids.MoveToImmutable();
    }

    public static ImmutableArray<string> ParseCountries(string[]? values)
    {
        if (values is null || values.Length == 0)
        {
            return [];
        }

        var codes = ImmutableArray.CreateBuilder<string>();
        foreach (var v in values)
        {
            codes.Add(CountryCodes.CodeOf(v) ?? throw new CliUsageException($"--country '{v}' is not a known country name or ISO code."));
        }

        return codes.ToImmutable();
    }
}
