using System.Collections.Frozen;
using Vigil.Matching.Explanation;
using Vigil.Matching.Names;
using Vigil.Matching.Scoring;
using Vigil.Model;
using Vigil.Text.Names;
using Vigil.Text.Transliteration;

namespace Vigil.Matching.Screening;

/// <content>
/// What a name field holds besides one name: several names (a trading or former name, an alias in brackets, a joint
/// holder), each screened on its own, and a vessel's IMO number; and the query's identifiers, which find the entities
/// listed under them whatever their names.
/// </content>
public sealed partial class Screener
{
    // One delegate for every sort: a method group would make one per call.
    private static readonly Comparison<ScreeningHit> RankOrder = ByRank;

    // Words that join an organisation's name and never a person's.
    private static readonly FrozenSet<string> FunctionWords = FrozenSet.ToFrozenSet(["of", "the", "for", "in", "on", "to", "by", "with", "at", "an"], StringComparer.Ordinal);

    /// <summary>
    /// Screens several names of one party (a FollowTheMoney query's name and aliases) with the rest of the query, each
    /// entity keeping its best hit; results sorted by score, at most <paramref name="limit"/>.
    /// </summary>
    public IReadOnlyList<ScreeningHit> ScreenEach(ScreeningQuery query, IEnumerable<string> names, int limit = 10, double? threshold = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(names);
        var best = new Dictionary<string, ScreeningHit>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            foreach (var hit in ScreenNames(query with { Name = name }, limit, threshold, prune: true, out _))
            {
                KeepBest(best, hit);
            }
        }

