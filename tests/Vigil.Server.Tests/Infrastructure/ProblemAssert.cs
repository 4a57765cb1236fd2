using System.Net;
using System.Text.Json;

namespace Vigil.Server.Tests.Infrastructure;

/// <summary>Checks that an answer is RFC 9457 Problem Details and tells nothing of the server's insides.</summary>
internal static class ProblemAssert
{
    public static async Task<JsonElement> IsProblem(HttpResponseMessage response, HttpStatusCode status, params string[] mustNotContain)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)status, json.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("title").GetString()));
        Assert.StartsWith("https://", json.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.True(json.TryGetProperty("traceId", out _));
        Assert.False(json.TryGetProperty("exception", out _));
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs:line", body, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.GetTempPath(), body, StringComparison.Ordinal);
        foreach (var text in mustNotContain)
        {
            Assert.DoesNotContain(text, body, StringComparison.Ordinal);
        }

        return json;
    }
}
