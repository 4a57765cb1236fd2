using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Vigil.Screening.Input;

/// <summary>
/// The text encodings customer files, articles and payment messages are read in. UTF-8 is the default and the only
/// one recognised unasked (by its byte order mark, or by being valid); any other must be named. A file read in the
/// wrong encoding turns every accented name into one that matches nothing ("Nicol\uFFFDs Maduro"), silently: so bytes
/// that are not UTF-8 are reported where they stand, never replaced and screened.
/// </summary>
public static class InputEncoding
{
    /// <summary>What to name when a file is not UTF-8, for the messages that say so.</summary>
    public const string Hint = "save it as UTF-8 or name its encoding with --encoding (windows-1252 for a Western European Excel export, windows-1251 for Cyrillic, iso-8859-2 for Central European)";

    static InputEncoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>UTF-8 without a byte order mark on output.</summary>
    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Names of the encodings customer files most often come in, for messages.</summary>
    public const string CommonNames = "utf-8, windows-1252, iso-8859-1, windows-1251, iso-8859-2, utf-16";

    /// <summary>The encoding a user named: <c>utf-8</c>, <c>windows-1252</c>, <c>latin1</c>, <c>iso-8859-2</c>, <c>shift_jis</c>, ...</summary>
    public static bool TryNamed(string name, [NotNullWhen(true)] out Encoding? encoding)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        if (IsUtf8Name(trimmed))
        {
            encoding = Utf8;
            return true;
        }

        try
        {
            encoding = Encoding.GetEncoding(trimmed);
            return true;
        }
        catch (ArgumentException)
        {
            encoding = null;
            return false;
        }
    }

    /// <summary>
    /// Why a file beginning with <paramref name="head"/> is not text in a one-byte encoding or UTF-8: a workbook, an
    /// archive, a PDF, or UTF-16 without a byte order mark, whose every other byte is zero and which, read as UTF-8,
    /// screened "N\0i\0c\0..." and found nobody, without a word. Null when it may be text.
    /// </summary>
    public static string? NotText(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            return "a zip archive (an Excel .xlsx workbook is one), not text: save the sheet as CSV UTF-8";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            return "an Excel 97-2003 workbook or other Office file, not text: save the sheet as CSV UTF-8";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]))
        {
            return "gzip-compressed: decompress it first (gunzip)";
        }

        if (head.StartsWith("%PDF-"u8))
        {
            return "a PDF, not text: save its text as a .txt file";
        }

        var nul = head.IndexOf((byte)0);
        if (nul < 0)
        {
            return null;
        }

        // Latin text in UTF-16 has a zero in every other byte: the odd ones little-endian, the even ones big-endian.
        int odd = 0, even = 0;
        var sample = head[..Math.Min(head.Length, 1024)];
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] == 0)
            {
                odd += i % 2;
                even += 1 - (i % 2);
            }
        }

        // A stray zero byte in a text file is left to the rows that hold it; many are no text.
        var half = sample.Length / 2;
        return odd > half * 0.6 && even == 0 ? "UTF-16 text without a byte order mark: name it with --encoding utf-16"
            : even > half * 0.6 && odd == 0 ? "UTF-16 big-endian text without a byte order mark: name it with --encoding utf-16be"
            : odd + even > sample.Length / 10 ? string.Create(CultureInfo.InvariantCulture, $"zero bytes from offset {nul} on: not a text file")
            : null;
    }

    /// <summary>
    /// Why <paramref name="bytes"/>, a file's first part (or all of it when <paramref name="complete"/>) with no byte
    /// order mark to say otherwise, cannot be read as text in <paramref name="encoding"/>: no text at all
    /// (<see cref="NotText"/>), or, for UTF-8, bytes that are not UTF-8. Null when they can.
    /// </summary>
    public static string? Problem(ReadOnlySpan<byte> bytes, Encoding encoding, bool complete)
    {
        ArgumentNullException.ThrowIfNull(encoding);
        if (IsWide(encoding))
        {
            return null;
        }

        if (NotText(bytes) is { } reason)
        {
            return reason;
        }

        return IsUtf8(encoding) && FindFault(bytes, complete) is { } fault ? $"not UTF-8 text: {fault}; {Hint}" : null;
    }

    /// <summary>True for UTF-16 and UTF-32, whose text holds zero bytes.</summary>
    public static bool IsWide(Encoding encoding)
    {
        ArgumentNullException.ThrowIfNull(encoding);
        return encoding is UnicodeEncoding or UTF32Encoding;
    }

    /// <summary>True for UTF-8, whose invalid bytes <see cref="FindFault"/> looks for.</summary>
    public static bool IsUtf8(Encoding encoding)
    {
        ArgumentNullException.ThrowIfNull(encoding);
        return encoding.CodePage == Encoding.UTF8.CodePage;
    }

    /// <summary>
    /// The first bytes that are not UTF-8, with the line they stand on; null when there are none. When
    /// <paramref name="complete"/> is false the bytes are a file's first part, and a sequence cut off at their end is
    /// not a fault.
    /// </summary>
    public static Utf8Fault? FindFault(ReadOnlySpan<byte> bytes, bool complete)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            var rest = bytes[offset..];
            var ascii = rest.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (ascii < 0)
            {
                return null;
            }

            offset += ascii;
            var status = Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status == OperationStatus.Done)
            {
                offset += consumed;
            }
            else if (status == OperationStatus.NeedMoreData && !complete)
            {
                return null;
            }
            else
            {
                return new Utf8Fault(1 + bytes[..offset].Count((byte)'\n'), offset, bytes[offset]);
            }
        }

        return null;
    }

    /// <summary>
    /// Decodes a whole file: in <paramref name="named"/> when given, else in the encoding its byte order mark names,
    /// else as UTF-8, which it must then be.
    /// </summary>
    /// <exception cref="InvalidDataException">
    /// When the bytes are not UTF-8 and no encoding was named (the message says where), or are no text at all
    /// (<see cref="NotText"/>).
    /// </exception>
    public static string Decode(byte[] bytes, Encoding? named)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var marked = MarkedEncoding(bytes, out var markLength);
        var encoding = marked ?? named ?? Utf8;
        var body = bytes.AsSpan(markLength);
        if (marked is null && Problem(body, encoding, complete: true) is { } problem)
        {
            throw new InvalidDataException(problem + ".");
        }

        return encoding.GetString(body);
    }

    /// <summary>True when text holds U+FFFD, the character that stands for bytes a decoder could not read.</summary>
    public static bool HoldsUnreadableBytes(ReadOnlySpan<char> text) => text.Contains('\uFFFD');

    private static Encoding? MarkedEncoding(ReadOnlySpan<byte> bytes, out int length)
    {
        (Encoding? encoding, length) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (Utf8, 3),
            [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
            [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
            _ => ((Encoding?)null, 0),
        };
        return encoding;
    }

    private static bool IsUtf8Name(string name) =>
        name.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || name.Equals("utf8", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Bytes that are not UTF-8: the line they stand on (from 1), their offset in the file and the first of them.</summary>
public readonly record struct Utf8Fault(long Line, long Offset, byte Value)
{
    /// <summary><c>line 2 holds byte 0xE1</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"line {Line} holds byte 0x{Value:X2}");
}
