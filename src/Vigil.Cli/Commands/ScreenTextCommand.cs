using System.CommandLine;
using System.Globalization;
using System.Text;
using Spectre.Console;
using Vigil.Cli.Output;
using Vigil.Screening.Input;
using Vigil.Screening.Text;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil screen-text FILE|-</c>: finds listed parties and sanctioned jurisdictions mentioned in free text.</summary>
internal static class ScreenTextCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "Text file to screen (UTF-8 unless --encoding names another), or - for standard input" };
        var threshold = new Option<double?>("--threshold") { Description = "Score (0..1) a mention must reach; default from matching options (0.70)" };
        var json = new Option<bool>("--json") { Description = "Print one JSON document" };
        var encoding = EncodingOption.Create();
        var command = new Command("screen-text", "Find listed persons, organisations, vessels and aircraft, and sanctioned jurisdictions, in free text") { file, threshold, json, encoding };
        command.SetAction(parse =>
        {
            var t = parse.GetValue(threshold);
            if (t is < 0 or > 1)
            {
                throw new CliUsageException($"--threshold {t?.ToString(CultureInfo.InvariantCulture)} must be within 0..1.");
            }

            var text = ReadInput(parse.GetValue(file), EncodingOption.Resolve(parse.GetValue(encoding)));
            var screener = new TextScreener(context.Lists(parse).Screener);
            var result = screener.Screen(text, t);
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(CliJson.Serialize(TextContractMapper.ToResponse(result)));
            }
            else
            {
                Render(context.Console, result);
            }

            return 0;
        });
        return command;
    }

    /// <summary>
    /// Reads a file, or standard input for "-", in the encoding named, else UTF-8 (or what a byte order mark says). Bytes
    /// that are not UTF-8 stop the command with where they stand: replaced, they would hide the names they are in.
    /// </summary>
    internal static string ReadInput(string? path, Encoding? encoding)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new CliUsageException("name a file to screen, or - for standard input.");
        }

        byte[] bytes;
        if (path == "-")
        {
            using var stdin = Console.OpenStandardInput();
            using var copy = new MemoryStream();
            stdin.CopyTo(copy);
            bytes = copy.ToArray();
        }
        else if (!File.Exists(path))
        {
            throw new CliUsageException($"file '{path}' does not exist.");
        }
        else
        {
            bytes = File.ReadAllBytes(path);
        }

        try
        {
            return InputEncoding.Decode(bytes, encoding);
        }
        catch (InvalidDataException ex)
        {
            throw new InputFileException(path == "-" ? "standard input" : path, ex);
        }
    }

    private static string KindNote(MentionKind kind) => kind switch
    {
        MentionKind.LaterMention => ", later mention",
        MentionKind.Identifier => ", listed identifier",
        _ => string.Empty,
    };

    private static void Render(IAnsiConsole console, TextScreeningResult result)
    {
        if (result.Mentions.IsEmpty)
        {
            console.MarkupLine("No listed party is mentioned.");
        }
        else
        {
            var table = new Table().Border(TableBorder.Rounded)
                .AddColumn("Score").AddColumn("Id").AddColumn("Name").AddColumn("Type").AddColumn("Programs").AddColumn("Mentioned as (offsets)");
            foreach (var mention in result.Mentions)
            {
                var places = string.Join("\n", mention.Occurrences.Select(o => $"{Flatten(o.Text)} ({o.Start}-{o.End}{KindNote(o.Kind)})"));
                table.AddRow(
                    $"[bold red]{mention.Hit.Score.ToString("0.000", CultureInfo.InvariantCulture)}[/]",
                    ConsoleText.Escape(mention.Entity.Id),
                    ConsoleText.Escape(mention.Entity.PrimaryName.Full),
                    mention.Entity.Schema.ToString(),
                    ConsoleText.Escape(string.Join(", ", mention.Entity.Programs)),
                    ConsoleText.Escape(places));
            }

            console.Write(table);
        }

        if (!result.Jurisdictions.IsEmpty)
        {
            var table = new Table().Border(TableBorder.Rounded).AddColumn("Jurisdiction").AddColumn("Kind").AddColumn("Programs").AddColumn("Named as (offsets)");
            foreach (var j in result.Jurisdictions)
            {
                table.AddRow(
                    ConsoleText.Escape($"{j.Jurisdiction.Name} ({j.Jurisdiction.Code})"),
                    j.Jurisdiction.Kind,
                    ConsoleText.Escape(string.Join(", ", j.Jurisdiction.Programs)),
                    ConsoleText.Escape(string.Join("\n", j.Occurrences.Select(o => $"{Flatten(o.Text)} ({o.Start}-{o.End})"))));
            }

            console.Write(table);
        }

        console.MarkupLine($"Threshold {result.Threshold.ToString("0.00", CultureInfo.InvariantCulture)}: {result.Mentions.Length} listed part{(result.Mentions.Length == 1 ? "y" : "ies")}, {result.Jurisdictions.Length} sanctioned jurisdiction(s).");
    }

    private static string Flatten(string text) => text.ReplaceLineEndings(" ");
}
