using System.Collections.Immutable;
using Vigil.Screening.Identifiers;

namespace Vigil.Screening.Payments;

/// <summary>
/// Reads a SWIFT MT103 in FIN block form (<c>{1:...}{2:...}{3:...}{4:...-}{5:...}</c>), or its text block alone
/// (starting at <c>:20:</c>). Collects the sender and receiver BICs of blocks 1 and 2, the ordering customer (50A/F/K),
/// ordering, intermediary and account-with institutions (52, 56, 57), the beneficiary (59/59A/59F), and the free text
/// of fields 70, 72 and 77B. A mandatory field missing, a field outside the text block, a malformed BIC or country
/// is a <see cref="PaymentFormatException"/> naming the field and line.
/// </summary>
public static class Mt103Parser
{
    // Mandatory fields of MT103 and the options each allows ("" = no letter).
    private static readonly (string Number, string Options, string Meaning)[] Mandatory =
    [
        ("20", "", "sender's reference"),
        ("23", "B", "bank operation code"),
        ("32", "A", "value date, currency, amount"),
        ("50", "AFK", "ordering customer"),
        ("59", "AF", "beneficiary customer"),
        ("71", "A", "details of charges"),
    ];

    /// <summary>Parses a message.</summary>
    /// <exception cref="PaymentFormatException">When the message is not a well-formed MT103.</exception>
    public static PaymentMessage Parse(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var lines = message.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var fields = ImmutableArray.CreateBuilder<PaymentField>();
        var text = message.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        (int Line, int Column, List<string> Lines) body;
        if (text.StartsWith(':'))
        {
            var first = Array.FindIndex(lines, l => l.Length > 0);
            body = (first + 1, 1, [.. lines[first..]]);
        }
        else if (text.StartsWith('{'))
        {
            body = ReadBlocks(lines, fields);
        }
        else
        {
            throw new PaymentFormatException("message", 1, 1, "an MT103 starts with '{1:' (FIN blocks) or ':20:' (text block alone).");
        }

        var parsed = ReadFields(body.Lines, body.Line);
        CheckMandatory(parsed, body.Line);
        string? reference = null;
        foreach (var field in parsed)
        {
            if (field.Tag == "20")
            {
                reference = field.Lines[0].Trim();
            }

            Mt103Fields.Map(field, fields);
        }

        return new PaymentMessage(PaymentFormat.Mt103, reference, fields.ToImmutable());
    }

    /// <summary>Walks the FIN blocks; returns where block 4's fields start and its lines up to the closing "-}".</summary>
    private static (int Line, int Column, List<string> Lines) ReadBlocks(string[] lines, ImmutableArray<PaymentField>.Builder fields)
    {
        var all = string.Join('\n', lines);
        var at = 0;
        (int, int, List<string>)? body = null;
        var messageType = (string?)null;
        while (at < all.Length)
        {
            if (char.IsWhiteSpace(all[at]))
            {
                at++;
                continue;
            }

            var (line, column) = Position(all, at);
            if (all[at] != '{')
            {
                throw new PaymentFormatException("message", line, column, $"text '{Excerpt(all, at)}' stands outside any block.");
            }

            var colon = all.IndexOf(':', at);
            var id = colon > at ? all[(at + 1)..colon] : string.Empty;
            if (id.Length == 0 || id.Length > 3 || id.Contains('{', StringComparison.Ordinal) || id.Contains('}', StringComparison.Ordinal))
            {
                throw new PaymentFormatException("message", line, column, "a block must start with '{n:'.");
            }

            if (id == "4")
            {
                var end = all.IndexOf("\n-}", colon, StringComparison.Ordinal);
                if (end < 0)
                {
                    throw new PaymentFormatException("{4:}", line, column, "the text block does not end with a line '-}'.");
                }

                var content = all[(colon + 1)..end];
                var (bodyLine, _) = Position(all, colon + 1);
                var bodyLines = content.Split('\n').ToList();
                body = (bodyLine, column, bodyLines);
                at = end + 3;
                continue;
            }

            var close = MatchingBrace(all, at);
            if (close < 0)
            {
                throw new PaymentFormatException("{" + id + ":}", line, column, "the block is not closed with '}'.");
            }

            var value = all[(colon + 1)..close];
            switch (id)
            {
                case "1":
                    // F01 + 12-character logical terminal: BIC8, terminal letter, branch.
                    if (value.Length < 15 || value[0] != 'F')
                    {
                        throw new PaymentFormatException("{1:}", line, column, $"basic header '{value}' is not F01 followed by a 12-character address.");
                    }

                    fields.Add(new PaymentField("{1:}", PaymentFieldKind.Bic, Terminal(value.Substring(3, 12), "{1:}", line, column), null, line));
                    break;
                case "2":
                    messageType = ReadApplicationHeader(value, line, column, fields);
                    break;
            }

            at = close + 1;
        }

        if (messageType is not null && messageType != "103")
        {
            throw new PaymentFormatException("{2:}", 1, 1, $"message type MT{messageType} is not MT103.");
        }

        return body ?? throw new PaymentFormatException("{4:}", 1, 1, "the message has no text block {4:...-}, so no ordering customer or beneficiary.");
    }

