using System.Text.Json.Serialization;
using Vigil.Model;

namespace Vigil.Storage.Store;

/// <summary>
/// Source-generated JSON contract for what the store writes. Enums are written by name so that adding a
/// member to a model enum never changes the meaning of stored rows.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SanctionsEntity))]
[JsonSerializable(typeof(Dictionary<string, int>))]
[JsonSerializable(typeof(string[]))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
