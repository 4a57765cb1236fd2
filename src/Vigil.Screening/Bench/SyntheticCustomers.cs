using System.Collections.Immutable;
using Vigil.Matching.Screening;
using Vigil.Model;

namespace Vigil.Screening.Bench;

/// <summary>
/// A reproducible synthetic customer file: mostly generic names made from <see cref="SyntheticNameParts"/>, plus a
/// share of listed names perturbed the way customer data misspells them. The same lists, count, share and seed give
/// the same customers, in the same order, on every machine (<see cref="Random(int)"/> with a seed is a fixed algorithm).
/// </summary>
public static class SyntheticCustomers
{
    /// <summary>Generates <paramref name="count"/> customers; exactly <paramref name="listedShare"/> of them (rounded down), evenly spread, are perturbed listed names.</summary>
    public static ImmutableArray<SyntheticCustomer> Generate(IReadOnlyList<SanctionsEntity> listed, int count, int seed, double listedShare = 0.10)
    {
        ArgumentNullException.ThrowIfNull(listed);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (listedShare is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(listedShare), listedShare, "The listed share must be within 0..1.");
        }

        var random = new Random(seed);
        var eligible = listed.Where(e => e.Names.Any(n => Usable(n))).ToArray();
        var customers = ImmutableArray.CreateBuilder<SyntheticCustomer>(count);
        for (var i = 0; i < count; i++)
        {
            var isListed = eligible.Length > 0 && Math.Floor((i + 1) * listedShare) > Math.Floor(i * listedShare);
            customers.Add(isListed ? Perturbed(eligible, random) ?? Generic(random) : Generic(random));
        }