    private static string ReadApplicationHeader(string value, int line, int column, ImmutableArray<PaymentField>.Builder fields)
    {
        // Input: I + type + receiver's 12-character address. Output: O + type + time + MIR (date + sender's address + ...).
        if (value.Length >= 16 && value[0] == 'I')
        {
            fields.Add(new PaymentField("{2:}", PaymentFieldKind.Bic, Terminal(value.Substring(4, 12), "{2:}", line, column), null, line));
        }
        else if (value.Length >= 26 && value[0] == 'O')
        {
            fields.Add(new PaymentField("{2:}", PaymentFieldKind.Bic, Terminal(value.Substring(14, 12), "{2:}", line, column), null, line));
        }
        else
        {
            throw new PaymentFormatException("{2:}", line, column, $"application header '{value}' is neither input (I...) nor output (O...).");
        }

        return value.Substring(1, 3);
    }

    /// <summary>The BIC of a logical terminal address: its first 8 characters and its 3-character branch.</summary>
    private static string Terminal(string address, string field, int line, int column)
    {
        var bic = address[..8] + address[9..];
        if (!Bic.IsValid(bic))
        {
            throw new PaymentFormatException(field, line, column, $"'{address}' is not a logical terminal address (BIC8, terminal letter, branch).");
        }

        return bic;
    }

    private static List<Mt103Field> ReadFields(List<string> lines, int firstLine)
    {
        var fields = new List<Mt103Field>();
        string? tag = null;
        var content = new List<string>();
        var start = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var number = firstLine + i;
            if (line == "-" || (line.Length == 0 && tag is null))
            {
                continue;
            }

            if (TryTag(line, out var newTag, out var rest))
            {
                Close();
                tag = newTag;
                content.Add(rest);
                start = number;
                continue;
            }

            if (tag is null)
            {
                throw new PaymentFormatException("{4:}", number, 1, $"text '{Excerpt(line, 0)}' stands before the first field.");
            }

            content.Add(line);
        }

        Close();
        return fields;

        void Close()
        {
            if (tag is null)
            {
                return;
            }

            while (content.Count > 1 && content[^1].Length == 0)
            {
                content.RemoveAt(content.Count - 1);
            }

            if (fields.Exists(f => f.Tag == tag))
            {
                throw new PaymentFormatException(":" + tag + ":", start, 1, "the field appears twice.");
            }

            fields.Add(new Mt103Field(tag, [.. content], start));
            content.Clear();
        }
    }

    /// <summary>A field starts with ':', two digits, an optional capital option letter, and ':'.</summary>
    private static bool TryTag(string line, out string tag, out string rest)
    {
        tag = rest = string.Empty;
        if (line.Length < 4 || line[0] != ':' || !char.IsAsciiDigit(line[1]) || !char.IsAsciiDigit(line[2]))
        {
            return false;
        }

        var close = line[3] == ':' ? 3 : line.Length > 4 && char.IsAsciiLetterUpper(line[3]) && line[4] == ':' ? 4 : -1;
        if (close < 0)
        {
            return false;
        }

        tag = line[1..close];
        rest = line[(close + 1)..];
        return true;
    }

    private static void CheckMandatory(List<Mt103Field> fields, int line)
    {
        foreach (var (number, options, meaning) in Mandatory)
        {
            var label = options.Length > 1 ? $":{number}a:" : $":{number}{options}:";
            if (fields.Exists(f => IsAllowed(f.Tag, number, options)))
            {
                continue;
            }

            // ":59B:" is a beneficiary in a form MT103 does not have: say so rather than call the field missing.
            var wrong = fields.Find(f => f.Tag.Length == number.Length + 1 && f.Tag.StartsWith(number, StringComparison.Ordinal));
            if (wrong is not null && options.Length > 1)
            {
                throw new PaymentFormatException(wrong.Label, wrong.Line, 1, $"option {wrong.Tag[^1]} is not allowed for field {label} ({meaning}).");
            }

            throw new PaymentFormatException(label, line, 1, $"field {label} ({meaning}) is missing; MT103 requires it.");
        }

        static bool IsAllowed(string tag, string number, string options) =>
            tag == number ? options.Length == 0 || number == "59"
            : tag.Length == number.Length + 1 && tag.StartsWith(number, StringComparison.Ordinal) && options.Contains(tag[^1], StringComparison.Ordinal);
    }

    private static int MatchingBrace(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] == '{')
            {
                depth++;
            }
            else if (text[i] == '}' && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static (int Line, int Column) Position(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }

    private static string Excerpt(string text, int at)
    {
        var end = text.IndexOf('\n', at);
        var piece = end < 0 ? text[at..] : text[at..end];
        return piece.Length > 20 ? piece[..20] + "..." : piece;
    }
}
