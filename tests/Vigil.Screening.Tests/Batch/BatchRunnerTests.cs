using System.Globalization;
using Vigil.Matching.Screening;
using Vigil.Model;
using Vigil.Screening.Batch;

namespace Vigil.Screening.Tests.Batch;

public sealed class BatchRunnerTests(BundledListsFixture fixture) : IClassFixture<BundledListsFixture>
{
    private static readonly string[] Names =
    [
        "Ex-Cle Soluciones Biometricas", "Nicolas Maduro", "Владимир Путин", "Ann Smith", "Northbridge Logistics GmbH",
        "MADURO MOROS, Nicolas", "Trading Company", "Mohammad Ali", "Juan Guaidó", "Banco Central de Venezuela",
    ];

    private readonly Screener screener = fixture.Lists.Screener;

    // 250 rows; every seventh is bad. Small chunks and two workers force many hand-offs between threads.
    private static List<BatchRow> Rows()
    {
        var rows = new List<BatchRow>();
        for (var i = 0; i < 250; i++)
        {
            var id = i.ToString(CultureInfo.InvariantCulture);
            rows.Add(i % 7 == 3
                ? BatchRow.Invalid(i + 2, id, "missing name")
                : BatchRow.Valid(i + 2, id, new ScreeningQuery { Name = Names[i % Names.Length], Schema = i % 2 == 0 ? null : Schema.Person }));
        }

        return rows;
    }

    private static BatchOptions SmallChunks(bool matchesOnly = false) => new() { Workers = 2, ChunkSize = 3, ChunksPerWorker = 2, Limit = 4, MatchesOnly = matchesOnly };

    [Fact]
    public async Task RunAsync_WritesInInputOrder_WhatSequentialScreeningFinds()
    {
        var rows = Rows();
        var writer = new RecordingBatchWriter();
        var summary = await new BatchRunner(screener, SmallChunks()).RunAsync(new ListBatchReader(rows), writer);

        var valid = rows.Where(r => r.IsValid).ToList();
        Assert.Equal(valid.Select(r => r.Id), writer.Written.Select(w => w.Row.Id));
        foreach (var (row, hits) in writer.Written)
        {
            var expected = screener.Screen(row.Query!, 4);
            Assert.Equal(expected.Select(h => (h.Entity.Id, h.Score, h.IsMatch)), hits.Select(h => (h.Entity.Id, h.Score, h.IsMatch)));
        }

        Assert.Equal((250L, (long)valid.Count, 250L - valid.Count), (summary.RowsRead, summary.RowsScreened, summary.RowsSkipped));
        Assert.Equal(writer.Written.Sum(w => w.Hits.Count), summary.Hits);
        Assert.Equal(writer.Written.Sum(w => w.Hits.Count(h => h.IsMatch)), summary.Matches);
        Assert.Equal(writer.Written.Count(w => w.Hits.Any(h => h.IsMatch)), summary.RowsMatched);
        Assert.True(summary.Matches > 0);
        Assert.Equal(2, summary.Workers);
        Assert.True(writer.Flushes >= 1);
    }

    [Fact]
    public async Task RunAsync_BadRows_AreReportedInOrderWithLines_AndSkipped()
    {
        var rows = Rows();
        var errors = new SyncProgress<BatchRowError>();
        var summary = await new BatchRunner(screener, SmallChunks()).RunAsync(new ListBatchReader(rows), new RecordingBatchWriter(), errors: errors);

        var bad = rows.Where(r => !r.IsValid).Select(r => r.Line).ToList();
        Assert.Equal(bad, errors.Reports.Select(e => e.Line));
        Assert.Equal(bad, summary.Errors.Select(e => e.Line));
        Assert.All(summary.Errors, e => Assert.Equal("missing name", e.Message));
        Assert.Equal("line 5: missing name", summary.Errors[0].ToString());
    }

    [Fact]
    public async Task RunAsync_RowsWithWarnings_AreScreenedWritten_AndReportedInOrderWithLines()
    {
        var rows = Rows().Select(r => r.IsValid && r.Line % 5 == 0 ? r with { Warning = "unknown country 'Atlantis' (screened without it)" } : r).ToList();
        var writer = new RecordingBatchWriter();
        var warnings = new SyncProgress<BatchRowWarning>();
        var errors = new SyncProgress<BatchRowError>();

        var summary = await new BatchRunner(screener, SmallChunks()).RunAsync(new ListBatchReader(rows), writer, errors: errors, warnings: warnings);

        var warned = rows.Where(r => r.Warning is not null).Select(r => r.Line).ToList();
        Assert.NotEmpty(warned);
        Assert.Equal(warned, warnings.Reports.Select(w => w.Line));
        Assert.Equal(warned, summary.Warnings.Select(w => w.Line));
        Assert.Equal(warned.Count, summary.RowsWithWarnings);
        Assert.Equal(rows.Where(r => r.IsValid).Select(r => r.Id), writer.Written.Select(w => w.Row.Id));
        Assert.Equal(rows.Count(r => !r.IsValid), summary.RowsSkipped);
        Assert.DoesNotContain(errors.Reports, e => warned.Contains(e.Line));
        Assert.Equal("line 10: unknown country 'Atlantis' (screened without it)", summary.Warnings[0].ToString());
    }