        return customers.MoveToImmutable();
    }

    // Seeds are derived arithmetically, never with HashCode, whose seed changes from process to process.

    /// <summary>Name-only queries of exactly <paramref name="tokens"/> words drawn from the generic name parts.</summary>
    public static ImmutableArray<ScreeningQuery> WithTokenCount(int tokens, int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(tokens, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(unchecked((seed * 31) + tokens) & int.MaxValue);
        var words = SyntheticNameParts.GivenNames.Concat(SyntheticNameParts.FamilyNames).Concat(SyntheticNameParts.CompanyWords)
            .Where(w => !w.Contains(' ', StringComparison.Ordinal)).ToArray();
        var queries = ImmutableArray.CreateBuilder<ScreeningQuery>(count);
        var parts = new string[tokens];
        for (var i = 0; i < count; i++)
        {
            for (var t = 0; t < tokens; t++)
            {
                parts[t] = words[random.Next(words.Length)];
            }

            queries.Add(ScreeningQuery.ForName(string.Join(' ', parts)));
        }

        return queries.MoveToImmutable();
    }

    /// <summary>
    /// <paramref name="copies"/> perturbed copies of every entity (ids <c>synthetic:&lt;copy&gt;-&lt;id&gt;</c>), to grow
    /// the lists for scaling measurements: each Latin-script name perturbed by one random kind, other fields kept.
    /// </summary>
    public static ImmutableArray<SanctionsEntity> PerturbedCopies(IReadOnlyList<SanctionsEntity> entities, int copies, int seed)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentOutOfRangeException.ThrowIfNegative(copies);
        var random = new Random(unchecked((seed * 7919) + (copies * 104729) + 0x5CA1E) & int.MaxValue);
        var result = ImmutableArray.CreateBuilder<SanctionsEntity>(entities.Count * copies);
        for (var c = 1; c <= copies; c++)
        {
            foreach (var e in entities)
            {
                var names = ImmutableArray.CreateBuilder<EntityName>(e.Names.Length);
                foreach (var n in e.Names)
                {
                    var full = NamePerturber.IsLatin(n.Full) && NamePerturber.ApplyAny(n.Full, e.Schema, random) is { } p ? p.Name : n.Full;
                    names.Add(new EntityName(full, n.Kind, Language: n.Language));
                }

                var sourceId = $"{c}-{e.Id}";
                result.Add(e with
                {
                    Id = ListSources.EntityId(Source, sourceId),
                    Source = Source,
                    SourceId = sourceId,
                    Names = names.MoveToImmutable(),
                    Raw = null,
                });
            }
        }

        return result.MoveToImmutable();
    }

    /// <summary>The source code of synthetic entities.</summary>
    public const string Source = "synthetic";

    private static bool Usable(EntityName name) =>
        name.Kind is NameKind.Primary or NameKind.StrongAlias && NamePerturber.IsLatin(name.Full);

    private static SyntheticCustomer? Perturbed(SanctionsEntity[] eligible, Random random)
    {
        // A few names (one short word) admit no perturbation; another entity is drawn. Lists made only of such
        // names (tests) fall back to a generic customer rather than loop.
        for (var attempt = 0; attempt < 1000; attempt++)
        {
            var entity = eligible[random.Next(eligible.Length)];
            var names = entity.Names.Where(Usable).ToArray();
            var name = names[0].Kind == NameKind.Primary && random.NextDouble() < 0.7 ? names[0] : names[random.Next(names.Length)];
            if (NamePerturber.ApplyAny(name.Full, entity.Schema, random) is not { } perturbed)
            {
                continue;
            }

            var query = new ScreeningQuery
            {
                Name = perturbed.Name,
                Schema = entity.Schema == Schema.LegalEntity ? null : entity.Schema,
                BirthDate = !entity.BirthDates.IsDefaultOrEmpty && random.NextDouble() < 0.5 ? entity.BirthDates[0].From : null,
                Countries = FirstCountry(entity) is { } country && random.NextDouble() < 0.5 ? [country] : [],
            };
            return new SyntheticCustomer(query, entity.Id, name.Full, perturbed.Kind);
        }

        return null;
    }

    private static SyntheticCustomer Generic(Random random)
    {
        var parts = SyntheticNameParts.GivenNames;
        var family = SyntheticNameParts.FamilyNames;
        ScreeningQuery query;
        if (random.NextDouble() < 0.7)
        {
            var name = Pick(parts, random);
            if (random.NextDouble() < 0.25)
            {
                name += " " + Pick(parts, random);
            }

            name += " " + Pick(family, random);
            if (random.NextDouble() < 0.2)
            {
                name += " " + Pick(family, random);
            }

            query = new ScreeningQuery
            {
                Name = name,
                Schema = Schema.Person,
                BirthDate = random.NextDouble() < 0.5 ? new PartialDate(1940 + random.Next(66), 1 + random.Next(12), 1 + random.Next(28)) : null,
                Countries = random.NextDouble() < 0.5 ? [Pick(SyntheticNameParts.Countries, random)] : [],
            };
        }
        else
        {
            var words = SyntheticNameParts.CompanyWords;
            var name = random.NextDouble() < 0.4 ? Pick(family, random) : Pick(words, random);
            for (var extra = random.Next(3); extra > 0; extra--)
            {
                name += " " + Pick(words, random);
            }

            if (random.NextDouble() < 0.8)
            {
                name += " " + Pick(SyntheticNameParts.LegalForms, random);
            }

            query = new ScreeningQuery
            {
                Name = name,
                Schema = Schema.Organization,
                Countries = random.NextDouble() < 0.5 ? [Pick(SyntheticNameParts.Countries, random)] : [],
            };
        }

        return new SyntheticCustomer(query, null, null, Perturbation.None);
    }

    private static string? FirstCountry(SanctionsEntity entity) =>
        !entity.Nationalities.IsDefaultOrEmpty ? entity.Nationalities[0]
        : !entity.Citizenships.IsDefaultOrEmpty ? entity.Citizenships[0]
        : !entity.Countries.IsDefaultOrEmpty ? entity.Countries[0]
        : null;

    private static string Pick(string[] values, Random random) => values[random.Next(values.Length)];
}
