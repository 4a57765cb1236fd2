using System.Collections.Immutable;
using Vigil.Model;
using Vigil.Text.Countries;

namespace Vigil.Screening.Input;

/// <summary>
/// The repeatable parts of a query as a user writes them, read one way for the CLI and the API: countries by ISO code
/// or name (several may be comma-separated), identifiers as <see cref="QueryIdentifiers.Form"/>. Every value is read,
/// and every value that cannot be is reported, quoted with its problem, so a command line or a request shows all its
/// mistakes at once.
/// </summary>
public static class QueryValues
{
    private const int QuotedLength = 60;

    /// <summary>ISO alpha-2 codes of the countries given, each once; problems are added for the unknown ones.</summary>
    public static ImmutableArray<string> Countries(IEnumerable<string?>? values, ICollection<string> problems) =>
        [.. Each(values?.SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)), problems, static (string part, out string code, out string problem) =>
        {
            problem = " is not a known country name or ISO code";
            return CountryCodes.TryGetCode(part, out code);
        }).Distinct(StringComparer.Ordinal)];

    /// <summary>The identifiers given, one per value; problems are added for those that cannot be read.</summary>
    public static ImmutableArray<Identifier> Identifiers(IEnumerable<string?>? values, ICollection<string> problems) =>
        Each(values, problems, static (string text, out Identifier id, out string problem) =>
        {
            var read = QueryIdentifiers.TryParse(text, out var parsed, out problem);
            id = parsed!;
            return read;
        });

    /// <summary>A value as error messages quote it (the API's and the CLI's): in single quotes, at most 60 characters, so an error never repeats a whole paste.</summary>
    public static string Quote(string text) =>
        text.Length <= QuotedLength ? $"'{text}'" : string.Concat("'", text.AsSpan(0, QuotedLength), "…'");

    /// <summary>Each value read (blank ones skipped); each that cannot be read adds a problem, quoted.</summary>
    private static ImmutableArray<T> Each<T>(IEnumerable<string?>? values, ICollection<string> problems, ReadOne<T> readOne)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var read = ImmutableArray.CreateBuilder<T>();
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
                problems.Add($"{Quote(value)}{problem}.");
            }
        }

        return read.ToImmutable();
    }

    private delegate bool ReadOne<T>(string text, out T value, out string problem);
}
