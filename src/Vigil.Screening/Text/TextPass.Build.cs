using System.Collections.Immutable;
using Vigil.Matching.Screening;

namespace Vigil.Screening.Text;

/// <content>Grouping: one entry per entity, one per jurisdiction, each with every place it occurs.</content>
internal sealed partial class TextPass
{
    private TextScreeningResult Build(List<FoundMention> found)
    {
        found.Sort((x, y) => x.First.CompareTo(y.First));
        var order = new List<int>();
        var groups = new Dictionary<int, (ScreeningHit Hit, TextOccurrence Best, int Words, ImmutableArray<TextOccurrence>.Builder All)>();
        foreach (var f in found)
        {
            var start = tokens[f.First].Start;
            var end = tokens[f.Last].End;
            var occurrence = new TextOccurrence(text[start..end], start, end, f.Kind, f.Kind == MentionKind.LaterMention ? null : f.Hit.Score);
            // A listed identifier names its holder beyond doubt: it represents the entity over any naming of it.
            var words = f.Kind switch
            {
                MentionKind.LaterMention => 0,
                MentionKind.Identifier => int.MaxValue,
                _ => NameWords(f.First, f.Last),
            };
            if (!groups.TryGetValue(f.Entity, out var group))
            {
                order.Add(f.Entity);
                group = (f.Hit, occurrence, words, ImmutableArray.CreateBuilder<TextOccurrence>());
            }
            else if (words > group.Words || (words == group.Words && words > 0 && f.Hit.Score > group.Hit.Score))
            {
                // The fullest naming represents the entity: "Ex-Cle Soluciones Biometricas C.A." over a later "Ex-Cle".
                group = (f.Hit, occurrence, words, group.All);
            }

            group.All.Add(occurrence);
            groups[f.Entity] = group;
        }

        var mentions = order.Select(e => groups[e]).Select(g => new TextMention(g.Hit, g.Best, g.All.ToImmutable())).ToImmutableArray();

        var byCode = new Dictionary<string, (SanctionedJurisdiction Jurisdiction, ImmutableArray<JurisdictionOccurrence>.Builder All)>(StringComparer.Ordinal);
        var codes = new List<string>();
        foreach (var (phrase, first, last) in jurisdictions)
        {
            var start = tokens[first].Start;
            var end = tokens[last].End;
            if (!byCode.TryGetValue(phrase.Jurisdiction.Code, out var group))
            {
                codes.Add(phrase.Jurisdiction.Code);
                byCode[phrase.Jurisdiction.Code] = group = (phrase.Jurisdiction, ImmutableArray.CreateBuilder<JurisdictionOccurrence>());
            }

            group.All.Add(new JurisdictionOccurrence(text[start..end], start, end));
        }

        var named = codes.Select(c => new JurisdictionMention(byCode[c].Jurisdiction, byCode[c].All.ToImmutable())).ToImmutableArray();
        return new TextScreeningResult(mentions, named, threshold);
    }
}
