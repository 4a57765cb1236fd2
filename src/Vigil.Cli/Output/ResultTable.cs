using System.Globalization;
using Spectre.Console;
using Vigil.Matching.Screening;

namespace Vigil.Cli.Output;

/// <summary>Screening results as a table for people: score, id, name, type, programs, and why.</summary>
internal static class ResultTable
{
    public static void Render(IAnsiConsole console, ScreeningQuery query, IReadOnlyList<ScreeningHit> hits, double threshold)
    {
        if (hits.Count == 0)
        {
            console.MarkupLine($"No listed party scores above the reporting floor for [bold]{ConsoleText.Escape(query.Name)}[/].");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Score").AddColumn("Id").AddColumn("Name").AddColumn("Type").AddColumn("Programs").AddColumn("Why");
        foreach (var hit in hits)
        {
            var score = hit.Score.ToString("0.000", CultureInfo.InvariantCulture);
            var name = hit.Entity.PrimaryName.Full;
            if (!string.Equals(hit.MatchedName.Full, name, StringComparison.Ordinal))
            {
                name += $"\n(as {hit.MatchedName.Full})";
            }

            table.AddRow(
                hit.IsMatch ? $"[bold red]{score} MATCH[/]" : score,
                ConsoleText.Escape(hit.Entity.Id),
                ConsoleText.Escape(name),
                hit.Entity.Schema.ToString(),
                ConsoleText.Escape(string.Join(", ", hit.Entity.Programs)),
                ConsoleText.Escape(hit.Explanation.Summary));
        }

        console.Write(table);
        console.MarkupLine($"Threshold {threshold.ToString("0.00", CultureInfo.InvariantCulture)}: {hits.Count(h => h.IsMatch)} match(es).");
    }
}
