using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vigil.Model;
using Vigil.Sources.Ofac.Csv;

namespace Vigil.Sources.Tests.Ofac;

/// <summary>The OFAC CSV tokenizer, on the format's quirks and on damaged input.</summary>
public sealed class OfacCsvParserTests
{
    private const string Eof = "\u001A";

    [Fact]
    public void Parse_OfficialRecord_UnquotesAndReadsNulls()
    {
        var rows = OfacCsvParser.Parse("alt.csv", "306,220,\"aka\",\"NATIONAL BANK OF CUBA\",-0- \r\n" + Eof, 5);

        var row = Assert.Single(rows);
        Assert.Equal((IEnumerable<string?>)["306", "220", "aka", "NATIONAL BANK OF CUBA", null], row.Fields);
        Assert.Equal(1, row.Line);
        Assert.Equal("306,220,\"aka\",\"NATIONAL BANK OF CUBA\",-0- ", row.Text);
    }

    [Theory]
    [InlineData("1,\"a\"\r\n2,\"b\"\r\n" + Eof)]
    [InlineData("1,\"a\"\n2,\"b\"\n")]
    [InlineData("1,\"a\"\r2,\"b\"")]
    [InlineData("1,\"a\"\r\n\r\n2,\"b\"\r\n")]
    [InlineData("ent_num,name\r\n1,\"a\"\r\n2,\"b\"\r\n" + Eof + "\r\n")]
    [InlineData("\uFEFF1,\"a\"\r\n2,\"b\"" + Eof)]
    public void Parse_LineBreaksHeaderAndEndMarker_GiveTheSameRecords(string text)
    {
        var rows = OfacCsvParser.Parse("f.csv", text, 2);

        Assert.Equal([["1", "a"], ["2", "b"]], rows.Select(r => r.Fields.ToArray()).ToArray());
    }

    [Fact]
    public void Parse_QuotedFieldWithCommaQuoteAndLineBreak_KeepsThemAndCountsLines()
    {
        var rows = OfacCsvParser.Parse("f.csv", "1,\"A, \"\"B\"\"\r\nC\"\r\n2,\"-0-\"\r\n", 2);

        Assert.Equal("A, \"B\"\r\nC", rows[0].Fields[1]);
        Assert.Null(rows[1].Fields[1]);
        Assert.Equal(3, rows[1].Line);
    }

    [Fact]
    public void Parse_UnterminatedQuote_ThrowsWithTheRecordsLine()
    {
        var ex = Assert.Throws<ListFormatException>(() => OfacCsvParser.Parse("sdn.csv", "1,\"a\"\r\n2,\"b\r\n3,c\r\n", 2));

        Assert.Equal("sdn.csv", ex.File);
        Assert.Equal("line 2", ex.Location);
        Assert.Equal("unterminated quoted field", ex.Problem);
    }

    [Fact]
    public void Parse_QuoteClosedByALaterRecord_ThrowsAtTheRecordWhereItOpened()
    {
        // A lost closing quote swallows the next line break; the next quote then closes the field mid-record.
        var ex = Assert.Throws<ListFormatException>(() => OfacCsvParser.Parse("sdn.csv", "1,\"a\"\r\n2,\"b\r\n3,\"c\"\r\n", 2));

        Assert.Equal("line 2", ex.Location);
        Assert.Equal("unexpected text after a closing quote", ex.Problem);
    }

    [Theory]
    [InlineData("1,\"a\"\r\n2,\"b\",\"c\"\r\n", "line 2", "expected 2 fields, found 3")]
    [InlineData("1,\"a\"\r\n2\r\n", "line 2", "expected 2 fields, found 1")]
    [InlineData("1,\"a\"x,\r\n", "line 1", "unexpected text after a closing quote")]
    [InlineData("1,\"a\"\r\n" + Eof + "2,\"b\"\r\n", "line 2", "text after the end-of-file marker (0x1A)")]
    public void Parse_MalformedRecord_ThrowsNamingLineAndProblem(string text, string location, string problem)
    {
        var ex = Assert.Throws<ListFormatException>(() => OfacCsvParser.Parse("add.csv", text, 2));

        Assert.Equal(location, ex.Location);
        Assert.Equal(problem, ex.Problem);
        Assert.Equal($"add.csv: {location}: {problem}", ex.Message);
    }

    [Fact]
    public void Parse_HeaderAfterFirstRecord_IsAnOrdinaryRecord()
    {
        var ex = Assert.Throws<ListFormatException>(() => OfacCsvParser.Parse("f.csv", "1,\"a\"\r\nent_num,x,y\r\n", 2));

        Assert.Equal("line 2", ex.Location);
    }

    [Property(MaxTest = 1000)]
    public Property Parse_ArbitraryText_ReturnsOrThrowsListFormatException() =>
        Prop.ForAll(OfacArbitraries.CsvLikeText(), text =>
        {
            try
            {
                var rows = OfacCsvParser.Parse("f.csv", text, 2);
                return rows.All(r => r.Fields.Length == 2 && r.Line >= 1);
            }
            catch (ListFormatException ex)
            {
                return ex.File == "f.csv" && ex.Location.StartsWith("line ", StringComparison.Ordinal);
            }
        });
}
