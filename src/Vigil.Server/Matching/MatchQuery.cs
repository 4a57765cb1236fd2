using System.Text.Json;

namespace Vigil.Server.Matching;

/// <summary>One structured query in FollowTheMoney form, as yente takes it.</summary>
/// <param name="Schema">Person, Company, Organization, LegalEntity, Vessel or Airplane (default: any type).</param>
/// <param name="Properties">FollowTheMoney properties, each a list of strings (a single string is also accepted).</param>
internal sealed record MatchQuery(string? Schema, Dictionary<string, JsonElement>? Properties);
