using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using Vigil.Matching.Explanation;
using Vigil.Matching.Index;
using Vigil.Matching.Names;
using Vigil.Matching.Scoring;
using Vigil.Model;

namespace Vigil.Matching.Screening;

/// <summary>
/// Screens queries against loaded lists: index lookup for candidates, full scoring of candidates only, then
/// explanations for the results returned. Immutable once built and safe to share across threads; a list refresh
/// builds a new screener and swaps it in.
/// </summary>
public sealed class Screener
{
    private readonly NameIndex index;
    private readonly int[] entityOfName;
    private readonly ImmutableArray<SanctionsEntity> entities;
    private readonly FrozenDictionary<string, SanctionsEntity> byId;
    private readonly NameComparer comparer;
    private readonly EvidenceScorer evidence;

    /// <summary>Builds the screener over every entity of the given lists.</summary>
    public Screener(IEnumerable<ListSnapshot> lists, MatchingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(lists);
        Options = options ?? MatchingOptions.Default;
        Options.Validate();
        Lists = [.. lists];
        entities = [.. Lists.SelectMany(l => l.Entities)];
        var dict = new Dictionary<string, SanctionsEntity>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            dict.TryAdd(e.Id, e);
        }

        byId = dict.ToFrozenDictionary(StringComparer.Ordinal);

        // Rarity is learned from the loaded names themselves.
        var raw = new List<(string Name, Schema Schema, NameKind Kind, int Entity)>();
        for (var e = 0; e < entities.Length; e++)
        {
            foreach (var n in entities[e].Names)
            {
                raw.Add((n.Full, entities[e].Schema, n.Kind, e));
            }
        }

