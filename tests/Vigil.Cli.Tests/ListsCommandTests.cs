using System.Text.Json;

namespace Vigil.Cli.Tests;

public sealed class ListsCommandTests
{
    [Fact]
    public void ListsJson_DescribesEveryBundledList()
    {
        var result = Cli.Run("lists", "--json");
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        var lists = doc.RootElement.GetProperty("lists").EnumerateArray().ToList();
        Assert.Equal(["ofac-cons", "ofac-sdn", "un-sc"], lists.Select(l => l.GetProperty("source").GetString()).Order(StringComparer.Ordinal));
        Assert.All(lists, l => Assert.True(l.GetProperty("entities").GetInt32() > 0));
        Assert.True(doc.RootElement.GetProperty("indexMilliseconds").GetDouble() >= 0);
    }
}
