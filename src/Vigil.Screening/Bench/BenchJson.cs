using System.Text.Json.Serialization;

namespace Vigil.Screening.Bench;

/// <summary>Source-generated JSON for <see cref="BenchReport"/>: camelCase, indented, enums as names.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(BenchReport))]
public sealed partial class BenchJson : JsonSerializerContext;
