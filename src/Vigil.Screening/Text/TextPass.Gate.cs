using System.Numerics;
using Vigil.Model;
using Vigil.Text.Countries;

namespace Vigil.Screening.Text;

/// <content>Multi-word mentions: gazetteer gate, then the matcher on the few stretches that pass.</content>
internal sealed partial class TextPass
{
    private const int MaxSpansPerRun = 4;
    private const int MaxLookups = 32;

    /// <summary>Finds the stretches of one run that name listed entities and adds those the matcher accepts.</summary>
    private void GateRun(int first, int last, List<FoundMention> found)
    {
        var n = last - first + 1;
        var hits = gazetteer.Begin();
        Span<int> ids = stackalloc int[MaxLookups];
        Span<char> pair = stackalloc char[128];
        for (var p = 0; p < n; p++)
        {
            var word = tokens[first + p].Folded;
            if (roles[first + p] != TokenRole.Name || word.Length < 2)
            {
                continue;
            }

            var count = gazetteer.Lookup(word, ids);
            for (var k = 0; k < count; k++)
            {
                Post(hits, ids[k], 1UL << p);
            }

            // "Excle" listed, "Ex-Cle" written: the two words together.
            if (p + 1 < n && roles[first + p + 1] == TokenRole.Name && tokens[first + p + 1].Gap == TextGap.None)
            {
                var next = tokens[first + p + 1].Folded;
                if (word.Length + next.Length <= pair.Length)
                {
                    word.AsSpan().CopyTo(pair);
                    next.AsSpan().CopyTo(pair[word.Length..]);
                    var id = gazetteer.ExactId(pair[..(word.Length + next.Length)]);
                    if (id >= 0)
                    {
                        Post(hits, id, 3UL << p);
                    }
                }
            }
        }

        var spans = new Dictionary<(int First, int Last), List<(int Entity, double Coverage)>>();
        for (var i = 0; i < hits.Count; i++)
        {
            var (entryId, positions, words) = hits[i];
            var entry = gazetteer.Entry(entryId);
            var matched = BitOperations.PopCount(words);

            // Two words of the name at least, half of it at least, and not only its generic words ("Bank", "National").
            if (entry.ContentCount < 2 || matched < 2 || matched * 2 < entry.ContentCount || (words & ~entry.WeakMask & entry.AllMask) == 0)
            {
                continue;
            }

            if (!TryCluster(first, n, positions, out var a, out var b))
            {
                continue;
            }

            var nameWords = NameWords(a, b);
            if (nameWords > options.MaxMentionWords)
            {
                continue;
            }

            var key = (a, b);
            if (!spans.TryGetValue(key, out var list))
            {
                spans[key] = list = [];
            }

            list.Add((entry.Entity, (double)matched / Math.Max(entry.ContentCount, nameWords)));
        }

        hits.Clear();
        foreach (var (span, gates) in spans.OrderByDescending(s => s.Value.Max(g => g.Coverage)).ThenBy(s => s.Key.First).Take(MaxSpansPerRun))
        {
            if (IsCountryName(span.First, span.Last))
            {
                continue;
            }

            var query = QueryText(span.First, span.Last);
            var tried = 0;
            FoundMention? best = null;
            foreach (var entity in gates.OrderByDescending(g => g.Coverage).ThenBy(g => g.Entity).Select(g => g.Entity).Distinct())
            {
                if (tried++ == options.CandidatesPerSpan)
                {
                    break;
                }

                var hit = Score(query, entity);
                if (hit.Score >= threshold && (best is null || hit.Score > best.Value.Hit.Score) && IsAcceptable(span.First, span.Last, first, last, hit.Entity))
                {
                    best = new FoundMention(span.First, span.Last, entity, hit, MentionKind.Name);
                }
            }

            if (best is { } b)
            {
                found.Add(b);
            }
        }

        void Post(GazetteerScratch s, int id, ulong positionBits)
        {
            foreach (var posting in gazetteer.Postings(id))
            {
                s.Add((int)(posting >> 16), positionBits, (ushort)(posting & 0xFFFF));
            }
        }
    }

