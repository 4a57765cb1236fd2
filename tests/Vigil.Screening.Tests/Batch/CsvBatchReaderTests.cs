using System.Globalization;
using System.Text;
using Vigil.Model;
using Vigil.Screening.Batch;
using Vigil.Screening.Input;

namespace Vigil.Screening.Tests.Batch;

public sealed class CsvBatchReaderTests
{
    private static List<BatchRow> Read(string content, bool bom = false)
    {
        using var folder = new TempFolder();
        using var reader = CsvBatchReader.Open(folder.Write("in.csv", content, bom));
        return [.. reader.ReadRows()];
    }

    [Fact]
    public void ReadRows_AllColumns_MapsEveryField()
    {
        var rows = Read("id,name,type,dob,country,passport,national_id,tax_id,imo,bic\n" +
                        "c-1,Nicolas Maduro,person,1962-11-23,VE;Colombia,P123,N456,T789,,\n" +
                        "c-2,Some Ship,vessel,,,,,,9876543,\n");
        Assert.Equal(2, rows.Count);
        var maduro = rows[0];
        Assert.True(maduro.IsValid);
        Assert.Equal("c-1", maduro.Id);
        Assert.Equal(2, maduro.Line);
        Assert.Equal("Nicolas Maduro", maduro.Query!.Name);
        Assert.Equal(Schema.Person, maduro.Query.Schema);
        Assert.Equal(new PartialDate(1962, 11, 23), maduro.Query.BirthDate);
        Assert.Equal(["VE", "CO"], maduro.Query.Countries.ToArray());
        Assert.Equal(
            [(IdentifierType.Passport, "P123"), (IdentifierType.NationalId, "N456"), (IdentifierType.TaxId, "T789")],
            maduro.Query.Identifiers.Select(i => (i.Type, i.Value)));
        Assert.Equal(Schema.Vessel, rows[1].Query!.Schema);
        Assert.Equal(IdentifierType.Imo, Assert.Single(rows[1].Query!.Identifiers).Type);
    }

