using System.Buffers;
using System.Globalization;
using System.Text;

namespace Vigil.Cli.Output;

/// <summary>
/// Text from outside Vigil (a name typed or read from a customer file, a payment field, a header, a list's own data)
/// made safe to print on an analyst's terminal: each control character other than a line break or a tab is shown as
/// its code (<c>\x1B</c>), so an escape sequence in a customer file cannot move the cursor, retitle the window, clear
/// the screen or hide a line of the results. The JSON output escapes them already, and files keep them as they came.
/// </summary>
internal static class ConsoleText
{
    // The C0 and C1 control characters and DEL, but a line break and a tab.
    private static readonly SearchValues<char> Shown = SearchValues.Create(
        [.. Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(c => char.IsControl(c) && c is not '\n' and not '\t')]);

    /// <summary>The text with its control characters shown as codes; the same string when it has none.</summary>
    public static string Printable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAny(Shown))
        {
            return text;
        }

        var printable = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Shown.Contains(c))
            {
                printable.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}");
            }
            else
            {
                printable.Append(c);
            }
        }

        return printable.ToString();
    }

    /// <summary>The text, printable, as literal Spectre.Console markup (its brackets escaped).</summary>
    public static string Escape(string text) => Spectre.Console.Markup.Escape(Printable(text));
}
