using System.Text.Json.Serialization;

namespace Vigil.Sources.OpenSanctions;

/// <summary>Source-generated JSON metadata for <see cref="FtmLine"/>: no reflection on the per-line hot path.</summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(FtmLine))]
internal sealed partial class FtmJsonContext : JsonSerializerContext;
