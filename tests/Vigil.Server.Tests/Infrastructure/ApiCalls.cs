using System.Net.Http.Headers;
using System.Text.Json;

namespace Vigil.Server.Tests.Infrastructure;

/// <summary>The calls the list tests repeat: search, the lists, an import.</summary>
internal static class ApiCalls
{
    /// <summary>The id of the best match for a name, or null when nothing reaches the threshold.</summary>
    public static async Task<string?> BestMatchAsync(HttpClient client, string name)
    {
        var json = JsonDocument.Parse(await client.GetStringAsync("/v1/search?name=" + Uri.EscapeDataString(name))).RootElement;
        var results = json.GetProperty("results");
        return results.GetArrayLength() > 0 && results[0].GetProperty("match").GetBoolean() ? results[0].GetProperty("id").GetString() : null;
    }

    /// <summary>The entry of one source in <c>GET /v1/lists</c>.</summary>
    public static async Task<JsonElement> ListAsync(HttpClient client, string source)
    {
        var json = JsonDocument.Parse(await client.GetStringAsync("/v1/lists")).RootElement;
        return json.GetProperty("lists").EnumerateArray().Single(l => l.GetProperty("source").GetString() == source).Clone();
    }

    /// <summary>Posts a body to the import endpoint.</summary>
    public static Task<HttpResponseMessage> ImportAsync(HttpClient client, string source, byte[] body, string contentType = "application/xml", string query = "")
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return client.PostAsync($"/v1/lists/{source}/import{query}", content);
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
}
