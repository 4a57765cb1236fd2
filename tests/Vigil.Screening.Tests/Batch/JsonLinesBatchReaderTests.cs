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
                        "{\"name\": \"Bob\", \"type\": \"robot\"}\r\n" + // line 7: unknown type
                        "{\"name\": \"Bob Jones\"}", bom: true);  // line 8, no final newline
        Assert.Equal(7, rows.Count);
        Assert.Equal([1L, 2, 4, 5, 6, 7, 8], rows.Select(r => r.Line));
        Assert.Equal([true, false, false, false, false, false, true], rows.Select(r => r.IsValid));
        Assert.StartsWith("unparsable JSON", rows[1].Error, StringComparison.Ordinal);
        Assert.Contains("expected a JSON object", rows[2].Error, StringComparison.Ordinal);
        Assert.Contains("'name' must be a string", rows[3].Error, StringComparison.Ordinal);
        Assert.Equal(("x", "missing name"), (rows[4].Id, rows[4].Error));
        Assert.Contains("unknown type 'robot'", rows[5].Error, StringComparison.Ordinal);
    }
}
