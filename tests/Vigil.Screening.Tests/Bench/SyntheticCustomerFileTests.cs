using System.Text;
using Vigil.Screening.Batch;
using Vigil.Screening.Bench;

namespace Vigil.Screening.Tests.Bench;

public sealed class SyntheticCustomerFileTests(BundledListsFixture fixture) : IClassFixture<BundledListsFixture>
{
    [Fact]
    public void Write_ReadBackByBatch_ScreensTheSameQueries()
    {
        var customers = SyntheticCustomers.Generate(fixture.Lists.Screener.Entities, 2000, seed: 11);
        using var file = new MemoryStream();
        SyntheticCustomerFile.Write(file, customers);
        file.Position = 0;

        using var reader = new CsvBatchReader(file, "customers.csv");
        var rows = reader.ReadRows().ToList();

        Assert.Equal(["listed_id", "perturbation"], reader.IgnoredColumns);
        Assert.Equal(customers.Length, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var expected = customers[i].Query;
            var row = rows[i];
            Assert.True(row.Query is not null, $"row {i + 1}: {row.Error}");
            Assert.Null(row.Warning);
            Assert.Equal((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), row.Id);
            Assert.Equal(expected.Name, row.Query.Name);
            Assert.Equal(expected.Schema, row.Query.Schema);
            Assert.Equal(expected.BirthDate, row.Query.BirthDate);
            Assert.Equal(string.Join(";", expected.Countries), string.Join(";", row.Query.Countries));
        }
    }

    [Fact]
    public void Write_ListedRows_NameTheirSourceAndPerturbation()
    {
        var customers = SyntheticCustomers.Generate(fixture.Lists.Screener.Entities, 100, seed: 5);
        using var file = new MemoryStream();
        SyntheticCustomerFile.Write(file, customers);
        var lines = Encoding.UTF8.GetString(file.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("id,name,type,dob,country,listed_id,perturbation", lines[0]);
        Assert.Equal(101, lines.Length);
        var listed = customers.Select((c, i) => (c, i)).Where(t => t.c.IsListed).ToList();
        Assert.Equal(10, listed.Count);
        Assert.All(listed, t => Assert.EndsWith($",{t.c.SourceEntityId},{t.c.Perturbation}", lines[t.i + 1], StringComparison.Ordinal));
        Assert.All(customers.Select((c, i) => (c, i)).Where(t => !t.c.IsListed), t => Assert.EndsWith(",,", lines[t.i + 1], StringComparison.Ordinal));
    }
}
