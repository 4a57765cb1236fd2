using System.Collections.Immutable;
using System.CommandLine;
using Vigil.Model;
using Vigil.Screening.Input;

namespace Vigil.Cli.Commands;

/// <summary>Parsing of the query options shared by commands (type, date of birth, country, gender, identifiers), with clear errors.</summary>
internal static class QueryOptions
{
    public static Option<string?> Type() => new("--type", "-t") { Description = "person, organization, vessel or aircraft" };

    public static Option<string?> BirthDate() => new("--dob") { Description = "Date of birth: 1962-11-23, 1962-11, 1962, 23/11/1962, 23.11.1962, 23 Nov 1962, ..." };

    public static Option<string[]> Country() => new("--country", "-c") { Description = "Country (ISO code or name); repeatable or comma-separated", AllowMultipleArgumentsPerToken = false };

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
        var problems = new List<string>();
        var identifiers = QueryValues.Identifiers(values, problems);
        return problems.Count == 0 ? identifiers : throw Usage("--id", problems);
    }

    public static ImmutableArray<string> ParseCountries(string[]? values)
    {
        var problems = new List<string>();
        var codes = QueryValues.Countries(values, problems);
        return problems.Count == 0 ? codes : throw Usage("--country", problems);
    }

    /// <summary>Every value of an option that cannot be read, one a line.</summary>
    private static CliUsageException Usage(string option, List<string> problems) =>
        new(string.Join(Environment.NewLine, problems.Select(p => $"{option} {p}")));
}
