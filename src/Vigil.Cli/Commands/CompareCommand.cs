using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Spectre.Console;
using Vigil.Cli.Output;
using Vigil.Matching.Names;
using Vigil.Matching.Scoring;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil compare NAME1 NAME2</c>: scores two names and explains the score, no lists needed.</summary>
internal static class CompareCommand
{
    public static Command Create(CliContext context)
    {
        var first = new Argument<string>("name1") { Description = "The query name" };
        var second = new Argument<string>("name2") { Description = "The listed name" };
        var schema = new Option<string?>("--schema", "--type") { Description = "person, organization, vessel or aircraft (default: any)" };
        var json = new Option<bool>("--json") { Description = "Print one JSON document" };
        var command = new Command("compare", "Score two names against each other and explain the score") { first, second, schema, json };
        command.SetAction(parse =>
        {
            var s = QueryOptions.ParseSchema(parse.GetValue(schema)) ?? Model.Schema.LegalEntity;
            var a = parse.GetValue(first) ?? string.Empty;
            var b = parse.GetValue(second) ?? string.Empty;
            if (string.IsNullOrWhiteSpace(a) || string.IsNullOrWhiteSpace(b))
            {
                throw new CliUsageException("both names must be non-empty.");
            }

            var x = NameComparer.Default.Explain(NamePreparer.Uniform.Prepare(a, s), NamePreparer.Uniform.Prepare(b, s));
            if (parse.GetValue(json))
            {
                var doc = new JsonObject
                {
                    ["name1"] = a,
                    ["name2"] = b,
                    ["schema"] = s.ToString(),
                    ["score"] = Math.Round(x.Score, 4),
                    ["match"] = x.Score >= Matching.MatchingOptions.Default.MatchThreshold,
                    ["summary"] = x.Summary,
                    ["tokens"] = new JsonArray([.. x.Tokens.Select(t => (JsonNode)new JsonObject
                    {
                        ["query"] = t.QueryToken,
                        ["listed"] = t.ListedToken,
                        ["how"] = t.How.ToString().ToLowerInvariant(),
                        ["similarity"] = Math.Round(t.Similarity, 3),
                        ["weight"] = Math.Round(t.Weight, 3),
                    })]),
                    ["features"] = new JsonArray([.. x.Contributions.Select(c => (JsonNode)new JsonObject
                    {
                        ["feature"] = c.Feature,
                        ["contribution"] = Math.Round(c.Contribution, 3),
                        ["value"] = c.Detail,
                    })]),
                };
                context.Out.WriteLine(CliJson.SerializeNode(doc));
                return 0;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumn("Query token").AddColumn("Listed token").AddColumn("How").AddColumn("Similarity").AddColumn("Weight");
            foreach (var t in x.Tokens)
            {
                table.AddRow(Markup.Escape(t.QueryToken), Markup.Escape(t.ListedToken ?? "-"), t.How.ToString().ToLowerInvariant(), t.Similarity.ToString("0.00", CultureInfo.InvariantCulture), t.Weight.ToString("0.00", CultureInfo.InvariantCulture));
            }

            context.Console.Write(table);
            foreach (var c in x.Contributions)
            {
                context.Console.MarkupLine($"  {Markup.Escape(c.Feature),-34} {c.Contribution,7:+0.00;-0.00}  ({Markup.Escape(c.Detail)})");
            }

            context.Console.MarkupLine($"Score [bold]{x.Score.ToString("0.000", CultureInfo.InvariantCulture)}[/] ({(x.Score >= Matching.MatchingOptions.Default.MatchThreshold ? "match" : "no match")} at the default threshold)");
            return 0;
        });
        return command;
    }
}