    /// <summary>
    /// The densest cluster of hit positions: a name does not skip two unmatched name words, so positions further apart
    /// than that belong to different stretches (a word of the name repeated elsewhere in a long capitals-only line).
    /// </summary>
    private bool TryCluster(int runFirst, int n, ulong positions, out int first, out int last)
    {
        first = last = -1;
        int bestCount = 0, start = -1, end = -1, count = 0, unmatched = 0;
        for (var p = 0; p < n; p++)
        {
            if ((positions & (1UL << p)) != 0)
            {
                if (start < 0)
                {
                    start = p;
                }

                end = p;
                count++;
                unmatched = 0;
            }
            else if (start >= 0 && roles[runFirst + p] == TokenRole.Name && ++unmatched >= 2)
            {
                Keep();
                start = -1;
                count = 0;
                unmatched = 0;
            }
        }

        Keep();
        return first >= 0;

        void Keep()
        {
            if (start >= 0 && count > bestCount)
            {
                bestCount = count;
                first = runFirst + start;
                last = runFirst + end;
            }
        }
    }

    private int NameWords(int first, int last)
    {
        var n = 0;
        for (var i = first; i <= last; i++)
        {
            if (roles[i] == TokenRole.Name)
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>A stretch that is only a country's name ("Trinidad and Tobago", "North Korea") is never a listed entity.</summary>
    private bool IsCountryName(int first, int last)
    {
        var all = true;
        for (var i = first; i <= last && all; i++)
        {
            all = roles[i] != TokenRole.Name || countryWord[i];
        }

        return all || CountryCodes.TryGetCode(QueryText(first, last), out _);
    }

    /// <summary>
    /// Ships and aircraft bear ordinary words as names ("Amber", "Forest", "Deep Sea"): they count only with context
    /// (quotes, "tanker", "M/V", their IMO number in the text) or when the text gives their whole multi-word name and
    /// nothing more.
    /// </summary>
    private bool IsAcceptable(int first, int last, int runFirst, int runLast, SanctionsEntity entity)
    {
        if (entity.Schema is not (Schema.Vessel or Schema.Aircraft))
        {
            return true;
        }

        if (HasCraftContext(first, last, entity))
        {
            return true;
        }

        if (NameWords(runFirst, first - 1) != 0 || NameWords(last + 1, runLast) != 0 || NameWords(first, last) < 2)
        {
            return false;
        }

        var written = Gazetteer.ContentWords(QueryText(first, last), entity.Schema);
        foreach (var name in entity.Names)
        {
            if (Gazetteer.ContentWords(name.Full, entity.Schema).AsSpan().SequenceEqual(written))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasCraftContext(int first, int last, SanctionsEntity entity)
    {
        if (IsQuoted(first, last))
        {
            return true;
        }

        var role = entity.Schema == Schema.Aircraft ? WordRole.AircraftContext : WordRole.VesselContext;
        for (var k = first - 1; k >= 0 && k >= first - options.ContextWindow && tokens[k + 1].Gap != TextGap.Sentence; k--)
        {
            if ((TextVocabulary.RoleOf(tokens[k].Folded) & role) != 0)
            {
                return true;
            }

            // "M/V", "M/T": the slash splits the abbreviation in two.
            if (k > 0 && tokens[k].Folded is "v" or "t" && tokens[k - 1].Folded == "m")
            {
                return true;
            }
        }

        for (var k = last + 1; k < tokens.Count && k < last + options.ContextWindow && tokens[k].Gap != TextGap.Sentence; k++)
        {
            if ((TextVocabulary.RoleOf(tokens[k].Folded) & role) != 0)
            {
                return true;
            }
        }

        foreach (var listed in entity.Identifiers)
        {
            if (listed.Type == IdentifierType.Imo)
            {
                foreach (var imo in imoNumbers)
                {
                    if (listed.Key == imo.Key)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private bool IsQuoted(int first, int last)
    {
        var before = tokens[first].Start - 1;
        var after = tokens[last].End;
        return before >= 0 && after < text.Length && IsQuote(text[before]) && IsQuote(text[after]);

        static bool IsQuote(char c) => c is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00AB' or '\u00BB';
    }

    /// <summary>Keeps the best-scoring mentions that do not overlap.</summary>
    private List<FoundMention> SelectNonOverlapping(List<FoundMention> found)
    {
        found.Sort((x, y) =>
        {
            var c = y.Hit.Score.CompareTo(x.Hit.Score);
            if (c == 0)
            {
                c = (y.Last - y.First).CompareTo(x.Last - x.First);
            }

            return c != 0 ? c : x.First.CompareTo(y.First);
        });
        var taken = new bool[tokens.Count];
        var selected = new List<FoundMention>();
        foreach (var f in found)
        {
            if (taken.AsSpan(f.First, f.Last - f.First + 1).Contains(true))
            {
                continue;
            }

            taken.AsSpan(f.First, f.Last - f.First + 1).Fill(true);
            selected.Add(f);
        }

        return selected;
    }
}
