using System.Text.Json;
using Vigil.Matching.Screening;
using Vigil.Model;
using Vigil.Screening.Batch;

namespace Vigil.Screening.Tests.Batch;

public sealed class BatchWriterTests(BundledListsFixture fixture) : IClassFixture<BundledListsFixture>
{
    private readonly Screener screener = fixture.Lists.Screener;

    [Fact]
    public void CsvWriter_WritesHeaderAndOneQuotedRowPerHit()
    {
        var query = ScreeningQuery.ForName("Nicolas Maduro", Schema.Person);
        var hits = screener.Screen(query, 3);
        using var folder = new TempFolder();
        var path = folder.File("out.csv");
        using (var writer = BatchWriter.Create(path))
        {
            writer.Write(BatchRow.Valid(2, "c,1", query), hits);
            writer.Write(BatchRow.Valid(3, "c2", query), []);
        }

        var lines = File.ReadAllLines(path);
        Assert.Equal("input_id,input_name,entity_id,entity_name,matched_name,schema,score,match,programs,explanation", lines[0]);
        Assert.Equal(1 + hits.Count, lines.Length);
        Assert.StartsWith("\"c,1\",Nicolas Maduro,ofac-sdn:22790,\"MADURO MOROS, Nicolas\",", lines[1], StringComparison.Ordinal);
        Assert.Contains(",Person,", lines[1], StringComparison.Ordinal);
        Assert.Contains(",true,", lines[1], StringComparison.Ordinal);
        Assert.Contains("VENEZUELA", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain('\uFEFF', File.ReadAllText(path));
    }

    [Fact]
    public void CsvWriter_Output_ReadsBackThroughTheCsvParser()
    {
        var query = ScreeningQuery.ForName("Ex-Cle Soluciones Biometricas");
        var hits = screener.Screen(query, 5);
        using var folder = new TempFolder();
        var path = folder.File("out.csv");
        using (var writer = BatchWriter.Create(path))
        {
            writer.Write(BatchRow.Valid(2, "id \"quoted\"", query), hits);
        }

        using var text = File.OpenText(path);
        var records = new CsvRecordReader(text);
        Assert.True(records.TryRead(out var header));
        var rows = new List<CsvRecord>();
        while (records.TryRead(out var record))
        {
            rows.Add(record);
        }

        Assert.Equal(hits.Count, rows.Count);
        Assert.All(rows, r => Assert.Equal((header.Fields.Length, (string?)null), (r.Fields.Length, r.Error)));
        Assert.Equal("id \"quoted\"", rows[0].Fields[0]);
        Assert.Equal(hits.Select(h => h.Entity.Id), rows.Select(r => r.Fields[2]));
        Assert.Equal(hits[0].Explanation.Summary, rows[0].Fields[9]);
    }

    [Fact]
    public void JsonLinesWriter_WritesOneObjectPerHitPerLine()
    {
        var query = ScreeningQuery.ForName("Nicolás Maduro");
        var hits = screener.Screen(query, 2);
        using var folder = new TempFolder();
        var path = folder.File("out.jsonl");
        using (var writer = BatchWriter.Create(path))
        {
            Assert.IsType<JsonLinesBatchWriter>(writer);
            writer.Write(BatchRow.Valid(2, "7", query), hits);
        }

        var lines = File.ReadAllLines(path);
        Assert.Equal(hits.Count, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        var root = first.RootElement;
        Assert.Equal("7", root.GetProperty("inputId").GetString());
        Assert.Equal("Nicolás Maduro", root.GetProperty("inputName").GetString());
        Assert.Contains("Nicolás", lines[0], StringComparison.Ordinal);
        Assert.Equal("ofac-sdn:22790", root.GetProperty("entityId").GetString());
        Assert.Equal(JsonValueKind.Number, root.GetProperty("score").ValueKind);
        Assert.True(root.GetProperty("match").GetBoolean());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("programs").ValueKind);
        Assert.False(string.IsNullOrEmpty(root.GetProperty("explanation").GetString()));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")")]
    [InlineData("+1+cmd|' /C calc'!A0")]
    [InlineData("-2+3")]
    [InlineData("@SUM(1,2)")]
    [InlineData("\tTabbed")]
    [InlineData("\rReturn")]
    public void CsvWriter_CellsStartingLikeAFormula_GetALeadingApostrophe(string text)
    {
        var query = ScreeningQuery.ForName("Nicolas Maduro", Schema.Person);
        var hits = screener.Screen(query, 1);
        using var folder = new TempFolder();
        var path = folder.File("out.csv");
        using (var writer = BatchWriter.Create(path))
        {
            writer.Write(BatchRow.Valid(2, text, query with { Name = text }), hits);
            writer.Write(BatchRow.Valid(3, "plain", query), hits);
        }

        var rows = ReadBack(path);
        Assert.Equal(("'" + text, "'" + text), (rows[0].Fields[0], rows[0].Fields[1]));
        Assert.Equal(("plain", "Nicolas Maduro"), (rows[1].Fields[0], rows[1].Fields[1]));
        Assert.All(rows.SelectMany(r => r.Fields), f => Assert.False(f.Length > 0 && f[0] is '=' or '+' or '-' or '@' or '\t' or '\r', f));
    }

    [Fact]
    public void JsonLinesWriter_FormulaLikeText_IsWrittenAsIs()
    {
        var query = ScreeningQuery.ForName("=1+2");
        var hits = screener.Screen(ScreeningQuery.ForName("Nicolas Maduro", Schema.Person), 1);
        using var folder = new TempFolder();
        var path = folder.File("out.jsonl");
        using (var writer = BatchWriter.Create(path))
        {
            writer.Write(BatchRow.Valid(2, "-7", query), hits);
        }

        using var doc = JsonDocument.Parse(File.ReadAllLines(path)[0]);
        Assert.Equal(("-7", "=1+2"), (doc.RootElement.GetProperty("inputId").GetString(), doc.RootElement.GetProperty("inputName").GetString()));
    }

    private static List<CsvRecord> ReadBack(string path)
    {
        using var text = File.OpenText(path);
        var records = new CsvRecordReader(text);
        Assert.True(records.TryRead(out _));
        var rows = new List<CsvRecord>();
        while (records.TryRead(out var record))
        {
            Assert.Null(record.Error);
            rows.Add(record);
        }

        return rows;
    }
}
