using System.Text.Json.Serialization;

namespace Vigil.Screening.Payments;

/// <summary>Source-generated JSON for the payment screening contract: camelCase, no reflection at run time.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(PaymentScreeningResponse))]
public sealed partial class PaymentJson : JsonSerializerContext;
