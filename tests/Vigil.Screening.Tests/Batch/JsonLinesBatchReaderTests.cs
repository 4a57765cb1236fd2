using Vigil.Model;
using Vigil.Screening.Batch;

namespace Vigil.Screening.Tests.Batch;

public sealed class JsonLinesBatchReaderTests
{
    private static List<BatchRow> Read(string content, bool bom = false)
    {
        using var folder = new TempFolder();
        using var reader = BatchReader.Open(folder.Write("in.jsonl", content, bom));
        Assert.IsType<JsonLinesBatchReader>(reader);
        return [.. reader.ReadRows()];
    }

    [Fact]
    public void ReadRows_NameInParts_ScreensThemTogetherAsAPerson()
    {
        var row = Assert.Single(Read("{\"id\": 7, \"given_name\": \"Nicolas\", \"surname\": \"Maduro\", \"dob\": \"1962\"}\n"));
        Assert.Equal(("Nicolas Maduro", Schema.Person), (row.Query!.Name, row.Query!.Schema));
    }

    [Fact]
    public void JsonLines_Windows1252File_StopsUnlessTheEncodingIsNamed()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("in.jsonl", [.. "{\"id\":\"1\",\"name\":\"Jos"u8, 0xE9, .. " Garc"u8, 0xED, .. "a\"}\n"u8]);
        var ex = Assert.Throws<BatchFileException>(() => JsonLinesBatchReader.Open(path));
        Assert.Contains("line 1 holds byte 0xE9", ex.Message, StringComparison.Ordinal);

        Assert.True(Vigil.Screening.Input.InputEncoding.TryNamed("windows-1252", out var encoding));
        using var reader = JsonLinesBatchReader.Open(path, encoding);
        Assert.Equal("José García", Assert.Single(reader.ReadRows()).Query!.Name);
    }

    [Fact]
    public void ReadRows_Objects_MapLikeCsvColumns()
    {
        var rows = Read("""
            {"id": 17, "name": "Nicolas Maduro", "type": "person", "dob": "1962", "country": ["VE", "Colombia"], "passport": "P1", "extra": {"a": 1}}
            {"name": "Ex-Cle Soluciones Biometricas", "country": "VE", "tax_id": 12345}
            """);
        Assert.Equal(2, rows.Count);
        Assert.Equal(("17", 1L), (rows[0].Id, rows[0].Line));
        Assert.Equal(Schema.Person, rows[0].Query!.Schema);
        Assert.Equal(new PartialDate(1962), rows[0].Query!.BirthDate);
        Assert.Equal(["VE", "CO"], rows[0].Query!.Countries.ToArray());
        Assert.Equal(IdentifierType.Passport, Assert.Single(rows[0].Query!.Identifiers).Type);
        Assert.Equal(("2", "12345"), (rows[1].Id, Assert.Single(rows[1].Query!.Identifiers).Value));
    }

    [Fact]
    public void ReadRows_BadLines_AreReportedWithLineNumbers_AndReadingGoesOn()
    {
        var rows = Read("{\"name\": \"Ann Smith\"}\r\n" +
                        "{\"name\": \"Ann\r\n" +              // line 2: unparsable
                        "\r\n" +                              // line 3: blank, skipped
                        "[1, 2]\r\n" +                        // line 4: not an object
                        "{\"name\": true}\r\n" +              // line 5: wrong value type
                        "{\"id\": \"x\", \"dob\": \"1990\"}\r\n" + // line 6: missing name
                        "{\"name\": \"Bob\", \"type\": \"robot\"}\r\n" + // line 7: unknown type, screened without it
                        "{\"name\": \"Bob Jones\"}", bom: true);  // line 8, no final newline
        Assert.Equal(7, rows.Count);
        Assert.Equal([1L, 2, 4, 5, 6, 7, 8], rows.Select(r => r.Line));
        Assert.Equal([true, false, false, false, false, true, true], rows.Select(r => r.IsValid));
        Assert.StartsWith("unparsable JSON", rows[1].Error, StringComparison.Ordinal);
        Assert.Contains("expected a JSON object", rows[2].Error, StringComparison.Ordinal);
        Assert.Contains("'name' must be a string", rows[3].Error, StringComparison.Ordinal);
        Assert.Equal(("x", "missing name"), (rows[4].Id, rows[4].Error));
        Assert.Contains("unknown type 'robot'", rows[5].Warning, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadRows_UnknownCountry_ScreensTheNameAndWarns()
    {
        var rows = Read("""
            {"id": "a", "name": "Ann Smith", "country": ["Atlantis", "FR", " "]}
            {"id": "b", "name": "Bob Jones", "nationality": "Narnia"}
            """);

        Assert.Equal(["FR"], rows[0].Query!.Countries.ToArray());
        Assert.Equal((1L, "unknown country 'Atlantis' (screened without it)"), (rows[0].Line, rows[0].Warning));
        Assert.True(rows[1].IsValid);
        Assert.Equal((2L, "unknown country 'Narnia' (screened without it)"), (rows[1].Line, rows[1].Warning));
    }

    [Theory]
    [InlineData("name,id,type,dob,country,passport,bic", "Nicolas Maduro,c1,person,1962-11-23,VE;Colombia,P1,", """{"name": "Nicolas Maduro", "id": "c1", "type": "person", "dob": "1962-11-23", "country": "VE;Colombia", "passport": "P1", "bic": ""}""")]
    [InlineData("full_name,customer_id,schema,date_of_birth,nationality", "Ann Smith,7,entity,1990,Atlantis", """{"full_name": "Ann Smith", "customer_id": 7, "schema": "entity", "date_of_birth": "1990", "nationality": ["Atlantis"]}""")]
    [InlineData("name,dob", ",1990", """{"name": "", "dob": "1990"}""")]
    [InlineData("name,dob", "Ann Smith,1990-13", """{"name": "Ann Smith", "dob": "1990-13"}""")]
    [InlineData("name,type", "Ann Smith,alien", """{"name": "Ann Smith", "type": "alien"}""")]
    [InlineData("name,name", "First,Second", """{"name": "First", "name": "Second"}""")]
    public void ReadRows_SameRowAsCsvAndAsJson_ReadsTheSame(string header, string csvRow, string jsonRow)
    {
        using var folder = new TempFolder();
        using var csv = BatchReader.Open(folder.Write("in.csv", header + "\n" + csvRow + "\n"));
        using var json = BatchReader.Open(folder.Write("in.jsonl", jsonRow + "\n"));

        var fromCsv = Assert.Single(csv.ReadRows());
        var fromJson = Assert.Single(json.ReadRows());

        // Lines differ (the CSV has a header); so does the id a row without one gets, its line number.
        Assert.Equal(Describe(fromCsv with { Line = 0, Id = fromCsv.Id == "2" ? "1" : fromCsv.Id }), Describe(fromJson with { Line = 0 }));
    }

    private static string Describe(BatchRow row) =>
        $"{row.Id}|{row.Error}|{row.Warning}|{row.Query?.Name}|{row.Query?.Schema}|{row.Query?.BirthDate}|{string.Join(";", row.Query?.Countries ?? [])}|{string.Join(";", row.Query?.Identifiers.Select(i => $"{i.Type}={i.Value}") ?? [])}";

    [Fact]
    public void ReadRows_Twice_Throws()
    {
        using var folder = new TempFolder();
        using var reader = JsonLinesBatchReader.Open(folder.Write("in.jsonl", "{\"name\": \"A B\"}\n"));
        _ = reader.ReadRows().Count();
        Assert.Throws<InvalidOperationException>(() => reader.ReadRows());
    }
}
