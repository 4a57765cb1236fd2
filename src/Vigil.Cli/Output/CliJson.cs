using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Vigil.Screening.Contracts;
using Vigil.Screening.Payments;
using Vigil.Screening.Text;

namespace Vigil.Cli.Output;

/// <summary>
/// The JSON the CLI prints: indented, and names in any script written as text ("Nicolás", "Путин"), not as \u
/// escapes. It goes to a terminal or a file, never into HTML, where the escapes would matter.
/// </summary>
internal static class CliJson
{
    // The contracts' own options (camelCase, nulls written) with the readable encoder.
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = JsonTypeInfoResolver.Combine(ContractJson.Default, TextJson.Default, PaymentJson.Default),
    };

    private static readonly JsonSerializerOptions NodeOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>A contract document (screening, text or payment response).</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T)));

    /// <summary>A document built as nodes.</summary>
    public static string SerializeNode(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.ToJsonString(NodeOptions);
    }
}
