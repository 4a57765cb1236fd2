using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Vigil.Screening.Bench;

/// <summary>Source-generated JSON for <see cref="BenchReport"/>: camelCase, indented, enums as names.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(BenchReport))]
public sealed partial class BenchJson : JsonSerializerContext
{
    // The report is read by people and tools, never embedded in HTML: "µs" and "<=" are written as text, not escaped.
    private static readonly Lazy<BenchJson> Readable = new(() => new BenchJson(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    }));

    /// <summary>The report as one indented JSON document.</summary>
    public static string Serialize(BenchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonSerializer.Serialize(report, Readable.Value.BenchReport);
    }
}
