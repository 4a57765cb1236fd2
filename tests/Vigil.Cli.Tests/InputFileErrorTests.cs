using System.Text.Json;
using Vigil.Model;
using Vigil.Screening.Batch;
using Vigil.Screening.Payments;

namespace Vigil.Cli.Tests;

/// <summary>Input files that cannot be read: exit code 2 and one line on stderr naming the file, and the line where known.</summary>
public sealed class InputFileErrorTests
{
    [Fact]
    public void ScreenPayment_MalformedMessage_ExitsTwoNamingFileLineAndField()
    {
        using var folder = new TempFolder();
        var path = folder.Write("payment.txt", "{1:F01NWTRGB2LAXXX0000000000}{2:I103CNTSDEFFXXXXN}{4:\nJUNK\n:20:REF\n-}");

        var result = Cli.Run("screen-payment", path);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Equal($"vigil: payment message error: {path} line 2, position 1 ({{4:}}): text 'JUNK' stands before the first field.", line);
        Assert.Empty(result.Out);
    }

    [Fact]
    public void ScreenPayment_EmptyMessage_ExitsTwoNamingTheFile()
    {
        using var folder = new TempFolder();
        var path = folder.Write("empty.xml", "  \n");

        var result = Cli.Run("screen-payment", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"vigil: payment message error: {path} (message): the message is empty.", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void ScreenPayment_MalformedXml_NamesTheLine()
    {
        using var folder = new TempFolder();
        var path = folder.Write("pacs.xml", "<?xml version=\"1.0\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08\">\n<FIToFICstmrCdtTrf>\n</Document>");

        var result = Cli.Run("screen-payment", path);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"vigil: payment message error: {path} line 4, ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ScreenText_Latin1Article_ExitsTwoNamingLineAndByte_AndReadsWithTheEncodingNamed()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("article.txt", [.. "Caracas.\nSanctions on Nicol"u8, 0xE1, .. "s Maduro and EX-CLE SOLUCIONES BIOM"u8, 0xC9, .. "TRICAS C.A.\n"u8]);

        var refused = Cli.Run("screen-text", path);
        Assert.Equal(2, refused.ExitCode);
        Assert.StartsWith($"vigil: {path}: not UTF-8 text: line 2 holds byte 0xE1; ", Assert.Single(refused.ErrorLines), StringComparison.Ordinal);
        Assert.Empty(refused.Out);

        var result = Cli.Run("screen-text", path, "--encoding", "iso-8859-1", "--json");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("ofac-sdn:22790", result.Out, StringComparison.Ordinal);
        Assert.Contains("ofac-sdn:30421", result.Out, StringComparison.Ordinal);
        Assert.Contains("EX-CLE SOLUCIONES BIOMÉTRICAS C.A", JsonDocument.Parse(result.Out).RootElement.GetProperty("mentions").EnumerateArray().Select(m => m.GetProperty("text").GetString()));
    }

    [Fact]
    public void ScreenText_Utf16WithoutByteOrderMark_ExitsTwoSayingSo_AndReadsWithTheEncodingNamed()
    {
        // Read as UTF-8 the article was "N\0i\0c\0..." and "No listed party is mentioned" came back.
        using var folder = new TempFolder();
        var path = folder.WriteBytes("article.txt", System.Text.Encoding.Unicode.GetBytes("Sanctions on Nicolas Maduro and EX-CLE SOLUCIONES BIOMETRICAS C.A.\n"));

        var refused = Cli.Run("screen-text", path);
        Assert.Equal(2, refused.ExitCode);
        Assert.Equal($"vigil: {path}: UTF-16 text without a byte order mark: name it with --encoding utf-16.", Assert.Single(refused.ErrorLines));

        var result = Cli.Run("screen-text", path, "--encoding", "utf-16", "--json");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("ofac-sdn:22790", result.Out, StringComparison.Ordinal);
        Assert.Contains("ofac-sdn:30421", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_HeaderRowUnreadable_ExitsTwoNamingFileAndLine_AndWritesNothing()
    {
        using var folder = new TempFolder();
        var input = folder.Write("customers.csv", "id,\"name\n1,Ann\n");
        var output = folder.PathOf("out.csv");

        var result = Cli.Run("batch", "--input", input, "--output", output);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"vigil: batch input error: {input}: line 1: header row: ", line, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        Assert.False(File.Exists(output + ".partial"));
    }

    [Fact]
    public void Batch_EmptyFile_ExitsTwoNamingTheFile()
    {
        using var folder = new TempFolder();
        var input = folder.Write("customers.csv", string.Empty);

        var result = Cli.Run("batch", "--input", input, "--output", folder.PathOf("out.csv"));

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"vigil: batch input error: {input}: empty file", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void TryDescribe_FileErrors_AreBadInputOnOneLine()
    {
        var payment = new PaymentFormatException(":59a:", 12, 1, "field :59a: is\r\nmissing.");

        Assert.Equal("batch input error: in.csv: line 1: header row: unterminated quote", Describe(new BatchFileException("in.csv", "line 1: header row: unterminated\nquote"), CliErrors.BadInput));
        Assert.Equal("payment message error: :59a: (line 12, position 1): field :59a: is missing.", Describe(payment, CliErrors.BadInput));
        Assert.Equal("payment message error: standard input line 12, position 1 (:59a:): field :59a: is missing.", Describe(new InputFileException("standard input", payment), CliErrors.BadInput));
        Assert.Equal("list file error: sdn.csv: line 3: bad row", Describe(new ListFormatException("sdn.csv", "line 3", "bad\nrow"), CliErrors.BadList));
    }

    private static string Describe(Exception ex, int expectedCode)
    {
        Assert.True(CliErrors.TryDescribe(ex, out var message, out var code));
        Assert.Equal(expectedCode, code);
        return message;
    }
}
