using System.Text.Json;
using System.Text.Json.Serialization;
using Vigil.Screening.Contracts;
using Vigil.Server.Entities;
using Vigil.Server.Keys;
using Vigil.Server.Lists;
using Vigil.Screening.Payments;
using Vigil.Server.Matching;
using Vigil.Server.Payments;
using Vigil.Server.TextScreening;

namespace Vigil.Server.Json;

/// <summary>Source-generated JSON for every request and answer of the API: camelCase, as the CLI's contract.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ScreeningResponse))]
[JsonSerializable(typeof(MatchRequest))]
[JsonSerializable(typeof(MatchResponse))]
[JsonSerializable(typeof(EntityDocument))]
[JsonSerializable(typeof(ListsResponse))]
[JsonSerializable(typeof(VersionsResponse))]
[JsonSerializable(typeof(ListDiffDto))]
[JsonSerializable(typeof(ListUpdateDto))]
[JsonSerializable(typeof(TextScreeningRequest))]
[JsonSerializable(typeof(TextScreeningResponse))]
[JsonSerializable(typeof(PaymentScreeningRequest))]
[JsonSerializable(typeof(PaymentScreeningResponse))]
[JsonSerializable(typeof(KeysResponse))]
[JsonSerializable(typeof(CreateKeyRequest))]
[JsonSerializable(typeof(CreatedKeyDto))]
internal sealed partial class ServerJson : JsonSerializerContext;
