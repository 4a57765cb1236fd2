using System.Collections.Frozen;
using System.Collections.Immutable;
using Vigil.Matching.Explanation;
using Vigil.Matching.Index;
using Vigil.Matching.Names;
using Vigil.Matching.Scoring;
using Vigil.Model;
using Vigil.Text;

namespace Vigil.Matching.Screening;

/// <summary>
/// Screens queries against loaded lists: index lookup for candidates, full scoring of candidates only, then
/// explanations for the results returned. Immutable once built and safe to share across threads; a list refresh
/// builds a new screener and swaps it in.
/// </summary>
public sealed partial class Screener
{
    private readonly NameIndex index;
    private readonly NameTable table;
    private readonly int[] entityOfName;
    private readonly int[] firstNameOf;
    private readonly ImmutableArray<SanctionsEntity> entities;
    private readonly FrozenDictionary<string, int> byId;
    private readonly NameComparer comparer;
    private readonly EvidenceScorer evidence;

    // Entities by their listed identifiers.
    private readonly ListedIdentifiers identifiers;

    // Every identifying word of the loaded names as prepared: a query's word among them is marked TokenRoles.ListedWord.
    private readonly FrozenSet<string> listedWords;

    // The words some party spells otherwise among its own names, alike in sound (TokenRoles.ListedSpellings).
    private readonly FrozenSet<string> wordsSpeltOtherwise;

    // Candidates the one-word rule asks ahead for at a time (PrefetchLone): a median query's lone names, and few enough
    // for their lines to stay in cache until read.
    private const int LoneRun = 128;

    // Candidates scoring asks ahead for at a time (PrefetchScoring): about a median query's, and 32 did no better.
    private const int ScoringRun = 64;

    [ThreadStatic]
    private static RunScratch? runScratch;

    /// <summary>Builds the screener over every entity of the given lists.</summary>
    public Screener(IEnumerable<ListSnapshot> lists, MatchingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(lists);
        Options = options ?? MatchingOptions.Default;
        Options.Validate();
        Lists = [.. lists];
        entities = [.. Lists.SelectMany(l => l.Entities)];
        var dict = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var e = 0; e < entities.Length; e++)
        {
            dict.TryAdd(entities[e].Id, e);
        }

        byId = dict.ToFrozenDictionary(StringComparer.Ordinal);

        // Rarity is learned from the loaded names themselves. Names are laid out entity by entity, so the names of
        // entity e are ids firstNameOf[e]..firstNameOf[e + 1].
        var nameCount = 0;
        foreach (var entity in entities)
        {
            nameCount += entity.Names.Length;
        }

        var raw = new List<(string Name, Schema Schema, NameKind Kind, string? Family, int Entity)>(nameCount);
        firstNameOf = new int[entities.Length + 1];
        for (var e = 0; e < entities.Length; e++)
        {
            firstNameOf[e] = raw.Count;
            foreach (var n in entities[e].Names)
            {
                raw.Add((n.Full, entities[e].Schema, n.Kind, n.Family, e));
            }
        }

        firstNameOf[entities.Length] = raw.Count;
        ReferenceTables.Load();
        var tokenised = new string[raw.Count][];
        Parallel.For(0, raw.Count, i => tokenised[i] = NamePreparer.Tokenise(raw[i].Name, raw[i].Schema));
        Preparer = new NamePreparer(TokenStatistics.Build(tokenised));
        var prepared = new PreparedName[raw.Count];
        Parallel.For(0, raw.Count, i =>
        {
            prepared[i] = Preparer.Prepare(raw[i].Name, tokenised[i], raw[i].Schema, raw[i].Kind);
            NameRoles.MarkFamily(prepared[i], raw[i].Family);
        });
        // A party's acronym is known from its names together, as its family name is from its record.
        for (var e = 0; e < entities.Length; e++)
        {
            NameRoles.MarkAcronyms(prepared.AsSpan(firstNameOf[e], firstNameOf[e + 1] - firstNameOf[e]));
        }

