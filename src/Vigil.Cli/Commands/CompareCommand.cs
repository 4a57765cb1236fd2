using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Spectre.Console;
using Vigil.Cli.Output;
using Vigil.Matching.Screening;
using Vigil.Model;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil compare NAME1 NAME2</c>: scores a name against another as screening would score it against a listed name of
/// that spelling, and explains the score. The loaded lists weigh the words by rarity and know their acronyms and listed
/// words, so the score is the one <c>vigil screen</c> gives (it was scored list-free, and differed).
/// </summary>
internal static class CompareCommand
{
    public static Command Create(CliContext context)
    {
        var first = new Argument<string>("name1") { Description = "The query name" };
        var second = new Argument<string>("name2") { Description = "The listed name" };
        var schema = new Option<string?>("--schema", "--type") { Description = "person, organization, vessel or aircraft (default: any)" };
        var json = new Option<bool>("--json") { Description = "Print one JSON document" };
        var command = new Command("compare", "Score a name against another as screening against the loaded lists would, and explain the score") { first, second, schema, json };
        command.SetAction(parse =>
        {
            var given = QueryOptions.ParseSchema(parse.GetValue(schema));
            var s = given ?? Model.Schema.LegalEntity;
            var a = parse.GetValue(first) ?? string.Empty;
            var b = parse.GetValue(second) ?? string.Empty;
            if (string.IsNullOrWhiteSpace(a) || string.IsNullOrWhiteSpace(b))
            {
                throw new CliUsageException("both names must be non-empty.");
            }

            // The second name as a record of its own (not on the lists), scored by the loaded lists' screener.
            var record = new SanctionsEntity
            {
                Id = "compare:1",
                Source = "compare",
                SourceId = "1",
                Schema = s,
                Names = [new EntityName(b, NameKind.Primary)],
            };
            var hit = context.Lists(parse).Screener.Compare(new ScreeningQuery { Name = a, Schema = given }, record);
            var x = hit.Explanation.Name;
            var contributions = x.Contributions.AddRange(hit.Explanation.Evidence);
            if (parse.GetValue(json))
            {
                var doc = new JsonObject
                {
                    ["name1"] = a,
                    ["name2"] = b,
                    ["schema"] = s.ToString(),
                    ["score"] = Math.Round(hit.Score, 4),
                    ["match"] = hit.IsMatch,
                    ["summary"] = hit.Explanation.Summary,
                    ["tokens"] = new JsonArray([.. x.Tokens.Select(t => (JsonNode)new JsonObject
                    {
                        ["query"] = t.QueryToken,
                        ["listed"] = t.ListedToken,
                        ["how"] = t.How.ToString().ToLowerInvariant(),
                        ["similarity"] = Math.Round(t.Similarity, 3),
                        ["weight"] = Math.Round(t.Weight, 3),
                    })]),
                    ["features"] = new JsonArray([.. contributions.Select(c => (JsonNode)new JsonObject
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
                table.AddRow(ConsoleText.Escape(t.QueryToken), ConsoleText.Escape(t.ListedToken ?? "-"), t.How.ToString().ToLowerInvariant(), t.Similarity.ToString("0.00", CultureInfo.InvariantCulture), t.Weight.ToString("0.00", CultureInfo.InvariantCulture));
            }

            context.Console.Write(table);
            foreach (var c in contributions)
            {
                context.Console.MarkupLine($"  {ConsoleText.Escape(c.Feature),-34} {c.Contribution,7:+0.00;-0.00}  ({ConsoleText.Escape(c.Detail)})");
            }

            context.Console.MarkupLine($"Score [bold]{hit.Score.ToString("0.000", CultureInfo.InvariantCulture)}[/] ({(hit.IsMatch ? "match" : "no match")} at the default threshold)");
            return 0;
        });
        return command;
    }
}