    [Fact]
    public void ReadRows_DatesAsBanksExportThem_AreRead_AndOneEitherWayRoundKeepsItsYearWithAWarning()
    {
        var rows = Read("id,name,dob\n" +
                        "1,Nicolas Maduro,23/11/1962\n" +
                        "2,Nicolas Maduro,1962-11-23T00:00:00\n" +
                        "3,Nicolas Maduro,23-NOV-1962\n" +
                        "4,Nicolas Maduro,03/04/1962\n" +
                        "5,Nicolas Maduro,23/11/62\n");
        Assert.Equal(["1962-11-23", "1962-11-23", "1962-11-23", "1962"], rows.Take(4).Select(r => r.Query!.BirthDate.ToString()));
        Assert.Null(rows[2].Warning);
        Assert.Contains("'03/04/1962' could be either way round: screened with the year 1962 (--date-order dmy or mdy", rows[3].Warning, StringComparison.Ordinal);

        // A two-digit year is a guess of the century: the name is screened without it, with the forms that are read.
        Assert.Null(rows[4].Query!.BirthDate);
        Assert.Contains("bad date of birth '23/11/62' (1962-11-23,", rows[4].Warning, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadRows_DateOrderGiven_ReadsEveryNumericDateThatWay()
    {
        using var folder = new TempFolder();
        var path = folder.Write("in.csv", "id,name,dob\n1,Nicolas Maduro,03/04/1962\n2,Nicolas Maduro,11/23/1962\n");
        using var reader = CsvBatchReader.Open(path, dateOrder: DateOrder.DayFirst);
        var rows = reader.ReadRows().ToList();
        Assert.Equal(new PartialDate(1962, 4, 3), rows[0].Query!.BirthDate);
        Assert.Null(rows[0].Warning);
        Assert.Contains("numeric dates read day first, as --date-order dmy says", rows[1].Warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_HeadersAsDatabasesExportThem_AreRead_AndOthersListedAsNotRead()
    {
        // PascalCase and spaced headers: before, DateOfBirth and PassportNumber were ignored without a word.
        using var folder = new TempFolder();
        var path = folder.Write("in.csv", "CustomerID,Full Name,DateOfBirth,NATIONALITY,Passport-Number,Customer Type,Branch,Notes\n" +
                                          "c1,Nicolas Maduro,1962-11-23,VE,P1,Natural Person,Caracas,x\n");
        using var reader = CsvBatchReader.Open(path);
        var row = Assert.Single(reader.ReadRows());
        Assert.Equal(("c1", "Nicolas Maduro", Schema.Person), (row.Id, row.Query!.Name, row.Query.Schema));
        Assert.Equal(new PartialDate(1962, 11, 23), row.Query.BirthDate);
        Assert.Equal(["VE"], row.Query.Countries.ToArray());
        Assert.Equal((IdentifierType.Passport, "P1"), Assert.Single(row.Query.Identifiers.Select(i => (i.Type, i.Value))));
        Assert.Equal(["Branch", "Notes"], reader.IgnoredColumns);
    }

    [Fact]
    public void ReadRows_VesselByImoNumberAlone_IsScreened_AndARowWithNeither_Skipped()
    {
        var rows = Read("id,name,imo\nv1,,9116412\nv2,,\n");
        Assert.True(rows[0].IsValid);
        Assert.Equal(("", Schema.Vessel), (rows[0].Query!.Name, rows[0].Query!.Schema));
        Assert.Equal("missing name", rows[1].Error);
    }

    [Fact]
    public void ReadRows_WalletColumn_IsADigitalCurrencyAddress()
    {
        var rows = Read("id,name,Wallet Address\nw1,,0x098B716B8Aaf21512996dC57EB0615e2383E2f96\n");
        var wallet = Assert.Single(rows[0].Query!.Identifiers);
        Assert.Equal((IdentifierType.CryptoAddress, "0x098B716B8Aaf21512996dC57EB0615e2383E2f96"), (wallet.Type, wallet.Value));
    }

    [Fact]
    public void ReadRows_PassportAlone_IsScreened_AndABlankNumberIsNone()
    {
        var rows = Read("id,name,passport\np1,,27082171\np2,, - \n");
        Assert.True(rows[0].IsValid);
        Assert.Equal(("", null), (rows[0].Query!.Name, rows[0].Query!.Schema));
        Assert.Equal("27082171", Assert.Single(rows[0].Query!.Identifiers).Value);
        Assert.Equal("missing name", rows[1].Error);
    }

    [Fact]
    public void ReadRows_DocumentNumberTypeAndIssuingCountry_AsKycExportsWriteThem()
    {
        using var reader = new CsvBatchReader(new MemoryStream(Encoding.UTF8.GetBytes(
            "Customer ID,Full Name,ID Type,ID Number,ID Issuing Country,TIN\n" +
            "1,John Smith,Passport,K1234567,Iran,12-345\n" +
            "2,Jane Roe,National Identity Card,548-91-5411,US,\n" +
            "3,Ann Lee,Driving licence,D123,Atlantis,\n" +
            "4,,,27082171,,\n")), "kyc.csv");
        var rows = reader.ReadRows().ToList();

        Assert.Empty(reader.IgnoredColumns);
        Assert.Equal([new Identifier(IdentifierType.TaxId, "12-345", "IR"), new Identifier(IdentifierType.Passport, "K1234567", "IR")], rows[0].Query!.Identifiers.ToArray());
        Assert.Null(rows[0].Warning);
        Assert.Equal(new Identifier(IdentifierType.NationalId, "548-91-5411", "US"), Assert.Single(rows[1].Query!.Identifiers));
        Assert.Equal(new Identifier(IdentifierType.Other, "D123"), Assert.Single(rows[2].Query!.Identifiers));
        Assert.Contains("unknown issuing country 'Atlantis'", rows[2].Warning, StringComparison.Ordinal);
        Assert.Contains("unknown document type 'Driving licence'", rows[2].Warning, StringComparison.Ordinal);
        Assert.True(rows[3].IsValid, rows[3].Error);
        Assert.Equal(new Identifier(IdentifierType.Other, "27082171"), Assert.Single(rows[3].Query!.Identifiers));
    }

    [Fact]
    public void ReadRows_QuotedFields_UnquoteCommasDoubledQuotesAndLineBreaks()
    {
        var rows = Read("id,name\n" +
                        "1,\"MADURO MOROS, Nicolas\"\n" +
                        "2,\"Juan \"\"El\"\" Perez\"\n" +
                        "3,\"Two\nLines\"\n" +
                        "4,After\n");
        Assert.Equal(["MADURO MOROS, Nicolas", "Juan \"El\" Perez", "Two\nLines", "After"], rows.Select(r => r.Query!.Name));

        // The quoted line break is inside row 3, which starts on line 4; row 4 starts on line 6.
        Assert.Equal([2L, 3, 4, 6], rows.Select(r => r.Line));
    }

    [Fact]
    public void ReadRows_NameInParts_ScreensThemTogetherAsAPerson()
    {
        // A customer export with the name in parts, as core banking systems keep it (and the US Congress file does).
        var rows = Read("customer_id,first_name,middle_name,last_name,full_name,type\n" +
                        "1,Nicolas,,Maduro Moros,,\n" +
                        "2,Jennifer,L.,McClellan,,\n" +
                        "3,Ann,,Smith,\"SMITH, Ann B.\",\n" +
                        "4,,,,,\n" +
                        "5,,,Ex-Cle,,organization\n" +
                        "6,Ann,,Smith,,any\n");
        Assert.Equal(("Nicolas Maduro Moros", Schema.Person), (rows[0].Query!.Name, rows[0].Query!.Schema));
        Assert.Equal("Jennifer L. McClellan", rows[1].Query!.Name);

        // The whole name wins over its parts, and is of no type unless the row says.
        Assert.Equal(("SMITH, Ann B.", (Schema?)null), (rows[2].Query!.Name, rows[2].Query!.Schema));
        Assert.Equal("missing name", rows[3].Error);
        Assert.Equal(Schema.Organization, rows[4].Query!.Schema);
        Assert.Null(rows[5].Query!.Schema);
    }

    [Fact]
    public void ReadRows_Gender_ReadOrScreenedWithoutItAndAWarning()
    {
        var rows = Read("name,sex,country\nAnn Smith,F,\nBob Smith,male,\nCam Smith,unknown,Atlantis\n");
        Assert.Equal([Gender.Female, Gender.Male, Gender.Unknown], rows.Select(r => r.Query!.Gender));
        Assert.Null(rows[0].Warning);
        Assert.Equal("unknown country 'Atlantis' (screened without it); unknown gender 'unknown' (male, female, m, f; screened without it)", rows[2].Warning);
    }

    [Fact]
    public void ReadRows_NameLongerThanTheApiTakes_IsABadRow()
    {
        var rows = Read($"id,name\n1,{new string('A', 500)}\n2,{new string('A', 501)}\n");
        Assert.True(rows[0].IsValid);
        Assert.Equal("name of 501 characters, more than 500 (a name and an address in one column?)", rows[1].Error);
    }

    [Fact]
    public void Open_HeaderWithoutAnyNameColumn_NamesWhatItNeeds()
    {
        using var folder = new TempFolder();
        var ex = Assert.Throws<BatchFileException>(() => CsvBatchReader.Open(folder.Write("in.csv", "id,middle_name,dob\n1,A,1970\n")));
        Assert.Contains("'first_name' / 'last_name'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_Latin1File_StopsBeforeAnyRow_NamingTheLineAndTheByte()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("in.csv", [.. "id,name\n1,Ann\n2,Nicol"u8, 0xE1, .. "s Maduro\n"u8]);
        var ex = Assert.Throws<BatchFileException>(() => CsvBatchReader.Open(path));
        Assert.Contains("not UTF-8 text: line 3 holds byte 0xE1", ex.Message, StringComparison.Ordinal);
        Assert.Contains("--encoding", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-16", "UTF-16 text without a byte order mark: name it with --encoding utf-16")]
    [InlineData("utf-16BE", "UTF-16 big-endian text without a byte order mark: name it with --encoding utf-16be")]
    public void Open_Utf16WithoutByteOrderMark_StopsBeforeAnyRow_AndReadsWithTheEncodingNamed(string encoding, string message)
    {
        // Read as UTF-8, every other byte zero: "N\0i\0c\0..." was screened and matched nobody, without a word.
        using var folder = new TempFolder();
        var bytes = System.Text.Encoding.GetEncoding(encoding).GetBytes("id,name\n1,Nicolas Maduro\n");
        var path = folder.WriteBytes("in.csv", bytes);
        var ex = Assert.Throws<BatchFileException>(() => CsvBatchReader.Open(path));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);

        using var reader = CsvBatchReader.Open(path, encoding: System.Text.Encoding.GetEncoding(encoding));
        Assert.Equal("Nicolas Maduro", Assert.Single(reader.ReadRows()).Query!.Name);
    }

    [Theory]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 }, "a zip archive (an Excel .xlsx workbook is one), not text: save the sheet as CSV UTF-8")]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00 }, "an Excel 97-2003 workbook")]
    [InlineData(new byte[] { 0x1F, 0x8B, 0x08, 0x00 }, "gzip-compressed: decompress it first")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "a PDF, not text")]
    public void Open_WorkbookArchiveOrPdf_SaysWhatItIs_EvenWithAnEncodingNamed(byte[] head, string message)
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("in.csv", [.. head, .. "id,name\n1,Ann\n"u8]);
        Assert.Contains(message, Assert.Throws<BatchFileException>(() => CsvBatchReader.Open(path)).Message, StringComparison.Ordinal);
        Assert.Contains(message, Assert.Throws<BatchFileException>(() => CsvBatchReader.Open(path, encoding: System.Text.Encoding.Latin1)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadRows_StrayZeroByte_IsLeftToItsRow()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("in.csv", [.. "id,name\n1,Ann\n2,Bob"u8, 0x00, .. "\n3,Nicolas Maduro\n"u8]);
        using var reader = CsvBatchReader.Open(path);
        Assert.Equal(3, reader.ReadRows().Count());
    }

    [Fact]
    public void ReadRows_EncodingNamed_ReadsTheAccentedName()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("in.csv", [.. "id,name\n2,Nicol"u8, 0xE1, .. "s Maduro\n"u8]);
        using var reader = CsvBatchReader.Open(path, encoding: Encoding.Latin1);
        Assert.Equal("Nicolás Maduro", Assert.Single(reader.ReadRows()).Query!.Name);
    }

    [Fact]
    public void ReadRows_BadBytesPastTheFirst64KiB_SkipTheirRowOnly()
    {
        // The first 64 KiB are UTF-8, so the file opens; the row holding the stray byte is reported, the rest screened.
        using var folder = new TempFolder();
        var head = new StringBuilder("id,name\n");
        for (var i = 0; head.Length < 70_000; i++)
        {
            head.Append(CultureInfo.InvariantCulture, $"{i},Customer Number {i}\n");
        }

        var path = folder.WriteBytes("in.csv", [.. Encoding.UTF8.GetBytes(head.ToString()), .. "x,Jos"u8, 0xE9, .. " Garc"u8, 0xED, .. "a\ny,Last One\n"u8]);
        using var reader = CsvBatchReader.Open(path);
        var rows = reader.ReadRows().ToList();
        var bad = Assert.Single(rows, r => !r.IsValid);
        Assert.Equal("x", bad.Id);
        Assert.Equal(BatchRowParser.UnreadableBytes, bad.Error);
        Assert.Equal("Last One", rows[^1].Query!.Name);
    }

    [Fact]
    public void ReadRows_BomAndCrlf_ReadLikePlainLf()
    {
        var rows = Read("id,name,type\r\n1,Ex-Cle Soluciones Biometricas,organization\r\n2,\"A\r\nB\",\r\n3,Last\r\n", bom: true);
        Assert.Equal(["1", "2", "3"], rows.Select(r => r.Id));
        Assert.Equal("Ex-Cle Soluciones Biometricas", rows[0].Query!.Name);
        Assert.Equal(Schema.Organization, rows[0].Query!.Schema);
        Assert.Equal("A\r\nB", rows[1].Query!.Name);
        Assert.Equal([2L, 3, 5], rows.Select(r => r.Line));
    }

    [Fact]
    public void ReadRows_BadRows_CarryTheirLineAndReason_AndReadingGoesOn()
    {
        var rows = Read("id,name,type,dob,country\n" +
                        "1,,person,,\n" +                        // line 2: missing name
                        "2,Ann Smith,person,1990-13-01,\n" +     // line 3: bad date, screened without it
                        "3,Ann Smith,alien,,\n" +                // line 4: unknown type, screened without it
                        "4,Ann Smith,,,Atlantis\n" +             // line 5: unknown country, screened without it
                        "5,Smith, Ann,person,,\n" +              // line 6: one field too many
                        "6,\"Ann\" Smith,person,,\n" +           // line 7: text after closing quote
                        "7,Good Row,,,\n");                      // line 8
        Assert.Equal(7, rows.Count);
        Assert.Equal(
            [(2L, "missing name"), (6, "fields where the header has"), (7, "after a closing quote")],
            rows.Where(r => !r.IsValid).Select(r => (r.Line, Fragment(r.Error!))));

        // Fields that only add evidence are left out when unreadable, and the name is screened without them.
        Assert.Equal([3L, 4, 5], rows.Where(r => r.Warning is not null).Select(r => r.Line));
        Assert.StartsWith("bad date of birth '1990-13-01' (1962-11-23,", rows[1].Warning, StringComparison.Ordinal);
        Assert.EndsWith("; screened without it)", rows[1].Warning, StringComparison.Ordinal);
        Assert.Equal("unknown type 'alien' (person, organization, vessel, aircraft; screened without it)", rows[2].Warning);
        Assert.Equal("unknown country 'Atlantis' (screened without it)", rows[3].Warning);
        Assert.Equal((Schema?)null, rows[2].Query!.Schema);
        Assert.Null(rows[1].Query!.BirthDate);
        Assert.True(rows[^1].IsValid);
        Assert.Equal(8, rows[^1].Line);
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7"], rows.Select(r => r.Id));

        static string Fragment(string error) =>
            new[] { "missing name", "fields where the header has", "after a closing quote" }.First(error.Contains);
    }

    [Fact]
    public void ReadRows_UnknownCountry_ScreensTheNameWithTheKnownCountries_AndWarns()
    {
        var rows = Read("id,name,type,country,nationality\n" +
                        "1,Ann Smith,person,Atlantis,\n" +
                        "2,Nicolas Maduro,person,VE;Atlantis|Narnia,Colombia\n" +
                        "3,Bob Jones,person,FR,\n");

        Assert.All(rows, r => Assert.True(r.IsValid));
        Assert.Equal(("Ann Smith", 0), (rows[0].Query!.Name, rows[0].Query!.Countries.Length));
        Assert.Equal("unknown country 'Atlantis' (screened without it)", rows[0].Warning);
        Assert.Equal(["VE", "CO"], rows[1].Query!.Countries.ToArray());
        Assert.Equal("unknown countries 'Atlantis', 'Narnia' (screened without them)", rows[1].Warning);
        Assert.Null(rows[2].Warning);
    }

    [Fact]
    public void ReadRows_UnterminatedQuote_IsOneBadRowAtItsStart()
    {
        var rows = Read("id,name\n1,Fine\n2,\"Never closed\n3,Swallowed\n");
        Assert.Equal(2, rows.Count);
        Assert.True(rows[0].IsValid);
        Assert.Equal(3, rows[1].Line);
        Assert.Contains("unterminated", rows[1].Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadRows_BlankLinesAndShortRows_AreSkippedAndPadded()
    {
        var rows = Read("name,id,country\n\nAnn Smith\n\n\nBob Jones,b-2\n");
        Assert.Equal(2, rows.Count);
        Assert.Equal((3L, "3"), (rows[0].Line, rows[0].Id));
        Assert.Equal((6L, "b-2"), (rows[1].Line, rows[1].Id));
        Assert.True(rows.All(r => r.IsValid && r.Query!.Countries.IsEmpty));
    }

    [Theory]
    [InlineData("name;type;country\nAnn Smith;person;FR\n", ';')]
    [InlineData("name\ttype\tcountry\nAnn Smith\tperson\tFR\n", '\t')]
    [InlineData("name,type,country\nAnn Smith,person,FR\n", ',')]
    public void Delimiter_IsDetectedFromTheHeader(string content, char expected)
    {
        using var folder = new TempFolder();
        using var reader = CsvBatchReader.Open(folder.Write("in.csv", content));
        Assert.Equal(expected, reader.Delimiter);
        var row = Assert.Single(reader.ReadRows());
        Assert.Equal(("Ann Smith", Schema.Person, "FR"), (row.Query!.Name, row.Query.Schema!.Value, row.Query.Countries.Single()));
    }

    [Fact]
    public void HeaderNames_AreCaseAndSpacingInsensitive_AndUnknownColumnsIgnored()
    {
        var row = Assert.Single(Read("Customer ID,Full Name,Date-Of-Birth,Segment\nx9,Ann Smith,1980,retail\n"));
        Assert.Equal("x9", row.Id);
        Assert.Equal("Ann Smith", row.Query!.Name);
        Assert.Equal(new PartialDate(1980), row.Query.BirthDate);
    }

    [Fact]
    public void Open_WithoutNameColumn_ThrowsNamingTheFile()
    {
        using var folder = new TempFolder();
        var path = folder.Write("in.csv", "id,customer\n1,Ann\n");
        var ex = Assert.Throws<BatchFileException>(() => CsvBatchReader.Open(path));
        Assert.Contains("in.csv", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'name'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_EmptyFile_Throws()
    {
        using var folder = new TempFolder();
        Assert.Throws<BatchFileException>(() => CsvBatchReader.Open(folder.Write("in.csv", string.Empty, bom: true)));
    }

    [Fact]
    public void Fraction_ReachesOneAtTheEnd()
    {
        using var folder = new TempFolder();
        using var reader = CsvBatchReader.Open(folder.Write("in.csv", "name\nA B\nC D\n"));
        Assert.Equal(2, reader.ReadRows().Count());
        Assert.Equal(1.0, reader.Fraction);
    }

    [Fact]
    public void ReadRows_Twice_Throws()
    {
        using var folder = new TempFolder();
        using var reader = CsvBatchReader.Open(folder.Write("in.csv", "name\nA B\n"));
        _ = reader.ReadRows().Count();
        Assert.Throws<InvalidOperationException>(() => reader.ReadRows());
    }
}