        entityOfName = [.. raw.Select(r => r.Entity)];

        // The index, the flat table, the listed words and the identifiers read the same prepared names or entities and
        // nothing of each other: built side by side. The index takes longest; the rest together about as long.
        NameIndex? builtIndex = null;
        NameTable? builtTable = null;
        FrozenSet<string>? words = null;
        FrozenSet<string>? spelt = null;
        ListedIdentifiers? builtIdentifiers = null;
        Parallel.Invoke(
            () => builtIndex = new NameIndex(prepared),
            () => builtTable = new NameTable(prepared),
            () =>
            {
                words = ListedWords(prepared);
                spelt = WordsSpeltOtherwise(prepared, firstNameOf);
                builtIdentifiers = ListedIdentifiers.Of(entities);
            });
        index = builtIndex!;
        table = builtTable!;
        listedWords = words!;
        wordsSpeltOtherwise = spelt!;
        identifiers = builtIdentifiers!;
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
    public int NameCount => index.Names.Length;

    /// <summary>The preparer, with token weights learned from the loaded lists.</summary>
    public NamePreparer Preparer { get; }

    /// <summary>The name comparer in use.</summary>
    public NameComparer Comparer => comparer;

    /// <summary>Finds an entity by id (<c>ofac-sdn:22790</c>).</summary>
    public SanctionsEntity? Find(string id) => byId.TryGetValue(id, out var e) ? entities[e] : null;

    /// <summary>
    /// Screens one query; results sorted by score, highest first, at most <paramref name="limit"/>. A name field
    /// holding several names ("... t/a ...", "... aka ...", "A / B") is screened whole and name by name, each entity
    /// keeping its best (<see cref="NameParts"/>).
    /// </summary>
    public IReadOnlyList<ScreeningHit> Screen(ScreeningQuery query, int limit = 10, double? threshold = null) =>
        Screen(query, limit, threshold, out _);

    /// <summary>The same, with the work it took (<c>vigil bench</c> reports it next to the latency).</summary>
    public IReadOnlyList<ScreeningHit> Screen(ScreeningQuery query, int limit, double? threshold, out ScreeningWork work) =>
        ScreenNames(query, limit, threshold, prune: true, out work);

    /// <summary>
    /// The same scoring over every indexed name, with no index: the baseline the index's speed and recall are measured
    /// against. Never used to answer users.
    /// </summary>
    public IReadOnlyList<ScreeningHit> ScreenBruteForce(ScreeningQuery query, int limit = 10, double? threshold = null) =>
        Run(query, limit, threshold, bruteForce: true, prune: true, out _);

