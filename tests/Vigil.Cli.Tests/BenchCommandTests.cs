using System.Text.Json;

namespace Vigil.Cli.Tests;

public sealed class BenchCommandTests
{
    [Fact]
    public void BenchJson_SmallRun_PrintsOneDocumentWithEveryFigure()
    {
        var result = Cli.Run("bench", "--customers", "100", "--scale", "1", "--cold-start-runs", "0", "--json");
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        var root = doc.RootElement;
        Assert.Equal(100, root.GetProperty("customers").GetInt32());
        Assert.Equal(10, root.GetProperty("listedCustomers").GetInt32());
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
    public void Bench_BadOption_ExitsTwo(string option, string value)
    {
        var result = Cli.Run("bench", option, value, "--cold-start-runs", "0");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(option, Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}