        var tokenised = new string[raw.Count][];
        Parallel.For(0, raw.Count, i => tokenised[i] = NamePreparer.Tokenise(raw[i].Name, raw[i].Schema));
        Preparer = new NamePreparer(TokenStatistics.Build(tokenised));
        var prepared = new PreparedName[raw.Count];
        Parallel.For(0, raw.Count, i => prepared[i] = Preparer.Prepare(raw[i].Name, tokenised[i], raw[i].Schema, raw[i].Kind));
        entityOfName = [.. raw.Select(r => r.Entity)];
        index = new NameIndex(prepared);
        comparer = new NameComparer(Options.NameWeights);
        evidence = new EvidenceScorer(Options.Evidence);
    }

    /// <summary>The options in force.</summary>
    public MatchingOptions Options { get; }

    /// <summary>The loaded lists.</summary>
    public ImmutableArray<ListSnapshot> Lists { get; }

    /// <summary>Every loaded entity.</summary>
    public ImmutableArray<SanctionsEntity> Entities => entities;

    /// <summary>Number of indexed names (primary names and aliases).</summary>
    public int NameCount => index.Names.Count;

    /// <summary>The preparer, with token weights learned from the loaded lists.</summary>
    public NamePreparer Preparer { get; }

    /// <summary>The name comparer in use.</summary>
    public NameComparer Comparer => comparer;

    /// <summary>Finds an entity by id (<c>ofac-sdn:22790</c>).</summary>
    public SanctionsEntity? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>Screens one query; results sorted by score, highest first, at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<ScreeningHit> Screen(ScreeningQuery query, int limit = 10, double? threshold = null) =>
        Run(query, limit, threshold, bruteForce: false);

    /// <summary>
    /// The same scoring over every indexed name, with no index: the baseline the index's speed and recall are measured
    /// against. Never used to answer users.
    /// </summary>
    public IReadOnlyList<ScreeningHit> ScreenBruteForce(ScreeningQuery query, int limit = 10, double? threshold = null) =>
        Run(query, limit, threshold, bruteForce: true);

    /// <summary>
    /// Candidate ids the index would hand to scoring for this query (entity ids, best first). For measuring candidate recall.
    /// </summary>
    public IReadOnlyList<string> CandidateEntityIds(ScreeningQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var prepared = PrepareQuery(query);
        var buffer = new int[Options.CandidateLimit];
        var n = index.Candidates(prepared, buffer);
        var ids = new List<string>(n);
        var seen = new HashSet<int>();
        for (var i = 0; i < n; i++)
        {
            if (seen.Add(entityOfName[buffer[i]]))
            {
                ids.Add(entities[entityOfName[buffer[i]]].Id);
            }
        }

        return ids;
    }

    /// <summary>Scores one query against one entity (all its names), with the explanation.</summary>
    public ScreeningHit Compare(ScreeningQuery query, SanctionsEntity entity, double? threshold = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(entity);
        var prepared = PrepareQuery(query);
        var best = double.NegativeInfinity;
        PreparedName? bestName = null;
        EntityName? bestEntityName = null;
        foreach (var name in entity.Names)
        {
            var candidate = Preparer.Prepare(name.Full, entity.Schema, name.Kind);
            var logit = NameLogit(prepared, candidate);
            if (logit > best)
            {
                best = logit;
                bestName = candidate;
                bestEntityName = name;
            }
        }

        var total = best + evidence.Adjust(query, entity);
        var score = NameComparer.Sigmoid(total);
        return new ScreeningHit(entity, score, score >= (threshold ?? Options.MatchThreshold), bestEntityName!, Explain(query, prepared, bestName!, entity));
    }

    /// <summary>Prepares a query name the way listed names were prepared.</summary>
    public PreparedName PrepareQuery(ScreeningQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Preparer.Prepare(query.Name, query.Schema ?? Schema.LegalEntity);
    }

    private List<ScreeningHit> Run(ScreeningQuery query, int limit, double? threshold, bool bruteForce)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var cut = threshold ?? Options.MatchThreshold;
        var prepared = PrepareQuery(query);
        if (prepared.ContentCount == 0)
        {
            return new List<ScreeningHit>();
        }

        var pool = ArrayPool<int>.Shared;
        var size = bruteForce ? index.Names.Count : Options.CandidateLimit;
        var buffer = pool.Rent(size);
        try
        {
            int count;
            if (bruteForce)
            {
                count = index.Names.Count;
                for (var i = 0; i < count; i++)
                {
                    buffer[i] = i;
                }
            }
            else
            {
                count = index.Candidates(prepared, buffer.AsSpan(0, size));
            }

            // Best name logit per entity, then evidence for each entity once.
            var bestByEntity = new Dictionary<int, (double Logit, int Name)>();
            for (var i = 0; i < count; i++)
            {
                var nameId = buffer[i];
                var candidate = index.Names[nameId];
                var logit = NameLogit(prepared, candidate);
                var entity = entityOfName[nameId];
                if (!bestByEntity.TryGetValue(entity, out var current) || logit > current.Logit)
                {
                    bestByEntity[entity] = (logit, nameId);
                }
            }

            var scored = new List<(double Score, int Entity, int Name)>(bestByEntity.Count);
            foreach (var (entity, (logit, name)) in bestByEntity)
            {
                var score = NameComparer.Sigmoid(logit + evidence.Adjust(query, entities[entity]));
                if (score >= Options.MinimumScore)
                {
                    scored.Add((score, entity, name));
                }
            }

            scored.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(entities[a.Entity].Id, entities[b.Entity].Id));
            var hits = new List<ScreeningHit>(Math.Min(limit, scored.Count));
            for (var i = 0; i < scored.Count && hits.Count < limit; i++)
            {
                var (score, e, n) = scored[i];
                var entity = entities[e];
                var name = index.Names[n];
                var entityName = entity.Names.FirstOrDefault(x => ReferenceEquals(x.Full, name.Display)) ?? entity.Names.First(x => x.Full == name.Display);
                hits.Add(new ScreeningHit(entity, score, score >= cut, entityName, Explain(query, prepared, name, entity)));
            }

            return hits;
        }
        finally
        {
            pool.Return(buffer);
        }
    }

    private double NameLogit(PreparedName query, PreparedName candidate)
    {
        var logit = comparer.Logit(query, candidate);
        if (candidate.Kind == NameKind.WeakAlias)
        {
            logit -= Options.WeakAliasPenalty;
        }

        return logit;
    }

    private MatchExplanation Explain(ScreeningQuery query, PreparedName prepared, PreparedName candidate, SanctionsEntity entity)
    {
        var name = comparer.Explain(prepared, candidate);
        var extra = evidence.Explain(query, entity);
        if (candidate.Kind == NameKind.WeakAlias)
        {
            extra = extra.Insert(0, new FeatureContribution("alias quality", -Options.WeakAliasPenalty, "matched a weak alias"));
        }


        return new MatchExplanation(name, extra);
    }
}
