namespace Vigil.Screening.Payments;

/// <summary>One field of an MT103's text block: its tag ("59", "50K"), its lines, and the line it starts on.</summary>
/// <param name="Tag">Number and option letter, e.g. <c>50K</c>.</param>
/// <param name="Lines">The content lines, the first being the text after the tag.</param>
/// <param name="Line">1-based line of the message where the field starts.</param>
internal sealed record Mt103Field(string Tag, IReadOnlyList<string> Lines, int Line)
{
    /// <summary>The tag as the message writes it: <c>:59:</c>.</summary>
    public string Label => ":" + Tag + ":";
}
