using System.CommandLine;
using System.Globalization;
using Vigil.Cli.Output;
using Vigil.Matching.Screening;
using Vigil.Screening.Contracts;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil screen NAME</c>: screens one name (or a party's identifier alone) against the loaded lists.</summary>
internal static class ScreenCommand
{
    public static Command Create(CliContext context)
    {
        var name = new Argument<string>("name") { Description = "The name to screen; may be left out when --id gives an identifier", Arity = ArgumentArity.ZeroOrOne };
        var type = QueryOptions.Type();
        var dob = QueryOptions.BirthDate();
        var country = QueryOptions.Country();
        var gender = QueryOptions.Gender();
        var ids = QueryOptions.Identifier();
        var limit = new Option<int>("--limit", "-n") { Description = "Most results shown", DefaultValueFactory = _ => 10 };
        var threshold = new Option<double?>("--threshold") { Description = "Score (0..1) at which a result is a match; default from matching options (0.70)" };
        var json = new Option<bool>("--json") { Description = "Print one JSON document" };
        var command = new Command("screen", "Screen a name against the loaded sanctions lists") { name, type, dob, country, gender, ids, limit, threshold, json };
        command.SetAction(parse =>
        {
            // A party may be given by an identifier alone ("is this wallet listed?"), as in batch files.
            var text = parse.GetValue(name) ?? string.Empty;
            var identifiers = QueryOptions.ParseIdentifiers(parse.GetValue(ids));
            if (string.IsNullOrWhiteSpace(text) && identifiers.IsDefaultOrEmpty)
            {
                throw new CliUsageException("the name to screen is empty (give a name, or an identifier with --id).");
            }

            var n = parse.GetValue(limit);
            if (n is < 1 or > 1000)
            {
                throw new CliUsageException($"--limit {n} must be within 1..1000.");
            }

            var t = parse.GetValue(threshold);
            if (t is < 0 or > 1)
            {
                throw new CliUsageException($"--threshold {t?.ToString(CultureInfo.InvariantCulture)} must be within 0..1.");
            }

            var query = new ScreeningQuery
            {
                Name = text,
                Schema = QueryOptions.ParseSchema(parse.GetValue(type)),
                BirthDate = QueryOptions.ParseDate(parse.GetValue(dob)),
                Countries = QueryOptions.ParseCountries(parse.GetValue(country)),
                Gender = QueryOptions.ParseGender(parse.GetValue(gender)),
                Identifiers = identifiers,
            };
            var screener = context.Lists(parse).Screener;
            var cut = t ?? screener.Options.MatchThreshold;
            var hits = screener.Screen(query, n, cut);
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(CliJson.Serialize(ContractMapper.ToResponse(query, hits, n, cut)));
            }
            else
            {
                ResultTable.Render(context.Console, query, hits, cut);
            }

            return 0;
        });
        return command;
    }
}
