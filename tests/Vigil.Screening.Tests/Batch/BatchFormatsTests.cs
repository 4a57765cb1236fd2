using Vigil.Screening.Batch;

namespace Vigil.Screening.Tests.Batch;

public sealed class BatchFormatsTests
{
    [Theory]
    [InlineData("customers.csv", BatchFormat.Csv)]
    [InlineData("customers.CSV", BatchFormat.Csv)]
    [InlineData("customers.txt", BatchFormat.Csv)]
    [InlineData("customers.jsonl", BatchFormat.JsonLines)]
    [InlineData("customers.NDJSON", BatchFormat.JsonLines)]
    public void FromPath_UsesTheExtension(string path, BatchFormat expected) => Assert.Equal(expected, BatchFormats.FromPath(path));

    [Theory]
    [InlineData("csv", true, BatchFormat.Csv)]
    [InlineData("JSONL", true, BatchFormat.JsonLines)]
    [InlineData("xml", false, BatchFormat.Csv)]
    [InlineData(null, false, BatchFormat.Csv)]
    public void TryParse_KnowsCsvAndJsonl(string? text, bool ok, BatchFormat expected)
    {
        Assert.Equal(ok, BatchFormats.TryParse(text, out var format));
        Assert.Equal(expected, format);
    }
}