        return Ranked([.. best.Values], limit);
    }

    /// <summary>The name whole, and each name within it; then any vessel whose IMO number the query gives.</summary>
    private List<ScreeningHit> ScreenNames(ScreeningQuery query, int limit, double? threshold, bool prune, out ScreeningWork work)
    {
        query = WholeNameOf(query, out var honorific);
        var hits = Run(query, limit, threshold, bruteForce: false, prune, out work);
        if (OtherReadingsOf(query) is { } others)
        {
            var best = ByEntity(hits);
            foreach (var (reading, note) in others)
            {
                var readingHits = Run(reading, limit, threshold, bruteForce: false, prune, out var readingWork);
                foreach (var hit in readingHits)
                {
                    KeepBest(best, hit, note);
                }

                work += readingWork;
            }

            hits = Ranked([.. best.Values], limit);
        }

        hits = identifiers.Count == 0 || query.Identifiers.IsDefaultOrEmpty ? hits : WithListedIdentifiers(query, hits, limit, threshold);
        if (honorific is not null)
        {
            var note = new FeatureContribution("type from honorific", 0, $"'{honorific}' opens the name: screened as a person");
            hits = hits.ConvertAll(h => Noted(h, note));
        }

        return hits;
    }

    /// <summary>
    /// The query as screening reads the name whole: an IMO number in it taken as the vessel's identifier; of unknown
    /// type, a person's when a person's <paramref name="honorific"/> opens it.
    /// </summary>
    private ScreeningQuery WholeNameOf(ScreeningQuery query, out string? honorific)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (name, imo) = ImoNumbers.Extract(query.Name);
        if (!imo.IsEmpty)
        {
            query = query with { Name = name, Identifiers = query.Identifiers.IsDefault ? imo : query.Identifiers.AddRange(imo) };
        }

        // A name of unknown type opening with a person's honorific is a person's: "Mr Snow" is no vessel SNOW.
        honorific = query.Schema is null ? PersonHonorificOf(query.Name) : null;
        return honorific is null ? query : query with { Schema = Schema.Person };
    }

    /// <summary>
    /// What screening reads besides the name whole (<see cref="WholeNameOf"/>): each name within it
    /// (<see cref="NameParts"/>) and its reading in English (<see cref="TranslationOf"/>), each with the note its hits
    /// carry; null when there is none, as for most names. Screening and <see cref="CandidateEntityIds"/> read the same.
    /// </summary>
    private List<(ScreeningQuery Query, FeatureContribution Note)>? OtherReadingsOf(ScreeningQuery whole)
    {
        List<(ScreeningQuery, FeatureContribution)>? readings = null;
        foreach (var part in NameParts.Of(whole.Name, whole.Schema is null or Schema.Person or Schema.LegalEntity ? IsPersonName : null))
        {
            // A piece told apart from another person's name ("A & B") is a person's.
            var schema = part.Person && whole.Schema is null or Schema.LegalEntity ? Schema.Person : whole.Schema;
            (readings ??= []).Add((whole with { Name = part.Name, Schema = schema }, new FeatureContribution("name part", 0, $"'{part.Name}', one of the names given together")));
        }

        if (TranslationOf(whole) is { } translated)
        {
            (readings ??= []).Add((whole with { Name = translated }, TranslationNote(translated)));
        }

        return readings;
    }

    /// <summary>
    /// The honorific given to a person only (<see cref="WordLists.IsPersonHonorific"/>) that opens the name, when a
    /// person's name follows it (a word at least, none of an organisation's: generic words, legal forms, numbers); else
    /// null. Most names open with no honorific, which the first word's letters tell before the name is prepared.
    /// </summary>
    private string? PersonHonorificOf(string name)
    {
        var text = name.AsSpan().TrimStart();
        var letters = 0;
        while (letters < text.Length && char.IsAsciiLetter(text[letters]))
        {
            letters++;
        }

        Span<char> first = stackalloc char[Math.Min(letters, 16)];
        if (letters is 0 or > 16 || !WordLists.IsPersonHonorific(first[..text[..letters].ToLowerInvariant(first)]))
        {
            return null;
        }

        var prepared = Preparer.Prepare(name, Schema.LegalEntity);
        var words = 0;
        for (var i = 1; i < prepared.Tokens.Length; i++)
        {
            var kind = prepared.Kinds[i];
            if (kind is TokenKind.Generic or TokenKind.LegalForm or TokenKind.Number)
            {
                return null;
            }

            words += kind is TokenKind.Word ? 1 : 0;
        }

        return words > 0 ? text[..letters].ToString() : null;
    }

    /// <summary>
    /// Every entity listed under an identifier the query gives is a result. Where the number alone identifies the
    /// holder (an IMO number, which stays with the hull; a document of the same kind and country, or long enough:
    /// <see cref="ListedIdentifiers"/>) it scores as that identifier alone, or its own score when higher: a sanctioned
    /// tanker renamed ("GRACE 1", "ADRIAN DARYA 1"), or a customer under another name with a listed person's passport,
    /// must not slip by on the name. Any other is found by the number and scored on its name and evidence as usual,
    /// so a name misspelt beyond the index's reach still meets the entity its identifier names.
    /// </summary>
    private List<ScreeningHit> WithListedIdentifiers(ScreeningQuery query, List<ScreeningHit> hits, int limit, double? threshold)
    {
        var floor = NameComparer.Sigmoid(Options.Evidence.IdentifierMatch);
        var cut = threshold ?? Options.MatchThreshold;
        var changed = false;
        foreach (var id in query.Identifiers)
        {
            foreach (var found in identifiers.Find(id))
            {
                var entity = entities[found.Entity];
                var at = hits.FindIndex(h => ReferenceEquals(h.Entity, entity));
                var hit = at >= 0 ? hits[at] : Compare(query, entity, threshold);
                if (found.Decides && hit.Score < floor)
                {
                    var what = id.Type == IdentifierType.Imo ? $"IMO {id.Value} is listed for this vessel" : $"{found.Listed} is listed for this {Describe(entity.Schema)}";
                    hit = Noted(hit, new FeatureContribution("identifier decides", 0, $"{what}, whatever its name: scored as that identifier alone")) with { Score = floor, IsMatch = floor >= cut };
                }
                else if (at >= 0 || hit.Score < Options.MinimumScore)
                {
                    continue;
                }
                else
                {
                    hit = Noted(hit, new FeatureContribution("found by identifier", 0, $"{found.Listed} is listed for this {Describe(entity.Schema)}"));
                }

                if (at >= 0)
                {
                    hits[at] = hit;
                }
                else
                {
                    hits.Add(hit);
                }

                changed = true;
            }
        }

        return changed ? Ranked(hits, limit) : hits;
    }

    private static string Describe(Schema schema) => schema switch
    {
        Schema.Person => "person",
        Schema.Vessel => "vessel",
        Schema.Aircraft => "aircraft",
        _ => "entity",
    };

    /// <summary>
    /// Whether a piece of a name field is a person's name: two to four words, none an organisation's (generic words,
    /// legal forms, numbers) nor an English function word ("Jihad in West" is no person).
    /// </summary>
    private bool IsPersonName(string text)
    {
        var name = Preparer.Prepare(text, Schema.Person);
        var words = 0;
        for (var i = 0; i < name.Tokens.Length; i++)
        {
            var kind = name.Kinds[i];
            if (kind is TokenKind.Generic or TokenKind.LegalForm or TokenKind.Number || FunctionWords.Contains(name.Tokens[i]))
            {
                return false;
            }

            words += kind is TokenKind.Word or TokenKind.Initial ? 1 : 0;
        }

        return words is >= 2 and <= 4;
    }

    /// <summary>
    /// The name of an organisation, or of a party of unknown type, in Arabic script with the words the lists write in
    /// English so read (<see cref="ArabicOrganisationWords"/>); null for a person's name or when none is known.
    /// </summary>
    private static string? TranslationOf(ScreeningQuery query) =>
        query.Schema == Schema.Person ? null : ArabicOrganisationWords.Translate(query.Name, organisation: query.Schema == Schema.Organization);

    /// <summary>How a hit was found by the reading in English (a feature of no weight).</summary>
    private static FeatureContribution TranslationNote(string translated) =>
        new("read in English", 0, $"'{translated}': words of organisations' names in Arabic script read as the lists write them in English");

    /// <summary>Hits (of one entity each) by their entity's id.</summary>
    private static Dictionary<string, ScreeningHit> ByEntity(List<ScreeningHit> hits)
    {
        var best = new Dictionary<string, ScreeningHit>(hits.Count, StringComparer.Ordinal);
        foreach (var hit in hits)
        {
            best[hit.Entity.Id] = hit;
        }

        return best;
    }

    /// <summary>Keeps the hit when its entity has none yet or a lower score, with the note (how it was found) when given.</summary>
    private static void KeepBest(Dictionary<string, ScreeningHit> best, ScreeningHit hit, FeatureContribution? note = null)
    {
        if (!best.TryGetValue(hit.Entity.Id, out var current) || hit.Score > current.Score)
        {
            best[hit.Entity.Id] = note is null ? hit : Noted(hit, note);
        }
    }

    /// <summary>The hit with a note of no weight first among its evidence: how it was found.</summary>
    private static ScreeningHit Noted(ScreeningHit hit, FeatureContribution note) =>
        hit with { Explanation = hit.Explanation with { Evidence = hit.Explanation.Evidence.Insert(0, note) } };

    /// <summary>Hits in <see cref="ByRank"/> order, at most <paramref name="limit"/>.</summary>
    private static List<ScreeningHit> Ranked(List<ScreeningHit> hits, int limit)
    {
        hits.Sort(RankOrder);
        return hits.Count > limit ? hits.GetRange(0, limit) : hits;
    }

    /// <summary>
    /// Best first; at an equal score, a listed name written as the query writes it, then the name leaving fewer words of
    /// either without a partner (<see cref="NameExplanation.Unpartnered"/>), then by id so the order is stable. An
    /// organisation's name scores alike in either word order and with a legal form more or less, so "Bank Melli" ties
    /// the alias BANK MELLI of BANK MELLI IRAN with MELLI BANK PLC, its British subsidiary: the name as given comes first.
    /// </summary>
    private static int ByRank(ScreeningHit a, ScreeningHit b)
    {
        if (a.Score != b.Score)
        {
            return b.Score.CompareTo(a.Score);
        }

        var written = b.Explanation.Name.WrittenAsQueried.CompareTo(a.Explanation.Name.WrittenAsQueried);
        if (written != 0)
        {
            return written;
        }

        var unpartnered = a.Explanation.Name.Unpartnered.CompareTo(b.Explanation.Name.Unpartnered);
        return unpartnered != 0 ? unpartnered : string.CompareOrdinal(a.Entity.Id, b.Entity.Id);
    }
}
