using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Vigil.Evaluation.Reports;

/// <summary>
/// Writes a report as one JSON document: camelCase names, enums as strings, the report's own fields at the top
/// level starting with <c>evaluation</c>, <c>precision</c>, <c>recall</c> and <c>f1</c> (null where undefined).
/// </summary>
public static class ReportJson
{
    /// <summary>The serializer settings.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,

        // The document goes to a terminal or a file, never into HTML: keep names readable ("O'Brien", Arabic script).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>The report as JSON text.</summary>
    public static string Serialize(IEvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonSerializer.Serialize(report, report.GetType(), Options);
    }
}
