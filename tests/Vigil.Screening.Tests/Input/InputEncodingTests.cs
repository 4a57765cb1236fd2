using System.Text;
using Vigil.Screening.Input;

namespace Vigil.Screening.Tests.Input;

public sealed class InputEncodingTests
{
    // "Nicolás" as Windows-1252 / Latin-1 writes it: one byte 0xE1, which UTF-8 cannot read.
    private static readonly byte[] Latin1Maduro = [.. "id,name\n1,Ann\n2,Nicol"u8, 0xE1, .. "s Maduro\n"u8];

    [Fact]
    public void FindFault_Latin1Byte_NamesItsLineAndValue()
    {
        var fault = InputEncoding.FindFault(Latin1Maduro, complete: true);
        Assert.Equal(new Utf8Fault(3, 21, 0xE1), fault);
        Assert.Equal("line 3 holds byte 0xE1", fault.ToString());
    }

    [Fact]
    public void FindFault_ValidUtf8InAnyScript_IsNull()
    {
        Assert.Null(InputEncoding.FindFault(Encoding.UTF8.GetBytes("Nicolás Maduro\nВладимир Путин\n김정은 𝒜\n"), complete: true));
        Assert.Null(InputEncoding.FindFault([], complete: true));
    }

    [Fact]
    public void FindFault_SequenceCutAtTheEnd_IsAFaultOnlyWhenTheBytesAreComplete()
    {
        // The first two of the three bytes of "€": a file's first 64 KiB may end there.
        byte[] cut = [.. "Euro "u8, 0xE2, 0x82];
        Assert.Null(InputEncoding.FindFault(cut, complete: false));
        Assert.Equal(new Utf8Fault(1, 5, 0xE2), InputEncoding.FindFault(cut, complete: true));
    }

    [Fact]
    public void Decode_NotUtf8AndNothingNamed_ThrowsSayingWhereAndWhatToName()
    {
        var ex = Assert.Throws<InvalidDataException>(() => InputEncoding.Decode(Latin1Maduro, named: null));
        Assert.StartsWith("not UTF-8 text: line 3 holds byte 0xE1; save it as UTF-8 or name its encoding with --encoding (windows-1252", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("windows-1252")]
    [InlineData("latin1")]
    [InlineData("iso-8859-1")]
    [InlineData(" CP1252 ")]
    public void Decode_EncodingNamed_ReadsTheAccent(string name)
    {
        Assert.True(InputEncoding.TryNamed(name, out var encoding));
        Assert.EndsWith("2,Nicolás Maduro\n", InputEncoding.Decode(Latin1Maduro, encoding), StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_ByteOrderMark_WinsOverTheDefault()
    {
        Assert.Equal("Nicolás", InputEncoding.Decode([.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes("Nicolás")], named: null));
        Assert.Equal("Nicolás", InputEncoding.Decode([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes("Nicolás")], named: null));
    }

    [Fact]
    public void Decode_Windows1251Named_ReadsCyrillic()
    {
        Assert.True(InputEncoding.TryNamed("windows-1251", out var cyrillic));
        byte[] putin = [0xCF, 0xF3, 0xF2, 0xE8, 0xED];
        Assert.Equal("Путин", InputEncoding.Decode(putin, cyrillic));
    }

    [Theory]
    [InlineData("utf-8", true)]
    [InlineData("UTF8", true)]
    [InlineData("klingon", false)]
    [InlineData("", false)]
    public void TryNamed_KnowsEncodingNames(string name, bool known)
    {
        Assert.Equal(known, InputEncoding.TryNamed(name, out var encoding));
        Assert.Equal(known, encoding is not null);
    }
}
