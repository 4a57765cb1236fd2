using System.Text.Json.Serialization;

namespace Vigil.Screening.Text;

/// <summary>Source-generated JSON for the text screening contract: camelCase, no reflection at run time.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(TextScreeningResponse))]
public sealed partial class TextJson : JsonSerializerContext;
