using Vigil.Model;

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
                message = "list file error: " + lf.Message;
                code = BadList;
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
                message = $"unexpected error ({ex.GetType().Name}): {ex.Message.ReplaceLineEndings(" ")}";
                code = Internal;
                return true;
        }
    }
}
