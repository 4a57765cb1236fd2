using System.Text.Json.Serialization;

namespace Vigil.Screening.Contracts;

/// <summary>Source-generated JSON for the contract: camelCase, no reflection at run time.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ScreeningResponse))]
[JsonSerializable(typeof(ResultDto))]
public sealed partial class ContractJson : JsonSerializerContext;
