using System.Collections.Frozen;
using System.Collections.Immutable;
using Vigil.Text.Names;

namespace Vigil.Screening.Text;

/// <summary>
/// The sanctioned jurisdictions of <c>sanctioned_jurisdictions.tsv</c>: looked up by code for payment addresses,
/// and as folded phrases ("corea del norte", "north korean") for free text.
/// </summary>
public static class SanctionedJurisdictions
{
    private static readonly Lazy<Data> Loaded = new(Load);

    /// <summary>Every sanctioned jurisdiction, in file order.</summary>
    public static ImmutableArray<SanctionedJurisdiction> All => Loaded.Value.All;

    /// <summary>Finds a jurisdiction by its code (case-insensitive): <c>VE</c>, <c>KP</c>, <c>UA-43</c>.</summary>
    public static SanctionedJurisdiction? Find(string? code) =>
        code is null ? null : Loaded.Value.ByCode.GetValueOrDefault(code.Trim().ToUpperInvariant());

    /// <summary>Phrases by their first folded word, longest first.</summary>
    internal static FrozenDictionary<string, JurisdictionPhrase[]> PhrasesByFirstWord => Loaded.Value.Phrases;

    /// <summary>The first words of the phrases in Arabic letters, as written, with their folded form.</summary>
    internal static FrozenDictionary<string, string> ArabicFirstWords => Loaded.Value.ArabicFirstWords;

    private static Data Load()
    {
        var all = ImmutableArray.CreateBuilder<SanctionedJurisdiction>();
        var phrases = new Dictionary<string, List<JurisdictionPhrase>>(StringComparer.Ordinal);
        var arabicFirstWords = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in ReferenceFile.ReadRows("sanctioned_jurisdictions.tsv"))
        {
            if (row.Length < 4)
            {
                throw new InvalidOperationException($"sanctioned_jurisdictions.tsv: row '{string.Join(' ', row)}' has fewer than 4 columns.");
            }

            var names = row[3].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var adjectives = row.Length > 4 ? row[4].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            var programs = row[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var jurisdiction = new SanctionedJurisdiction(row[0], names[0], row[1], [.. programs], [.. names, .. adjectives]);
            all.Add(jurisdiction);
            foreach (var (text, adjective) in names.Select(n => (n, false)).Concat(adjectives.Select(a => (a, true))))
            {
                // Folded by the text tokenizer itself, so "People's" reads as the text's "People" does.
                var tokens = TextTokenizer.Tokenise(text);
                var words = tokens.Select(t => t.Folded).ToArray();
                if (words.Length == 0)
                {
                    continue;
                }

                var arabic = ArabicScriptNames.IsAbjadScript(text);
                if (arabic)
                {
                    arabicFirstWords[text[tokens[0].Start..tokens[0].End]] = words[0];
                }

                if (!phrases.TryGetValue(words[0], out var list))
                {
                    phrases[words[0]] = list = [];
                }

                // An acronym ("DPRK", "DRC") only counts written in capitals: "drc" in lower case is something else.
                list.Add(new JurisdictionPhrase(words, jurisdiction, adjective, RequiresCapitals: words.Length == 1 && text.Length <= 4 && text.All(char.IsUpper), arabic));
            }
        }

        return new Data(
            all.ToImmutable(),
            all.ToFrozenDictionary(j => j.Code, StringComparer.Ordinal),
            phrases.ToFrozenDictionary(p => p.Key, p => p.Value.OrderByDescending(x => x.Words.Length).ToArray(), StringComparer.Ordinal),
            arabicFirstWords.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private sealed record Data(ImmutableArray<SanctionedJurisdiction> All, FrozenDictionary<string, SanctionedJurisdiction> ByCode, FrozenDictionary<string, JurisdictionPhrase[]> Phrases, FrozenDictionary<string, string> ArabicFirstWords);
}
