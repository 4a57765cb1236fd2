using System.Collections.Immutable;
using Vigil.Matching.Explanation;
using Vigil.Matching.Screening;
using Vigil.Model;

namespace Vigil.Matching.Scoring;

/// <summary>
/// Weighs the evidence beyond the name (entity type, date of birth, countries, identifiers, gender) as log-odds
/// added to the name's. <see cref="Adjust"/> is the fast path; <see cref="Explain"/> lists each contribution.
/// </summary>
public sealed class EvidenceScorer
{
    private readonly EvidenceWeights w;

    /// <summary>Creates a scorer with the given weights.</summary>
    public EvidenceScorer(EvidenceWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        w = weights;
    }

    /// <summary>Sum of the log-odds adjustments.</summary>
    public double Adjust(ScreeningQuery query, SanctionsEntity entity)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(entity);
        return SchemaTerm(query, entity, out _) + BirthDateTerm(query, entity, out _) + CountryTerm(query, entity, out _)
            + IdentifierTerm(query, entity, out _) + GenderTerm(query, entity, out _);
    }

    /// <summary>Each non-zero contribution with a short account.</summary>
    public ImmutableArray<FeatureContribution> Explain(ScreeningQuery query, SanctionsEntity entity)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(entity);
        var list = ImmutableArray.CreateBuilder<FeatureContribution>();
        Add(list, "type", SchemaTerm(query, entity, out var d1), d1);
        Add(list, "date of birth", BirthDateTerm(query, entity, out var d2), d2);
        Add(list, "country", CountryTerm(query, entity, out var d3), d3);
        Add(list, "identifier", IdentifierTerm(query, entity, out var d4), d4);
        Add(list, "gender", GenderTerm(query, entity, out var d5), d5);
        return list.ToImmutable();
    }

    /// <summary>True when a query of this type may match an entity of that type.</summary>
    public static bool Compatible(Schema query, Schema entity) => query == entity || query == Schema.LegalEntity || entity == Schema.LegalEntity
        || (query is Schema.Organization && entity is Schema.Organization);

    private static void Add(ImmutableArray<FeatureContribution>.Builder list, string feature, double value, string? detail)
    {
        if (value != 0 && detail is not null)
        {
            list.Add(new FeatureContribution(feature, value, detail));
        }
    }

    private double SchemaTerm(ScreeningQuery q, SanctionsEntity e, out string? detail)
    {
        detail = null;
        if (q.Schema is { } s && !Compatible(s, e.Schema))
        {
            detail = $"type {s} is not listed type {e.Schema}";
            return w.SchemaConflict;
        }

        return 0;
    }

    private double BirthDateTerm(ScreeningQuery q, SanctionsEntity e, out string? detail)
    {
        detail = null;
        if (q.BirthDate is not { } qd || e.BirthDates.IsEmpty)
        {
            return 0;
        }

        var best = double.NegativeInfinity;
        foreach (var bd in e.BirthDates)
        {
            var (value, text) = CompareDate(qd, bd);
            if (value > best)
            {
                best = value;
                detail = text;
            }
        }

        return best;
    }

    private (double Value, string Detail) CompareDate(PartialDate q, BirthDate listed)
    {
        var from = listed.From;
        if (listed.To is null && !listed.Circa)
        {
            if (q.Year == from.Year)
            {
                if (q.Month is { } qm && from.Month is { } lm)
                {
                    if (qm == lm)
                    {
                        if (q.Day is { } qday && from.Day is { } lday)
                        {
                            return qday == lday
                                ? (w.BirthDateExact, $"DOB {q} = listed {listed}")
                                : (w.BirthDateConflict / 2, $"DOB {q} differs in day from listed {listed}");
                        }

                        return (w.BirthDatePartial, $"DOB {q} agrees with listed {listed}");
                    }

                    if (q.Day is { } d && from.Day is { } ld && d == lm && ld == qm)
                    {
                        return (w.BirthDateSwapped, $"DOB {q} is listed {listed} with day and month swapped");
                    }

                    return (w.BirthDateConflict / 2, $"DOB {q} differs in month from listed {listed}");
                }

                return (w.BirthDatePartial, $"DOB {q} agrees with listed {listed} at year precision");
            }
        }

        var earliest = listed.EarliestYear;
        var latest = listed.LatestYear;
        if (q.Year >= earliest && q.Year <= latest)
        {
            return (listed.To is null && !listed.Circa ? w.BirthDatePartial : w.BirthYearNear, $"DOB {q} within listed {listed}");
        }

        var gap = q.Year < earliest ? earliest - q.Year : q.Year - latest;
        if (gap <= 1)
        {
            return (w.BirthYearNear, $"DOB {q} within a year of listed {listed}");
        }

        return gap > w.BirthYearTolerance
            ? (w.BirthDateConflict, $"DOB {q} is {gap} years from listed {listed}")
            : (0, $"DOB {q} near listed {listed}");
    }

    private double CountryTerm(ScreeningQuery q, SanctionsEntity e, out string? detail)
    {
        detail = null;
        if (q.Countries.IsDefaultOrEmpty)
        {
            return 0;
        }

        var any = false;
        foreach (var c in q.Countries)
        {
            if (Has(e.Nationalities, c) || Has(e.Citizenships, c) || Has(e.Countries, c) || e.Addresses.Any(a => string.Equals(a.CountryCode, c, StringComparison.OrdinalIgnoreCase))
                || e.BirthPlaces.Any(p => string.Equals(p.CountryCode, c, StringComparison.OrdinalIgnoreCase)))
            {
                detail = $"country {c} is listed";
                return w.CountryMatch;
            }
        }

        any = !e.Nationalities.IsEmpty || !e.Citizenships.IsEmpty || !e.Countries.IsEmpty || e.Addresses.Any(a => a.CountryCode is not null);
        if (any)
        {
            detail = $"country {string.Join('/', q.Countries)} is not among listed countries";
            return w.CountryConflict;
        }

        return 0;
    }

    private static bool Has(ImmutableArray<string> codes, string code)
    {
        foreach (var c in codes)
        {
            if (string.Equals(c, code, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private double IdentifierTerm(ScreeningQuery q, SanctionsEntity e, out string? detail)
    {
        detail = null;
        if (q.Identifiers.IsDefaultOrEmpty || e.Identifiers.IsEmpty)
        {
            return 0;
        }

        var conflict = false;
        string? conflictText = null;
        foreach (var qi in q.Identifiers)
        {
            foreach (var li in e.Identifiers)
            {
                var sameType = qi.Type == li.Type || qi.Type == IdentifierType.Other || li.Type == IdentifierType.Other;
                if (qi.Key.Length > 0 && string.Equals(qi.Key, li.Key, StringComparison.Ordinal) && (sameType || qi.Key.Length >= 7))
                {
                    detail = $"{li.Type} {li.Value} matches";
                    return w.IdentifierMatch;
                }

                if (qi.Type == li.Type && qi.Type != IdentifierType.Other && (qi.CountryCode is null || li.CountryCode is null || string.Equals(qi.CountryCode, li.CountryCode, StringComparison.OrdinalIgnoreCase)))
                {
                    conflict = true;
                    conflictText = $"{qi.Type} {qi.Value} differs from listed {li.Value}";
                }
            }
        }

        if (conflict)
        {
            detail = conflictText;
            return w.IdentifierConflict;
        }

        return 0;
    }

    private double GenderTerm(ScreeningQuery q, SanctionsEntity e, out string? detail)
    {
        detail = null;
        if (q.Gender != Gender.Unknown && e.Gender != Gender.Unknown && q.Gender != e.Gender)
        {
            detail = $"gender {q.Gender} is not listed {e.Gender}";
            return w.GenderConflict;
        }

        return 0;
    }
}
