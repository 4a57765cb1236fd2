using System.Collections.Frozen;

namespace Vigil.Screening.Text;

/// <summary>The words of <c>non_name_words.tsv</c> and what each does; see the file's header for the categories.</summary>
internal static class TextVocabulary
{
    private static readonly Lazy<FrozenDictionary<string, WordRole>> Roles = new(Load);

    /// <summary>The role of a folded word; <see cref="WordRole.None"/> for ordinary words.</summary>
    public static WordRole RoleOf(string folded) => Roles.Value.GetValueOrDefault(folded);

    private static FrozenDictionary<string, WordRole> Load()
    {
        var roles = new Dictionary<string, WordRole>(StringComparer.Ordinal);
        foreach (var row in ReferenceFile.ReadRows("non_name_words.tsv"))
        {
            var role = RoleOfCategory(row[0]);
            for (var i = 1; i < row.Length; i++)
            {
                if (row[i].Length > 0)
                {
                    roles[row[i]] = roles.GetValueOrDefault(row[i]) | role;
                }
            }
        }

        return roles.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static WordRole RoleOfCategory(string category)
    {
        var prefix = category.Split('-')[0];
        return prefix switch
        {
            "function" => WordRole.Break | WordRole.Function,
            "month" or "weekday" or "title" or "payment" => WordRole.Break,
            "common" => WordRole.Common,
            "vessel" => WordRole.Break | WordRole.VesselContext,
            "aircraft" => WordRole.Break | WordRole.AircraftContext,
            _ => throw new InvalidOperationException($"non_name_words.tsv: unknown category '{category}'."),
        };
    }
}
