namespace Vigil.Screening.Payments;

/// <summary>Reads a payment message in whichever supported format it is: XML is pacs.008, anything else MT103.</summary>
public static class PaymentParser
{
    /// <summary>Detects the format and parses.</summary>
    /// <exception cref="PaymentFormatException">When the message is empty or malformed.</exception>
    public static PaymentMessage Parse(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Detect(message) switch
        {
            PaymentFormat.Pacs008 => Pacs008Parser.Parse(message),
            _ => Mt103Parser.Parse(message),
        };
    }

    /// <summary>The format a message is written in, judged by its first character ('&lt;' for XML).</summary>
    /// <exception cref="PaymentFormatException">When the message is empty.</exception>
    public static PaymentFormat Detect(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = message.AsSpan().TrimStart("\uFEFF \t\r\n");
        if (text.IsEmpty)
        {
            throw new PaymentFormatException("message", 0, 0, "the message is empty.");
        }

        return text[0] == '<' ? PaymentFormat.Pacs008 : PaymentFormat.Mt103;
    }
}
