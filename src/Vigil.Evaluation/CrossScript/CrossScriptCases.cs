using System.Collections.Immutable;
using Vigil.Evaluation.Cases;
using Vigil.Matching.Screening;
using Vigil.Model;
using Vigil.Text.Transliteration;

namespace Vigil.Evaluation.CrossScript;

/// <summary>
/// Cases of a name written in another script against lists written in Latin letters, derived from the lists
/// themselves: the UN list gives many parties' names in their own script (mostly Arabic) beside the Latin one, and
/// OFAC lists most UN parties under Latin names only. A party whose Latin name finds exactly one entity of the other
/// lists at <see cref="SameParty"/> or more gives a case: its name in its own script, alone, should find that entity.
/// This is how a customer file or a payment written in Arabic letters fares against the Latin lists. The pairing is
/// made with the matcher on Latin names spelt as the lists spell them, so it is a derived set, not a labelled one.
/// </summary>
public static class CrossScriptCases
{
    /// <summary>The score at which a Latin name found the same party on the other lists (and no second one did).</summary>
    public const double SameParty = 0.9;

    /// <summary>Pairs each party's own-script names with the one entity of <paramref name="latin"/> its Latin name finds.</summary>
    /// <param name="parties">Parties that give names in their own script (the UN list's).</param>
    /// <param name="latin">A screener over lists without those parties (the other lists).</param>
    public static ImmutableArray<CaseRow> Derive(IEnumerable<SanctionsEntity> parties, Screener latin)
    {
        ArgumentNullException.ThrowIfNull(parties);
        ArgumentNullException.ThrowIfNull(latin);
        var cases = ImmutableArray.CreateBuilder<CaseRow>();
        foreach (var party in parties)
        {
            var own = party.Names.Where(n => LatinTransliterator.NeedsTransliteration(n.Full)).Select(n => n.Full).Distinct(StringComparer.Ordinal).ToList();
            var written = party.Names.FirstOrDefault(n => n.Kind == NameKind.Primary && !LatinTransliterator.NeedsTransliteration(n.Full));
            if (own.Count == 0 || written is null || SameEntity(latin, written.Full, party.Schema) is not { } expected)
            {
                continue;
            }

            foreach (var name in own)
            {
                cases.Add(new CaseRow(cases.Count + 1, name, party.Schema, expected));
            }
        }

        return cases.ToImmutable();
    }

    private static string? SameEntity(Screener latin, string name, Schema schema)
    {
        var hits = latin.Screen(new ScreeningQuery { Name = name, Schema = schema }, 2, SameParty);
        return hits.Count > 0 && hits[0].Score >= SameParty && (hits.Count == 1 || hits[1].Score < SameParty) ? hits[0].Entity.Id : null;
    }
}
