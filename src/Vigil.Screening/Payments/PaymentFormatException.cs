namespace Vigil.Screening.Payments;

/// <summary>A payment message that cannot be read: the field, and the line and position where reading stopped.</summary>
public sealed class PaymentFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="field">The field or element at fault (<c>:59a:</c>, <c>Cdtr/PstlAdr/Ctry</c>, <c>{4:}</c>).</param>
    /// <param name="line">1-based line, 0 when unknown.</param>
    /// <param name="position">1-based position in the line, 0 when unknown.</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="inner">The underlying error, if any.</param>
    public PaymentFormatException(string field, int line, int position, string problem, Exception? inner = null)
        : base(Describe(field, line, position, problem), inner)
    {
        Field = field;
        Line = line;
        Position = position;
        Problem = problem;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public PaymentFormatException()
        : this("message", 0, 0, "malformed payment message")
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    public PaymentFormatException(string message)
        : this("message", 0, 0, message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public PaymentFormatException(string message, Exception inner)
        : this("message", 0, 0, message, inner)
    {
    }

    /// <summary>The field or element at fault.</summary>
    public string Field { get; }

    /// <summary>1-based line, 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>1-based position in the line, 0 when unknown.</summary>
    public int Position { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    private static string Describe(string field, int line, int position, string problem) =>
        line > 0 ? $"{field} (line {line}, position {position}): {problem}" : $"{field}: {problem}";
}
