using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Vigil.Cli.Output;
using Vigil.Screening.Payments;
using Vigil.Screening.Text;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil screen-payment FILE</c>: screens a pacs.008 or MT103 message and says pass or hold.</summary>
internal static class ScreenPaymentCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "The message: ISO 20022 pacs.008.001.08 XML or SWIFT MT103 (detected), or - for standard input" };
        var threshold = new Option<double?>("--threshold") { Description = "Score (0..1) names and mentions must reach; default from matching options (0.70)" };
        var json = new Option<bool>("--json") { Description = "Print one JSON document" };
        var encoding = EncodingOption.Create();
        var command = new Command("screen-payment", "Screen a payment message's parties, BICs, countries and free text; decide pass or hold") { file, threshold, json, encoding };
        command.SetAction(parse =>
        {
            var t = parse.GetValue(threshold);
            if (t is < 0 or > 1)
            {
                throw new CliUsageException($"--threshold {t?.ToString(CultureInfo.InvariantCulture)} must be within 0..1.");
            }

            // Read the message before loading lists: a malformed message fails at once.
            PaymentMessage message;
            var path = parse.GetValue(file);
            try
            {
                message = PaymentParser.Parse(ScreenTextCommand.ReadInput(path, EncodingOption.Resolve(parse.GetValue(encoding))));
            }
            catch (PaymentFormatException ex)
            {
                throw new InputFileException(path == "-" ? "standard input" : path!, ex);
            }

            var screener = new PaymentScreener(new TextScreener(context.Lists(parse).Screener));
            var result = screener.Screen(message, t);
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(CliJson.Serialize(PaymentContractMapper.ToResponse(result)));
            }
            else
            {
                Render(context.Console, result);
            }

            return 0;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, PaymentScreeningResult result)
    {
        var format = PaymentContractMapper.FormatName(result.Message.Format);
        if (result.Decision == PaymentDecision.Pass)
        {
            console.MarkupLine($"[bold green]PASS[/] {ConsoleText.Escape(format)} {ConsoleText.Escape(result.Message.Reference ?? string.Empty)}: {result.Message.Fields.Length} fields screened, nothing matched.");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Field").AddColumn("Line").AddColumn("Kind").AddColumn("Matched").AddColumn("Listed").AddColumn("Score").AddColumn("Programs");
        foreach (var hit in result.Hits)
        {
            var listed = hit.Entity is { } e ? $"{e.Id}\n{e.PrimaryName.Full}" : $"{hit.Jurisdiction!.Name} ({hit.Jurisdiction.Code}, {hit.Jurisdiction.Kind})";
            var score = hit.Hit?.Score.ToString("0.000", CultureInfo.InvariantCulture) ?? (hit.Kind == PaymentHitKind.Bic ? "exact" : "-");
            var programs = hit.Entity?.Programs ?? hit.Jurisdiction!.Programs;
            table.AddRow(
                ConsoleText.Escape(hit.Field.Transaction is { } tx ? $"{hit.Field.Path}\n(tx {tx})" : hit.Field.Path),
                hit.Field.Line.ToString(CultureInfo.InvariantCulture),
                PaymentContractMapper.KindName(hit.Kind),
                ConsoleText.Escape(hit.Matched.ReplaceLineEndings(" ")),
                ConsoleText.Escape(listed),
                score,
                ConsoleText.Escape(string.Join(", ", programs)));
        }

        console.MarkupLine($"[bold red]HOLD[/] {ConsoleText.Escape(format)} {ConsoleText.Escape(result.Message.Reference ?? string.Empty)}: {result.Hits.Length} hit(s) in {result.Message.Fields.Length} fields screened.");
        console.Write(table);
    }
}
