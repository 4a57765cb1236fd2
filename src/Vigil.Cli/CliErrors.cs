using Vigil.Model;
using Vigil.Screening.Batch;
using Vigil.Screening.Payments;

namespace Vigil.Cli;

/// <summary>Turns failures into one-line messages and exit codes; never a stack trace.</summary>
internal static class CliErrors
{
    /// <summary>Exit code for bad input (arguments, files).</summary>
    public const int BadInput = 2;

    /// <summary>Exit code for a malformed list file.</summary>
    public const int BadList = 3;

    /// <summary>Exit code for anything unexpected.</summary>
    public const int Internal = 70;

    public static bool TryDescribe(Exception ex, out string message, out int code)
    {
        switch (ex)
        {
            case ListFormatException lf:
                message = "list file error: " + OneLine(lf.Message);
                code = BadList;
                return true;
            case BatchFileException batch:
                // The message names the file, and the line where the header is at fault.
                message = "batch input error: " + OneLine(batch.Message);
                code = BadInput;
                return true;
            case InputFileException { InnerException: PaymentFormatException payment } input:
                message = "payment message error: " + Describe(input.File, payment);
                code = BadInput;
                return true;
            case PaymentFormatException payment:
                message = "payment message error: " + OneLine(payment.Message);
                code = BadInput;
                return true;
            case InputFileException input:
                message = OneLine(input.Message);
                code = BadInput;
                return true;
            case CliUsageException usage:
                message = usage.Message;
                code = BadInput;
                return true;
            case DirectoryNotFoundException or FileNotFoundException:
                message = ex.Message;
                code = BadInput;
                return true;
            case OperationCanceledException:
                message = "cancelled";
                code = 130;
                return true;
            default:
                message = $"unexpected error ({ex.GetType().Name}): {OneLine(ex.Message)}";
                code = Internal;
                return true;
        }
    }

    /// <summary><c>pay.txt line 8, position 3 (:50F:): 'GBR' is not an ISO country code</c>; without a known line, <c>pay.txt (message): ...</c>.</summary>
    private static string Describe(string file, PaymentFormatException payment)
    {
        var at = payment.Line > 0 ? $" line {payment.Line}, position {payment.Position}" : string.Empty;
        return OneLine($"{file}{at} ({payment.Field}): {payment.Problem}");
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
