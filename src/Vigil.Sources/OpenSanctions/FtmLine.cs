using System.Text.Json.Serialization;

namespace Vigil.Sources.OpenSanctions;

/// <summary>The JSON shape of one FollowTheMoney line, as deserialised; <see cref="FtmReader"/> turns it into an <see cref="FtmRecord"/>.</summary>
internal sealed class FtmLine
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("schema")]
    public string? Schema { get; init; }

    [JsonPropertyName("caption")]
    public string? Caption { get; init; }

    [JsonPropertyName("properties")]
    public IReadOnlyDictionary<string, IReadOnlyList<string?>?>? Properties { get; init; }

    [JsonPropertyName("datasets")]
    public IReadOnlyList<string?>? Datasets { get; init; }

    [JsonPropertyName("referents")]
    public IReadOnlyList<string?>? Referents { get; init; }

    [JsonPropertyName("target")]
    public bool? Target { get; init; }

    [JsonPropertyName("first_seen")]
    public string? FirstSeen { get; init; }

    [JsonPropertyName("last_seen")]
    public string? LastSeen { get; init; }

    [JsonPropertyName("last_change")]
    public string? LastChange { get; init; }
}
