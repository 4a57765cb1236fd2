using System.Collections;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Vigil.Model;

namespace Vigil.Storage.Store;

/// <summary>
/// The stored form of an entity: canonical JSON and the SHA-256 of its UTF-8 bytes. The same entity always
/// gives the same bytes (property order is fixed by the generated contract), so equal hashes mean equal entities
/// and a diff only opens the bodies whose hashes differ.
/// </summary>
internal static class EntityJson
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    private static readonly JsonTypeInfo<SanctionsEntity> EntityInfo =
        (JsonTypeInfo<SanctionsEntity>)Options.GetTypeInfo(typeof(SanctionsEntity));

    private static readonly JsonTypeInfo<Dictionary<string, int>> CountsInfo =
        (JsonTypeInfo<Dictionary<string, int>>)Options.GetTypeInfo(typeof(Dictionary<string, int>));

    /// <summary>Serialises and hashes one entity.</summary>
    public static EncodedEntity Encode(SanctionsEntity entity)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(entity, EntityInfo);
        return new EncodedEntity(entity.Id, entity.Schema, Convert.ToHexStringLower(SHA256.HashData(bytes)), Encoding.UTF8.GetString(bytes));
    }

    /// <summary>Reads an entity back from its stored body.</summary>
    public static SanctionsEntity Decode(string body)
    {
        var entity = JsonSerializer.Deserialize(body, EntityInfo) ?? throw new InvalidDataException("Stored entity body is JSON null.");

        // Empty lists are not written, and the generated reader sets a missing init-only member to default(T),
        // which for ImmutableArray is the unusable "default" array: restore the model's empty lists. This also
        // reads bodies stored before a list member was added to the model.
        return entity with
        {
            BirthDates = OrEmpty(entity.BirthDates),
            BirthPlaces = OrEmpty(entity.BirthPlaces),
            Nationalities = OrEmpty(entity.Nationalities),
            Citizenships = OrEmpty(entity.Citizenships),
            Countries = OrEmpty(entity.Countries),
            Addresses = OrEmpty(entity.Addresses),
            Identifiers = OrEmpty(entity.Identifiers),
            Programs = OrEmpty(entity.Programs),
            Titles = OrEmpty(entity.Titles),
            Links = OrEmpty(entity.Links),
        };
    }

    /// <summary>Writes per-schema counts as a small JSON object keyed by schema name.</summary>
    public static string EncodeCounts(IReadOnlyDictionary<Schema, int> counts)
    {
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (schema, count) in counts.OrderBy(p => p.Key))
        {
            byName[schema.ToString()] = count;
        }

        return JsonSerializer.Serialize(byName, CountsInfo);
    }

    /// <summary>Reads per-schema counts; unknown schema names (from a newer build) are skipped.</summary>
    public static SortedDictionary<Schema, int> DecodeCounts(string json)
    {
        var result = new SortedDictionary<Schema, int>();
        var byName = JsonSerializer.Deserialize(json, CountsInfo);
        if (byName is null)
        {
            return result;
        }

        foreach (var (name, count) in byName)
        {
            if (Enum.TryParse<Schema>(name, ignoreCase: false, out var schema))
            {
                result[schema] = count;
            }
        }

        return result;
    }

    private static ImmutableArray<T> OrEmpty<T>(ImmutableArray<T> values) => values.IsDefault ? [] : values;

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(StorageJsonContext.Default.Options)
        {
            TypeInfoResolver = StorageJsonContext.Default.WithAddedModifier(StoreOnlyData),

            // Bodies live in the database, never in HTML, so non-ASCII names (Cyrillic, Arabic) are kept
            // as themselves instead of \u escapes: smaller rows that read well in psql or sqlite3.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly();
        return options;
    }

    /// <summary>
    /// Leaves out what is derived (get-only members such as <c>PrimaryName</c>, <c>Identifier.Key</c>,
    /// <c>Address.Full</c>) and empty collections, so the stored form holds data only and stays stable
    /// when a derived member is added to the model.
    /// </summary>
    private static void StoreOnlyData(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        for (var i = typeInfo.Properties.Count - 1; i >= 0; i--)
        {
            var property = typeInfo.Properties[i];
            if (property.Set is null && property.AssociatedParameter is null)
            {
                typeInfo.Properties.RemoveAt(i);
            }
            else if (!property.IsRequired && typeof(IEnumerable).IsAssignableFrom(property.PropertyType) && property.PropertyType != typeof(string))
            {
                property.ShouldSerialize = static (_, value) => value is not ICollection { Count: 0 };
            }
        }
    }
}
