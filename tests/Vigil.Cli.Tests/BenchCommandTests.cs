using System.Text.Json;

namespace Vigil.Cli.Tests;

public sealed class BenchCommandTests
{
    [Fact]
    public void BenchJson_SmallRun_PrintsOneDocumentWithEveryFigure()
    {
        var result = Cli.Run("bench", "--customers", "100", "--scale", "1", "--cold-start-runs", "0", "--warmup", "50", "--json");
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        var root = doc.RootElement;
        Assert.Equal(100, root.GetProperty("customers").GetInt32());
        Assert.Equal(10, root.GetProperty("listedCustomers").GetInt32());
        Assert.Equal(50, root.GetProperty("warmupQueries").GetInt32());
        Assert.Equal(3, root.GetProperty("singleQueryPasses").GetArrayLength());
        Assert.Equal(100, root.GetProperty("sameQueryAgain").GetProperty("count").GetInt32());
        foreach (var property in new[] { "singleQuery", "batch", "recall", "bruteForce", "byTokenCount", "scaling", "targets", "environment", "lists" })
        {
            Assert.True(root.TryGetProperty(property, out _), property);
        }

        Assert.Equal(JsonValueKind.Null, root.GetProperty("coldStart").ValueKind);
        Assert.All(result.ErrorLines, l => Assert.StartsWith("bench: ", l, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--scale", "1,x")]
    [InlineData("--scale", "0")]
    [InlineData("--customers", "1")]
    [InlineData("--warmup", "-1")]
    [InlineData("--passes", "0")]
    [InlineData("--passes", "26")]
    public void Bench_BadOption_ExitsTwo(string option, string value)
    {
        var result = Cli.Run("bench", option, value, "--cold-start-runs", "0");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(option, Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void WriteCustomers_ThenBatch_ScreensEveryRowAndFindsTheListedOnes()
    {
        using var folder = new TempFolder();
        var customers = folder.PathOf("customers.csv");
        var write = Cli.Run("bench", "--customers", "200", "--seed", "3", "--write-customers", customers);
        Assert.True(write.ExitCode == 0, write.Error);
        Assert.Empty(write.Out);
        Assert.Contains("wrote 200 customers (20 perturbed listed names, seed 3)", write.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(customers + ".partial"));

        var results = folder.PathOf("results.jsonl");
        var batch = Cli.Run("batch", "--input", customers, "--output", results);
        Assert.True(batch.ExitCode == 0, batch.Error);
        Assert.Contains("listed_id, perturbation", batch.Error + batch.Out, StringComparison.Ordinal);

        // Most perturbed listed names come back as their listed entity (the bench's top-hit recall is about 92 %).
        var listed = File.ReadLines(customers).Skip(1).Select(l => l.Split(',')).Where(f => f[^2].Length > 0).ToDictionary(f => f[0], f => f[^2]);
        var found = File.ReadLines(results).Select(l => JsonDocument.Parse(l).RootElement).Select(r => (Row: r.GetProperty("inputId").GetString()!, Entity: r.GetProperty("entityId").GetString()))
            .Where(h => listed.TryGetValue(h.Row, out var id) && h.Entity == id).Select(h => h.Row).Distinct().Count();
        Assert.InRange(found, 16, 20);
    }

    [Fact]
    public void WriteCustomers_MissingFolder_ExitsTwo()
    {
        var result = Cli.Run("bench", "--customers", "20", "--write-customers", "/no/such/folder/customers.csv");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--write-customers", result.Error, StringComparison.Ordinal);
    }
}
