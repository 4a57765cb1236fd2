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

    /// <summary>Sum of the log-odds adjustments. Builds no text and allocates nothing: it runs once per candidate entity.</summary>
    public double Adjust(ScreeningQuery query, SanctionsEntity entity)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(entity);
        return SchemaTerm(query, entity, explain: false, out _) + BirthDateTerm(query, entity, explain: false, out _)
            + CountryTerm(query, entity, explain: false, out _) + IdentifierTerm(query, entity, explain: false, out _)
            + GenderTerm(query, entity, explain: false, out _);
    }

    /// <summary>
    /// The most <see cref="Adjust"/> can give any entity for this query: each term at its best value among those the
    /// query's own fields make possible. Lets screening rule out a candidate before reading its entity.
    /// </summary>
    public double MostFor(ScreeningQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var most = 0.0;
        if (query.Schema is not null)
        {
            most += Math.Max(0, w.SchemaConflict);
        }

        if (query.BirthDate is not null)
        {
            most += Max(0, w.BirthDateExact, w.BirthDateSwapped, w.BirthDatePartial, w.BirthYearNear, w.BirthDateConflict, w.BirthDateConflict / 2, w.BirthDateFarConflict);
        }

        if (!query.Countries.IsDefaultOrEmpty)
        {
            most += Max(0, w.CountryMatch, w.CountryConflict);
        }

        if (!query.Identifiers.IsDefaultOrEmpty)
        {
            most += Max(0, w.IdentifierMatch, w.IdentifierConflict);
        }

        if (query.Gender != Gender.Unknown)
        {
            most += Math.Max(0, w.GenderConflict);
        }

        return most;
    }

    private static double Max(params ReadOnlySpan<double> values)
    {
        var max = double.NegativeInfinity;
        foreach (var v in values)
        {
            max = Math.Max(max, v);
        }

        return max;
    }

    /// <summary>Each non-zero contribution with a short account.</summary>
    public ImmutableArray<FeatureContribution> Explain(ScreeningQuery query, SanctionsEntity entity)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(entity);
        var list = ImmutableArray.CreateBuilder<FeatureContribution>();
        Add(list, "type", SchemaTerm(query, entity, explain: true, out var d1), d1);
        Add(list, "date of birth", BirthDateTerm(query, entity, explain: true, out var d2), d2);
        Add(list, "country", CountryTerm(query, entity, explain: true, out var d3), d3);
        Add(list, "identifier", IdentifierTerm(query, entity, explain: true, out var d4), d4);
        Add(list, "gender", GenderTerm(query, entity, explain: true, out var d5), d5);
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

    private double SchemaTerm(ScreeningQuery q, SanctionsEntity e, bool explain, out string? detail)
    {
        detail = null;
        if (q.Schema is { } s && !Compatible(s, e.Schema))
        {
            detail = explain ? $"type {s} is not listed type {e.Schema}" : null;
            return w.SchemaConflict;
        }

        return 0;
    }

    private double BirthDateTerm(ScreeningQuery q, SanctionsEntity e, bool explain, out string? detail)
    {
        detail = null;
        if (q.BirthDate is not { } qd || e.BirthDates.IsEmpty)
        {
            return 0;
        }

        var best = double.NegativeInfinity;
        var how = DateAgreement.Near;
        BirthDate? bestListed = null;
        foreach (var bd in e.BirthDates)
        {
            var (value, agreement) = CompareDate(qd, bd);
            if (value > best)
            {
                best = value;
                how = agreement;
                bestListed = bd;
            }
        }

        detail = explain ? Describe(how, qd, bestListed!) : null;
        return best;
    }

    private (double Value, DateAgreement How) CompareDate(PartialDate q, BirthDate listed)
    {
        var from = listed.From;
        if (listed.To is null && !listed.Circa && q.Year == from.Year)
        {
            if (q.Month is not { } qm || from.Month is not { } lm)
            {
                return (w.BirthDatePartial, DateAgreement.Year);
            }

            if (qm == lm)
            {
                if (q.Day is { } qday && from.Day is { } lday)
                {
                    return qday == lday ? (w.BirthDateExact, DateAgreement.Exact) : (w.BirthDateConflict / 2, DateAgreement.DayDiffers);
                }

                return (w.BirthDatePartial, DateAgreement.Agrees);
            }

            return q.Day is { } d && from.Day is { } ld && d == lm && ld == qm
                ? (w.BirthDateSwapped, DateAgreement.Swapped)
                : (w.BirthDateConflict / 2, DateAgreement.MonthDiffers);
        }

        var earliest = listed.EarliestYear;
        var latest = listed.LatestYear;
        if (q.Year >= earliest && q.Year <= latest)
        {
            return (listed.To is null && !listed.Circa ? w.BirthDatePartial : w.BirthYearNear, DateAgreement.Within);
        }

        var gap = q.Year < earliest ? earliest - q.Year : q.Year - latest;
        if (gap <= 1)
        {
            return (w.BirthYearNear, DateAgreement.WithinAYear);
        }

        if (gap <= w.BirthYearTolerance)
        {
            return (0, DateAgreement.Near);
        }

        var nearest = q.Year < earliest ? earliest : latest;
        return gap >= w.BirthYearsFar && !OneSlipApart(q.Year, nearest) ? (w.BirthDateFarConflict, DateAgreement.Far) : (w.BirthDateConflict, DateAgreement.Far);
    }

    /// <summary>Whether two years are written alike but for one digit changed or two adjacent digits swapped (1956 / 1965).</summary>
    private static bool OneSlipApart(int a, int b)
    {
        Span<char> x = stackalloc char[11];
        Span<char> y = stackalloc char[11];
        if (!a.TryFormat(x, out var n, provider: System.Globalization.CultureInfo.InvariantCulture) || !b.TryFormat(y, out var m, provider: System.Globalization.CultureInfo.InvariantCulture) || n != m)
        {
            return false;
        }

        var first = -1;
        var differ = 0;
        for (var i = 0; i < n; i++)
        {
            if (x[i] != y[i])
            {
                first = first < 0 ? i : first;
                differ++;
            }
        }

        return differ == 1 || (differ == 2 && first + 1 < n && x[first] == y[first + 1] && x[first + 1] == y[first]);
    }

    private static string Describe(DateAgreement how, PartialDate q, BirthDate listed) => how switch
    {
        DateAgreement.Exact => $"DOB {q} = listed {listed}",
        DateAgreement.DayDiffers => $"DOB {q} differs in day from listed {listed}",
        DateAgreement.Agrees => $"DOB {q} agrees with listed {listed}",
        DateAgreement.Swapped => $"DOB {q} is listed {listed} with day and month swapped",
        DateAgreement.MonthDiffers => $"DOB {q} differs in month from listed {listed}",
        DateAgreement.Year => $"DOB {q} agrees with listed {listed} at year precision",
        DateAgreement.Within => $"DOB {q} within listed {listed}",
        DateAgreement.WithinAYear => $"DOB {q} within a year of listed {listed}",
        DateAgreement.Far => $"DOB {q} is {(q.Year < listed.EarliestYear ? listed.EarliestYear - q.Year : q.Year - listed.LatestYear)} years from listed {listed}",
        _ => $"DOB {q} near listed {listed}",
    };

    private double CountryTerm(ScreeningQuery q, SanctionsEntity e, bool explain, out string? detail)
    {
        detail = null;
        if (q.Countries.IsDefaultOrEmpty)
        {
            return 0;
        }

        foreach (var c in q.Countries)
        {
            if (Has(e.Nationalities, c) || Has(e.Citizenships, c) || Has(e.Countries, c) || HasAddressIn(e.Addresses, c) || HasPlaceIn(e.BirthPlaces, c))
            {
                detail = explain ? $"country {c} is listed" : null;
                return w.CountryMatch;
            }
        }

        if (!e.Nationalities.IsEmpty || !e.Citizenships.IsEmpty || !e.Countries.IsEmpty || HasAddressIn(e.Addresses, null))
        {
            detail = explain ? $"country {string.Join('/', q.Countries)} is not among listed countries" : null;
            return w.CountryConflict;
        }

        return 0;
    }

    /// <summary>True when an address lies in <paramref name="code"/>, or (null) when any address names a country.</summary>
    private static bool HasAddressIn(ImmutableArray<Address> addresses, string? code)
    {
        foreach (var a in addresses)
        {
            if (a.CountryCode is not null && (code is null || string.Equals(a.CountryCode, code, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasPlaceIn(ImmutableArray<Place> places, string code)
    {
        foreach (var p in places)
        {
            if (string.Equals(p.CountryCode, code, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
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

    private double IdentifierTerm(ScreeningQuery q, SanctionsEntity e, bool explain, out string? detail)
    {
        detail = null;
        if (q.Identifiers.IsDefaultOrEmpty || e.Identifiers.IsEmpty)
        {
            return 0;
        }

        Identifier? conflictQuery = null, conflictListed = null;
        foreach (var qi in q.Identifiers)
        {
            foreach (var li in e.Identifiers)
            {
                if (IdentifierAgreement.Agrees(qi, li))
                {
                    detail = explain ? $"{li} matches" : null;
                    return w.IdentifierMatch;
                }

                if (IdentifierAgreement.Conflicts(qi, li))
                {
                    conflictQuery = qi;
                    conflictListed = li;
                }
            }
        }

        if (conflictQuery is not null)
        {
            detail = explain ? $"{Identifier.Describe(conflictQuery.Type)} {conflictQuery.Value} differs from listed {conflictListed!.Value}" : null;
            return w.IdentifierConflict;
        }

        return 0;
    }

    private double GenderTerm(ScreeningQuery q, SanctionsEntity e, bool explain, out string? detail)
    {
        detail = null;
        if (q.Gender != Gender.Unknown && e.Gender != Gender.Unknown && q.Gender != e.Gender)
        {
            detail = explain ? $"gender {q.Gender} is not listed {e.Gender}" : null;
            return w.GenderConflict;
        }

        return 0;
    }

    /// <summary>How a query's date of birth relates to a listed one; the text is built only for explanations.</summary>
    private enum DateAgreement
    {
        Exact,
        DayDiffers,
        Agrees,
        Swapped,
        MonthDiffers,
        Year,
        Within,
        WithinAYear,
        Far,
        Near,
    }
}
