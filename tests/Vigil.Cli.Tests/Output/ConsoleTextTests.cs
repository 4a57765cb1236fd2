using Vigil.Cli.Output;

namespace Vigil.Cli.Tests.Output;

public sealed class ConsoleTextTests
{
    [Fact]
    public void Printable_PlainText_IsTheSameString()
    {
        const string name = "MADURO MOROS, Nicolás\tVE\nالعربية";
        Assert.Same(name, ConsoleText.Printable(name));
    }

    [Theory]
    [InlineData("\u001b]0;pwned\u0007Foo", "\\x1B]0;pwned\\x07Foo")]
    [InlineData("\u001b[2JBad", "\\x1B[2JBad")]
    [InlineData("a\rb\u0000c", "a\\x0Db\\x00c")]
    [InlineData("\u009b31mRed\u007f", "\\x9B31mRed\\x7F")]
    public void Printable_ControlCharacters_ShownAsCodes(string text, string printed) =>
        Assert.Equal(printed, ConsoleText.Printable(text));

    [Fact]
    public void Escape_IsPrintableMarkup() =>
        Assert.Equal("[[red]]\\x1B[[0m", ConsoleText.Escape("[red]\u001b[0m"));
}