    /// <summary>
    /// Candidate ids the index hands to scoring for this query (entity ids, in no particular order), with the same coverage floor
    /// and limit as <see cref="Screen(ScreeningQuery, int, double?)"/>, for every reading of the name screening makes
    /// (the name whole, each name within it, its reading in English). For measuring candidate recall.
    /// </summary>
    public IReadOnlyList<string> CandidateEntityIds(ScreeningQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var ids = new List<string>();
        var seen = new HashSet<int>();
        var buffer = new int[Options.CandidateLimit];
        var lone = new int[Options.CandidateLimit];
        var whole = WholeNameOf(query, out _);
        foreach (var reading in (OtherReadingsOf(whole) ?? []).Select(r => r.Query).Prepend(whole))
        {
            var prepared = PrepareQuery(reading);
            var n = index.Candidates(prepared, buffer, [], Options.MinimumCoverage, OneWordCoverage(prepared), lone);
            n = WithoutLoneNames(prepared, (runScratch ??= new RunScratch()).QueryShapes(prepared), buffer.AsSpan(0, n), [], lone);
            for (var i = 0; i < n; i++)
            {
                if (seen.Add(entityOfName[buffer[i]]))
                {
                    ids.Add(entities[entityOfName[buffer[i]]].Id);
                }
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

        // A loaded entity's names were prepared at index time; any other entity (a caller's own record) is prepared now.
        var loaded = byId.TryGetValue(entity.Id, out var e) && ReferenceEquals(entities[e], entity);
        var names = loaded ? index.Names.AsSpan(firstNameOf[e], entity.Names.Length) : PrepareListed(entity);
        var (best, at) = BestNameOf(prepared, names);

        // The name's reading in English, as screening reads it beside the name as written (Screener.Names).
        var explained = query;
        if (TranslationOf(query) is { } translated)
        {
            var readQuery = query with { Name = translated };
            var read = PrepareQuery(readQuery);
            var (logit, i) = BestNameOf(read, names);
            if (logit > best)
            {
                (best, at, prepared, explained) = (logit, i, read, readQuery);
            }
        }

        var total = best + evidence.Adjust(query, entity);
        var score = NameComparer.Sigmoid(total);
        var hit = new ScreeningHit(entity, score, score >= (threshold ?? Options.MatchThreshold), entity.Names[at], Explain(explained, prepared, names[at], entity));
        return ReferenceEquals(explained, query) ? hit : Noted(hit, TranslationNote(explained.Name));
    }

    /// <summary>The highest name logit of a query against an entity's prepared names, and which name gave it (the first of equals).</summary>
    private (double Logit, int Name) BestNameOf(PreparedName query, ReadOnlySpan<PreparedName> names)
    {
        var best = double.NegativeInfinity;
        var at = 0;
        for (var i = 0; i < names.Length; i++)
        {
            var logit = NameLogit(query, names[i]);
            if (logit > best)
            {
                (best, at) = (logit, i);
            }
        }

        return (best, at);
    }

    /// <summary>Every token of a listed name read as a word.</summary>
    private static FrozenSet<string> ListedWords(PreparedName[] names)
    {
        var words = new HashSet<string>(names.Length, StringComparer.Ordinal);
        foreach (var name in names)
        {
            for (var i = 0; i < name.Tokens.Length; i++)
            {
                if (name.Kinds[i] == TokenKind.Word)
                {
                    words.Add(name.Tokens[i]);
                }
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The words an organisation's, vessel's or aircraft's names spell in more than one way alike in sound ("QAEDA" and
    /// "QAIDA" among one party's names), each party's names read together: names of entity e are
    /// <paramref name="firstNameOf"/>[e] onwards. Not persons': a person's given names are spelt every way
    /// ("SALEH", "SALIH"), and the rule this serves compares names other than persons'.
    /// </summary>
    private static FrozenSet<string> WordsSpeltOtherwise(PreparedName[] names, int[] firstNameOf)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var e = 0; e + 1 < firstNameOf.Length; e++)
        {
            byKey.Clear();
            for (var n = firstNameOf[e]; n < firstNameOf[e + 1]; n++)
            {
                var name = names[n];
                if (name.Schema == Schema.Person)
                {
                    continue;
                }

                for (var i = 0; i < name.Tokens.Length; i++)
                {
                    if (name.Kinds[i] != TokenKind.Word || name.Keys[i].Length == 0)
                    {
                        continue;
                    }

                    if (!byKey.TryAdd(name.Keys[i], name.Tokens[i]) && !string.Equals(byKey[name.Keys[i]], name.Tokens[i], StringComparison.Ordinal))
                    {
                        words.Add(byKey[name.Keys[i]]);
                        words.Add(name.Tokens[i]);
                    }
                }
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Prepares a caller's own record's names as loaded names were prepared, family names and acronyms marked.</summary>
    private PreparedName[] PrepareListed(SanctionsEntity entity)
    {
        var prepared = new PreparedName[entity.Names.Length];
        for (var i = 0; i < prepared.Length; i++)
        {
            var name = entity.Names[i];
            prepared[i] = Preparer.Prepare(name.Full, entity.Schema, name.Kind);
            NameRoles.MarkFamily(prepared[i], name.Family);
        }

        NameRoles.MarkAcronyms(prepared);
        return prepared;
    }

    /// <summary>Prepares a query name the way listed names were prepared.</summary>
    public PreparedName PrepareQuery(ScreeningQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var prepared = Preparer.Prepare(query.Name, query.Schema ?? Schema.LegalEntity);

        // Listed words serve a rule for names other than persons' (NameFeatures.OtherListedWord): a person's query skips
        // the look-ups, each a read of a table larger than the cache.
        for (var i = 0; i < prepared.Tokens.Length && prepared.Schema != Schema.Person; i++)
        {
            if (prepared.Kinds[i] == TokenKind.Word && listedWords.Contains(prepared.Tokens[i]))
            {
                prepared.Roles[i] |= TokenRoles.ListedWord | (wordsSpeltOtherwise.Contains(prepared.Tokens[i]) ? TokenRoles.ListedSpellings : TokenRoles.None);
            }
        }

        return prepared;
    }

    /// <summary>
    /// <see cref="Screen(ScreeningQuery, int, double?)"/> without skipping candidates by their logit bound: every candidate is aligned. For tests
    /// proving the bound changes no result.
    /// </summary>
    internal IReadOnlyList<ScreeningHit> ScreenEveryCandidate(ScreeningQuery query, int limit = 10, double? threshold = null) =>
        ScreenNames(query, limit, threshold, prune: false, out _);

    private List<ScreeningHit> Run(ScreeningQuery query, int limit, double? threshold, bool bruteForce, bool prune, out ScreeningWork work)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var cut = threshold ?? Options.MatchThreshold;
        var prepared = PrepareQuery(query);
        work = default;
        if (prepared.ContentCount == 0)
        {
            return [];
        }

        var s = runScratch ??= new RunScratch();
        var queryShapes = s.QueryShapes(prepared);
        var minimumLogit = MinimumLogit(Options.MinimumScore);
        s.Reset(bruteForce ? index.Names.Length : Options.CandidateLimit, entities.Length);
        s.MostEvidence = evidence.MostFor(query);
        int count;
        if (bruteForce)
        {
            count = index.Names.Length;
            for (var i = 0; i < count; i++)
            {
                s.Candidates[i] = i;
                s.Ranks[i] = i;
            }
        }
        else
        {
            // The limit, not the scratch's length: a brute-force run on this thread left arrays as long as the index,
            // and every later query would have read all its candidates, past the limit (results that depended on
            // whether the bench's baseline had run on the thread before).
            var most = Options.CandidateLimit;
            count = index.Candidates(prepared, s.Candidates.AsSpan(0, most), s.Ranks.AsSpan(0, most), Options.MinimumCoverage, OneWordCoverage(prepared), s.Lone.AsSpan(0, most));
            count = WithoutLoneNames(prepared, queryShapes, s.Candidates.AsSpan(0, count), s.Ranks.AsSpan(0, count), s.Lone);
        }

        // Best name logit per entity. A name whose logit bound, with its entity's evidence, cannot reach the minimum
        // score is not aligned at all: the bound is exact about what it skips, so results are the same without it.
        var queryHeader = NameHeader.Of(prepared);
        s.Similarities.Reset(prepared, queryHeader, queryShapes, table);
        var aligned = 0;
        for (var i = 0; i < count; i++)
        {
            if (i % ScoringRun == 0)
            {
                PrefetchScoring(s.Candidates.AsSpan(i, Math.Min(ScoringRun, count - i)), s.Similarities);
            }

            var nameId = s.Candidates[i];
            ref readonly var header = ref table.HeaderOf(nameId);
            var shapes = table.ShapesOf(header);
            var cells = queryShapes.Length * shapes.Length;
            var sim = s.Sim.AsSpan(0, cells);
            var how = s.How.AsSpan(0, cells);
            var joins = s.Similarities.Fill(shapes, header.Person, sim);
            var penalty = header.WeakAlias ? Options.WeakAliasPenalty : 0;
            if (prune)
            {
                // The query's best possible evidence first, which needs no entity; the entity's own only if that passes.
                var bound = comparer.LogitUpperBound(prepared, queryHeader, queryShapes, index.Names[nameId], header, shapes, sim, minimumLogit + penalty - s.MostEvidence, table.SoundCodesOf(header), s.Similarities, joins) - penalty;
                if (bound + s.MostEvidence < minimumLogit || bound + s.EvidenceOf(entityOfName[nameId], query, entities, evidence) < minimumLogit)
                {
                    continue;
                }
            }

            var name = index.Names[nameId];
            s.Similarities.FillKinds(shapes, header.Person, how);
            s.Offer(entityOfName[nameId], nameId, s.Ranks[i], comparer.Logit(prepared, name, sim, how) - penalty);
            aligned++;
        }

        work = new ScreeningWork(count, aligned, s.Similarities.Compared);

        var kept = 0;
        for (var i = 0; i < s.EntityCount; i++)
        {
            var entity = s.Entities[i];
            var score = NameComparer.Sigmoid(s.BestLogit[entity] + s.EvidenceOf(entity, query, entities, evidence));
            if (score >= Options.MinimumScore)
            {
                s.Entities[kept] = entity;
                s.Scores[kept] = score;
                kept++;
            }
        }

        var order = s.Order(kept, entities);
        var hits = new List<ScreeningHit>(Math.Min(limit, kept));
        for (var i = 0; i < kept && hits.Count < limit; i++)
        {
            var e = s.Entities[order[i]];
            var score = s.Scores[order[i]];
            var entity = entities[e];
            var name = index.Names[s.BestName[e]];
            hits.Add(new ScreeningHit(entity, score, score >= cut, EntityNameOf(entity, name), Explain(query, prepared, name, entity)));
        }

        // Ties are ordered by their explanations, made only for the hits returned.
        hits.Sort(RankOrder);
        return hits;
    }

    /// <summary>
    /// Drops from <paramref name="candidates"/> (and their <paramref name="ranks"/>, when given) the names one word of
    /// the query alone found, below the one-word floor (<paramref name="lone"/>, from the index), that no other word of
    /// the query may pair (<see cref="OtherWordReach"/>): of a person's query any such name, else listed persons' names
    /// only. The rest keep their order. Returns how many are left. Screening and <see cref="CandidateEntityIds"/> both
    /// drop here, so candidate recall measures what is scored.
    /// </summary>
    private int WithoutLoneNames(PreparedName query, ReadOnlySpan<TokenShape> queryShapes, Span<int> candidates, Span<long> ranks, ReadOnlySpan<int> lone)
    {
        var count = candidates.Length;
        if (OneWordCoverage(query) <= Options.MinimumCoverage)
        {
            return count;
        }

        var person = query.Schema == Schema.Person;
        Span<TokenShape> queryPairs = stackalloc TokenShape[Math.Max(queryShapes.Length - 1, 0)];
        OtherWordReach.Pairs(queryShapes, queryPairs);
        Span<ulong> joinedLengths = stackalloc ulong[queryShapes.Length];
        OtherWordReach.JoinedLengths(queryShapes, joinedLengths);
        var kept = 0;
        for (var from = 0; from < count; from += LoneRun)
        {
            var to = Math.Min(count, from + LoneRun);
            PrefetchLone(candidates[from..to], lone[from..to]);
            for (var i = from; i < to; i++)
            {
                if (lone[i] >= 0)
                {
                    ref readonly var header = ref table.HeaderOf(candidates[i]);
                    if ((person || header.Person) && !OtherWordReach.MayAlignOther(queryShapes, queryPairs, joinedLengths, lone[i], header, table.ShapesOf(header)))
                    {
                        continue;
                    }
                }

                candidates[kept] = candidates[i];
                if (!ranks.IsEmpty)
                {
                    ranks[kept] = ranks[i];
                }

                kept++;
            }
        }

        return kept;
    }

    /// <summary>
    /// Asks for what scoring a run of candidates reads, stage by stage: their headers and names, their shapes, then
    /// what comparing their tokens reads (docs/benchmarks.md).
    /// </summary>
    private void PrefetchScoring(ReadOnlySpan<int> candidates, QueryTokenSimilarities similarities)
    {
        foreach (var c in candidates)
        {
            table.PrefetchHeader(c);
            CacheLines.Prefetch(ref index.Names[c], 1);
        }

        foreach (var c in candidates)
        {
            table.PrefetchShapes(c);
        }

        foreach (var c in candidates)
        {
            similarities.Prefetch(table.ShapesOf(table.HeaderOf(c)));
        }
    }

    /// <summary>
    /// Asks for the headers of a run of candidates the one-word rule reads (those of <paramref name="lone"/> at least
    /// 0), then their shapes, which the headers locate. Stage by stage, the loads of a stage overlap, where asking a
    /// few candidates ahead left most of the rule's time waiting on them (docs/benchmarks.md).
    /// </summary>
    private void PrefetchLone(ReadOnlySpan<int> candidates, ReadOnlySpan<int> lone)
    {
        for (var i = 0; i < candidates.Length; i++)
        {
            if (lone[i] >= 0)
            {
                table.PrefetchHeader(candidates[i]);
            }
        }

        for (var i = 0; i < candidates.Length; i++)
        {
            if (lone[i] >= 0)
            {
                table.PrefetchShapes(candidates[i]);
            }
        }
    }

    /// <summary>
    /// The coverage floor for a candidate name one word of the query found: <see cref="MatchingOptions.PersonOneWordCoverage"/>
    /// for a person's name in Latin letters or a name of no type (read as an entity's; of its candidates only listed
    /// persons' names are held to it), else <see cref="MatchingOptions.MinimumCoverage"/>.
    /// </summary>
    private float OneWordCoverage(PreparedName query) =>
        query.Schema is Schema.Person or Schema.LegalEntity && !query.WithoutShortVowels && !query.IsSyllabic ? Options.PersonOneWordCoverage : Options.MinimumCoverage;

    /// <summary>
    /// The lowest logit whose score reaches <paramref name="score"/>, less a margin for rounding: a bound below it
    /// cannot make a result.
    /// </summary>
    private static double MinimumLogit(double score) => score switch
    {
        <= 0 => double.NegativeInfinity,

        // Sigmoid rounds to exactly 1 only above about 36.7.
        >= 1 => 36.0,
        _ => Math.Log(score / (1 - score)) - 1e-6,
    };

    private static EntityName EntityNameOf(SanctionsEntity entity, PreparedName name)
    {
        foreach (var n in entity.Names)
        {
            if (ReferenceEquals(n.Full, name.Display))
            {
                return n;
            }
        }

        foreach (var n in entity.Names)
        {
            if (n.Full == name.Display)
            {
                return n;
            }
        }

        throw new InvalidOperationException($"Indexed name '{name.Display}' is not a name of {entity.Id}.");
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

    /// <summary>
    /// Per-thread working arrays of one query, sized once and reused, so scoring allocates nothing but the results.
    /// Entity slots are claimed by stamp, so nothing is cleared between queries.
    /// </summary>
    private sealed class RunScratch
    {
        private int[] stamp = [];
        private long[] bestRank = [];
        private int[] evidenceStamp = [];
        private double[] evidence = [];
        private int current;

        public int[] Candidates { get; private set; } = [];

        /// <summary>For each candidate, the query token that alone found it below the one-word floor, or -1.</summary>
        public int[] Lone { get; private set; } = [];

        /// <summary>Each candidate's rank from the index (in the brute-force baseline, its name id).</summary>
        public long[] Ranks { get; private set; } = [];

        public QueryTokenSimilarities Similarities { get; } = new();

        /// <summary>The most evidence any entity could add for this query.</summary>
        public double MostEvidence { get; set; }

        private readonly TokenShape[] queryShapes = new TokenShape[Alignment.MaxTokens];

        /// <summary>The shapes of the query's first <see cref="Alignment.MaxTokens"/> tokens.</summary>
        public ReadOnlySpan<TokenShape> QueryShapes(PreparedName query)
        {
            var n = Math.Min(query.Tokens.Length, Alignment.MaxTokens);
            for (var i = 0; i < n; i++)
            {
                queryShapes[i] = TokenShape.Of(query, i);
            }

            return queryShapes.AsSpan(0, n);
        }

        public double[] Sim { get; } = new double[Alignment.MaxTokens * Alignment.MaxTokens];

        public byte[] How { get; } = new byte[Alignment.MaxTokens * Alignment.MaxTokens];

        public double[] BestLogit { get; private set; } = [];

        public int[] BestName { get; private set; } = [];

        public int[] Entities { get; private set; } = [];

        public double[] Scores { get; private set; } = [];

        public int EntityCount { get; private set; }

        public void Reset(int candidates, int entityCount)
        {
            if (Candidates.Length < candidates)
            {
                Candidates = new int[candidates];
                Ranks = new long[candidates];
                Lone = new int[candidates];
            }

            if (stamp.Length < entityCount)
            {
                stamp = new int[entityCount];
                evidenceStamp = new int[entityCount];
                evidence = new double[entityCount];
                BestLogit = new double[entityCount];
                BestName = new int[entityCount];
                bestRank = new long[entityCount];
                Entities = new int[entityCount];
                Scores = new double[entityCount];
                current = 0;
            }

            if (++current == int.MaxValue)
            {
                Array.Clear(stamp);
                Array.Clear(evidenceStamp);
                current = 1;
            }

            EntityCount = 0;
        }

        /// <summary>The evidence adjustment of an entity, computed once per query.</summary>
        public double EvidenceOf(int entity, ScreeningQuery query, ImmutableArray<SanctionsEntity> all, EvidenceScorer scorer)
        {
            if (evidenceStamp[entity] != current)
            {
                evidenceStamp[entity] = current;
                evidence[entity] = scorer.Adjust(query, all[entity]);
            }

            return evidence[entity];
        }

        /// <summary>
        /// Keeps an entity's best name logit; between names scoring the same, the better ranked candidate (the one
        /// sharing more with the query, as "FELIX TORRES, Javier" does word for word with "Felix Torres, Javier"
        /// where "TORRES FELIX, Javier" scores the same), so the order candidates come in never decides which name a
        /// result shows.
        /// </summary>
        public void Offer(int entity, int name, long rank, double logit)
        {
            if (stamp[entity] != current)
            {
                stamp[entity] = current;
                Entities[EntityCount++] = entity;
                BestLogit[entity] = logit;
                BestName[entity] = name;
                bestRank[entity] = rank;
            }
            else if (logit > BestLogit[entity] || (logit == BestLogit[entity] && rank < bestRank[entity]))
            {
                BestLogit[entity] = logit;
                BestName[entity] = name;
                bestRank[entity] = rank;
            }
        }

        /// <summary>Positions 0..count-1 of the kept entities, by score then id (stable across runs).</summary>
        public int[] Order(int count, ImmutableArray<SanctionsEntity> all)
        {
            var order = new int[count];
            for (var i = 0; i < count; i++)
            {
                order[i] = i;
            }

            var scores = Scores;
            var ids = Entities;
            Array.Sort(order, (a, b) => scores[a] != scores[b] ? scores[b].CompareTo(scores[a]) : string.CompareOrdinal(all[ids[a]].Id, all[ids[b]].Id));
            return order;
        }
    }
}