    [Fact]
    public async Task RunAsync_UnknownCountryInAFile_ScreensTheCustomerOnTheName()
    {
        using var folder = new TempFolder();
        using var reader = BatchReader.Open(folder.Write("in.csv", "id,name,type,country\n1,Nicolas Maduro,person,Atlantis\n2,Nicolas Maduro,person,\n"));
        var writer = new RecordingBatchWriter();

        var summary = await new BatchRunner(screener, new BatchOptions { Workers = 1, MatchesOnly = true }).RunAsync(reader, writer);

        Assert.Equal((2L, 0L, 1L), (summary.RowsScreened, summary.RowsSkipped, summary.RowsWithWarnings));
        Assert.Equal((2L, "unknown country 'Atlantis' (screened without it)"), (summary.Warnings[0].Line, summary.Warnings[0].Message));
        var withoutCountry = writer.Written[1].Hits.Select(h => (h.Entity.Id, h.Score));
        Assert.Equal(withoutCountry, writer.Written[0].Hits.Select(h => (h.Entity.Id, h.Score)));
        Assert.Contains("ofac-sdn:22790", writer.Written[0].Hits.Select(h => h.Entity.Id));
    }

    [Fact]
    public async Task RunAsync_MatchesOnly_WritesOnlyMatches()
    {
        var writer = new RecordingBatchWriter();
        var summary = await new BatchRunner(screener, SmallChunks(matchesOnly: true)).RunAsync(new ListBatchReader(Rows()), writer);
        Assert.All(writer.Written.SelectMany(w => w.Hits), h => Assert.True(h.IsMatch));
        Assert.Equal(summary.Matches, summary.Hits);
        Assert.True(summary.Hits > 0);
    }

    [Fact]
    public async Task RunAsync_Threshold_DecidesMatch()
    {
        var rows = new List<BatchRow> { BatchRow.Valid(2, "1", ScreeningQuery.ForName("Nicolas Maduro", Schema.Person)) };
        var strict = new RecordingBatchWriter();
        await new BatchRunner(screener, new BatchOptions { Threshold = 1.0 }).RunAsync(new ListBatchReader(rows), strict);
        Assert.DoesNotContain(strict.Written.SelectMany(w => w.Hits), h => h.IsMatch);
    }

    [Fact]
    public async Task RunAsync_ReportsFinalProgress_WithTotals()
    {
        var progress = new SyncProgress<BatchProgress>();
        var summary = await new BatchRunner(screener, SmallChunks()).RunAsync(new ListBatchReader(Rows()), new RecordingBatchWriter(), progress);
        var last = progress.Reports[^1];
        Assert.Equal((summary.RowsScreened, summary.RowsSkipped, summary.Hits, summary.Matches), (last.RowsScreened, last.RowsSkipped, last.Hits, last.Matches));
        Assert.Equal(summary.RowsRead, last.RowsRead);
    }

    [Fact]
    public async Task RunAsync_ReaderFailsMidway_ThrowsItsError_AfterWritingWhatWasRead()
    {
        var rows = Rows().Take(40).ToList();
        var writer = new RecordingBatchWriter();
        var runner = new BatchRunner(screener, SmallChunks());
        var ex = await Assert.ThrowsAsync<IOException>(() => runner.RunAsync(new ListBatchReader(rows, new IOException("disk gone")), writer));
        Assert.Equal("disk gone", ex.Message);
        Assert.Equal(rows.Count(r => r.IsValid), writer.Written.Count);
    }

    [Fact]
    public async Task RunAsync_Cancelled_Throws()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();
        var runner = new BatchRunner(screener, SmallChunks());
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => runner.RunAsync(new ListBatchReader(Rows()), new RecordingBatchWriter(), cancellationToken: cancel.Token));
    }

    [Fact]
    public async Task RunAsync_EmptyInput_WritesNothing()
    {
        var summary = await new BatchRunner(screener).RunAsync(new ListBatchReader([]), new RecordingBatchWriter());
        Assert.Equal((0L, 0L, 0L), (summary.RowsRead, summary.Hits, summary.Matches));
    }

    [Fact]
    public async Task RunAsync_CsvFileToCsvFile_EndToEnd()
    {
        using var folder = new TempFolder();
        var input = folder.Write("in.csv", "id,name,type\r\na,Ex-Cle Soluciones Biometricas,\r\nb,,person\r\nc,\"Maduro Moros, Nicolas\",person\r\n", bom: true);
        var output = folder.File("out.csv");
        BatchSummary summary;
        using (var reader = BatchReader.Open(input))
        using (var writer = BatchWriter.Create(output))
        {
            summary = await new BatchRunner(screener, new BatchOptions { MatchesOnly = true }).RunAsync(reader, writer);
        }

        var lines = File.ReadAllLines(output);
        Assert.Equal((3L, 1L), (summary.RowsRead, summary.RowsSkipped));
        Assert.Equal(3, summary.Errors[0].Line);
        Assert.StartsWith("a,Ex-Cle Soluciones Biometricas,ofac-sdn:30421,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("c,\"Maduro Moros, Nicolas\",ofac-sdn:22790,", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Options_OutOfRange_AreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BatchRunner(screener, new BatchOptions { Limit = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BatchRunner(screener, new BatchOptions { Threshold = 1.5 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BatchRunner(screener, new BatchOptions { Workers = 0 }));
    }
}
