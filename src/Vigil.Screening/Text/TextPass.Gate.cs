using System.Numerics;
using System.Runtime.CompilerServices;
using Vigil.Matching.Screening;
using Vigil.Model;
using Vigil.Text.Countries;
using Vigil.Text.Names;
using Vigil.Text.Normalization;
using Vigil.Text.Similarity;

namespace Vigil.Screening.Text;

/// <content>Multi-word mentions: gazetteer gate, then the matcher on the few stretches that pass.</content>
internal sealed partial class TextPass
{
    private const int MaxSpansPerRun = 4;
    private const int MaxLookups = 32;

    // The folded words of a listed family name, made when a text first names its person and kept while the name is:
    // a text screened again, or one naming the person twice, folds nothing again.
    private static readonly ConditionalWeakTable<EntityName, string[]> FamilyWords = [];

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
            // A one-letter word is looked up only as a number or as a listed name writes it after the word before
            // ("HAPPINESS I"): most are initials, in thousands of names.
            if (roles[first + p] != TokenRole.Name || (word.Length < 2 && !char.IsAsciiDigit(word[0]) && !(p > 0 && gazetteer.Follows(tokens[first + p - 1].Folded, word))))
            {
                continue;
            }

            var count = gazetteer.Lookup(word, ids);
            var nominative = nominatives?[first + p];
            if (nominative is not null)
            {
                count = gazetteer.Lookup(nominative, ids, count);
            }

            // A given name in Cyrillic may be read in another language's form than the listed one ("Володимир"
            // volodimir, listed "Vladimir"): the gate looks for its other forms, and the matcher scores them as forms
            // of one name.
            if (tokens[first + p].Cyrillic)
            {
                count = gazetteer.AddExact(NameVariants.VariantsOf(nominative ?? word), ids, count);
            }

            // A Korean family name as the South writes it ("Lee Pyong Chol") is listed as the North does (RI): its
            // other spellings are looked up, and the matcher scores them as one name.
            count = gazetteer.AddExact(KoreanSurnames.VariantsOf(word), ids, count);

            // Arabic letters leave short vowels unwritten: "مادورو" reads madwrw, which no lookup above ties to the
            // listed MADURO. The Latin spellings that may write it are looked up, without the article glued to it too.
            if (tokens[first + p].Arabic)
            {
                count = Gazetteer.AddIds(ReadingIds(first + p), ids, count);
            }

            for (var k = 0; k < count; k++)
            {
                Post(hits, ids[k], 1UL << p);
            }

            // "Excle" listed, "Ex-Cle" written: the two words together.
            if (p + 1 < n && roles[first + p + 1] == TokenRole.Name && tokens[first + p + 1].Gap == TextGap.None && tokens[first + p + 1].Folded.Length > 1)
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

                // Arabic writes apart what the lists write as one word: حزب الله, the HIZBALLAH of LEBANESE HIZBALLAH.
                if (tokens[first + p].Arabic && tokens[first + p + 1].Arabic)
                {
                    foreach (var id in WritersOf(ArabicReading(first + p) + ArabicReading(first + p + 1), gazetteer, ref writers))
                    {
                        Post(hits, id, 3UL << p);
                    }
                }
            }
        }

        // Most runs share two words with no listed name: the span table is made only for those that do.
        Dictionary<(int First, int Last), List<(int Entity, double Coverage)>>? spans = null;
        Dictionary<(int First, int Last), (int First, int Last)>? unwidened = null;
        for (var i = 0; i < hits.Count; i++)
        {
            var (entryId, positions, words, matched) = hits[i];
            var entry = gazetteer.Entry(entryId);

            // Two words of the name at least, and half of it; and either the whole name or two of its distinctive
            // words: "Planning Commission" is not "State Planning Commission", whose only distinctive word is "planning".
            var distinctive = BitOperations.PopCount((uint)(words & ~entry.WeakMask & entry.AllMask));
            if (entry.ContentCount < 2 || matched < 2 || matched * 2 < entry.ContentCount || distinctive == 0
                || (matched < entry.ContentCount && distinctive < 2))
            {
                continue;
            }

            if (!TryCluster(first, n, positions, out var a, out var b))
            {
                continue;
            }

            var person = gazetteer.Entities[entry.Entity].Schema == Schema.Person;
            var (foundFirst, foundLast) = (a, b);
            (a, b) = Extend(a, b, first, last, organisation: !person);

            // Without capitals any word after a name may be widened into it ("PAYMENT TO DIOSDADO CABELLO VIA BANK OF
            // AMERICA": "via" took Cabello's name below a match): when the widened stretch is no mention, the words found
            // are scored alone. Words before them are more likely given names ("devesh kumar singh" is no SINGH,
            // Chiranjeev Kumar), so a stretch widened that way stands as it is.
            if (caseless && a == foundFirst && b != foundLast && !(person && HasConjunction(foundFirst, foundLast)))
            {
                (unwidened ??= [])[(a, b)] = (foundFirst, foundLast);
            }

            // A person is never named across "and": "Maduro and Guaidó" are two people, though "Ministry of Defense and
            // Armed Forces Logistics" is one organisation. When the person's words stand on both sides ("Kim Jong Un
            // and Kim Yo Jong"), each side is a stretch of its own.
            if (person && HasConjunction(a, b))
            {
                foreach (var (sa, sb) in SidesOfConjunction(a, b))
                {
                    var width = sb - sa + 1;
                    var side = BitOperations.PopCount((positions >> (sa - first)) & (width >= 64 ? ulong.MaxValue : (1UL << width) - 1));
                    AddSpan(sa, sb, entry, Math.Min(matched, side), person);
                }

                continue;
            }

            AddSpan(a, b, entry, matched, person);
        }

        hits.Clear();
        if (spans is null)
        {
            return;
        }

        foreach (var (span, gates) in spans.OrderByDescending(s => s.Value.Max(g => g.Coverage)).ThenBy(s => s.Key.First).Take(MaxSpansPerRun))
        {
            if (IsCountryName(span.First, span.Last))
            {
                continue;
            }

            var entities = gates.OrderByDescending(g => g.Coverage).ThenBy(g => g.Entity).Select(g => g.Entity).ToList();
            var organisations = false;
            foreach (var e in entities)
            {
                organisations |= gazetteer.Entities[e].Schema != Schema.Person;
            }

            // Listed words on both sides of "and" make one stretch of two names, which scores as neither ("Sberbank and
            // VTB Bank": "Bank" is a word of the subsidiary's "SBER BANK" too) or as one of them less well than each
            // side scores alone ("Mahan Air and Iran Air" as MAHAN AIR 0.85): the sides are taken when one of them
            // scores better than the whole. "Ministry of Defense and Armed Forces Logistics" is one name, scored best whole.
            var whole = BestOf(span.First, span.Last, entities, organisations, first, last);
            if (whole is null && unwidened is not null && unwidened.TryGetValue(span, out var words))
            {
                whole = BestOf(words.First, words.Last, entities, organisations, first, last);
            }

            var sides = BestOfSides(span.First, span.Last, entities, organisations, first, last);
            if (sides is not null && (whole is null || sides.Max(m => m.Hit.Score) > whole.Value.Hit.Score))
            {
                found.AddRange(sides);
            }
            else if (whole is { } best)
            {
                found.Add(best);
            }
        }

        // A person is never named by one written word, even one that joins two listed words ("Hizballah" is not
        // "Hizb Ullah").
        void AddSpan(int a, int b, GazetteerEntry entry, int matched, bool person)
        {
            var nameWords = NameWords(a, b);
            if (nameWords > options.MaxMentionWords || (person && nameWords < 2) || matched < 2)
            {
                return;
            }

            spans ??= [];
            if (!spans.TryGetValue((a, b), out var list))
            {
                spans[(a, b)] = list = [];
            }

            list.Add((entry.Entity, (double)matched / Math.Max(entry.ContentCount, nameWords)));
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
    /// The best-scoring of the gate's entities for a stretch, if any reaches the threshold; and, when some of them are
    /// organisations (<paramref name="organisations"/>), of the organisations named by the stretch's one word.
    /// </summary>
    private FoundMention? BestOf(int a, int b, List<int> gateEntities, bool organisations, int runFirst, int runLast)
    {
        var query = QueryText(a, b);
        var declinedQuery = HasNominative(a, b) ? QueryText(a, b, nominative: true) : null;

        // Declined Russian or Ukrainian name words in the nominative, or Arabic letters as written: scored as well.
        var otherReading = declinedQuery ?? OwnScript(a, b);
        var tried = 0;
        FoundMention? best = null;

        // A stretch whose one word joins two listed words ("Sberbank" for the "SBER BANK" of a Belarusian subsidiary)
        // may also be the whole name of other organisations ("PJSC SBERBANK"): those are scored first.
        IEnumerable<int> candidates = gateEntities;
        if (organisations && WholeNamesOf(a, b, query, declinedQuery) is { } whole)
        {
            candidates = whole.Concat(candidates);
        }

        foreach (var entity in candidates.Distinct())
        {
            if (tried++ == options.CandidatesPerSpan)
            {
                break;
            }

            var hit = Score(query, entity);
            if (otherReading is not null && Score(otherReading, entity) is var other && other.Score > hit.Score)
            {
                hit = other;
            }

            if (hit.Score >= threshold && (best is null || IsBetter(hit, best.Value.Hit)) && IsAcceptable(a, b, runFirst, runLast, hit))
            {
                best = new FoundMention(a, b, entity, hit, MentionKind.Name);
            }
        }

        return best;
    }

    /// <summary>
    /// The stretch as written when it is in Arabic or Hebrew letters, else null: read as the folded Latin words, a name
    /// loses what name screening knows of that script (the article glued to its word, short vowels unwritten), and met
    /// a Latin listed spelling only by sound.
    /// </summary>
    private string? OwnScript(int first, int last)
    {
        var span = text.AsSpan(tokens[first].Start, tokens[last].End - tokens[first].Start);
        return ArabicScriptNames.IsAbjadScript(span) ? span.ToString() : null;
    }

    /// <summary>
    /// A higher score; at an equal one, a listed name written as the stretch writes it. An organisation's name scores
    /// alike in either word order and with a legal form more or less, so "Bank Melli" ties the alias BANK MELLI of BANK
    /// MELLI IRAN with MELLI BANK PLC, its British subsidiary: the name as written is the one meant.
    /// </summary>
    private static bool IsBetter(ScreeningHit hit, ScreeningHit best) =>
        hit.Score > best.Score || (hit.Score == best.Score && hit.Explanation.Name.WrittenAsQueried && !best.Explanation.Name.WrittenAsQueried);

    /// <summary>The mentions of each side of a stretch's conjunctions scored alone; null when it has no conjunction or no side is a mention.</summary>
    private List<FoundMention>? BestOfSides(int first, int last, List<int> gateEntities, bool organisations, int runFirst, int runLast)
    {
        List<FoundMention>? sides = null;
        foreach (var (a, b) in SidesOfConjunction(first, last))
        {
            if (BestOf(a, b, gateEntities, organisations, runFirst, runLast) is { } side)
            {
                (sides ??= []).Add(side);
            }
        }

        return sides;
    }

    /// <summary>The parts of a stretch between its conjunctions, each trimmed to name words; none when it has no conjunction.</summary>
    private List<(int First, int Last)> SidesOfConjunction(int first, int last)
    {
        if (!HasConjunction(first, last))
        {
            return [];
        }

        var sides = new List<(int, int)>();
        var start = first;
        for (var i = first; i <= last + 1; i++)
        {
            if (i <= last && !IsConjunction(i))
            {
                continue;
            }

            var a = start;
            var b = i - 1;
            while (a <= b && roles[a] != TokenRole.Name)
            {
                a++;
            }

            while (b >= a && roles[b] != TokenRole.Name)
            {
                b--;
            }

            if (a <= b)
            {
                sides.Add((a, b));
            }

            start = i + 1;
        }

        return sides;
    }

    /// <summary>
    /// The densest cluster of hit positions: a name does not skip two unmatched name words, so positions further apart
    /// than that belong to different stretches (a word of the name repeated elsewhere in a long capitals-only line).
    /// </summary>
    private bool TryCluster(int runFirst, int n, ulong positions, out int first, out int last)
    {
        int bestFirst = -1, bestLast = -1, bestCount = 0, start = -1, end = -1, count = 0, unmatched = 0;
        for (var p = 0; p <= n; p++)
        {
            var hit = p < n && (positions & (1UL << p)) != 0;
            if (hit)
            {
                start = start < 0 ? p : start;
                end = p;
                count++;
                unmatched = 0;
                continue;
            }

            var closes = p == n || (start >= 0 && roles[runFirst + p] == TokenRole.Name && ++unmatched >= 2);
            if (closes && start >= 0)
            {
                if (count > bestCount)
                {
                    (bestFirst, bestLast, bestCount) = (runFirst + start, runFirst + end, count);
                }

                start = -1;
                count = 0;
                unmatched = 0;
            }
        }

        first = bestFirst;
        last = bestLast;
        return first >= 0;
    }

    /// <summary>
    /// Widens a stretch over the name words next to it, so that the matcher sees the name as written: "Luis Alfonso
    /// Pereira" is scored whole, not as the "Luis Alfonso" it shares with a listed name. Common words and country
    /// names are not taken in ("Treasury Sanctions Ex-Cle" is scored as "Ex-Cle"), except generic words after an
    /// organisation's name, which are part of it ("Northern Star Resources"). Nor is a Cyrillic word that opens a
    /// sentence: Russian capitalises only names and a sentence's first word, so "Гибель Евгения Пригожина" (the death
    /// of Yevgeniy Prigozhin) is scored as the name.
    /// </summary>
    private (int First, int Last) Extend(int first, int last, int runFirst, int runLast, bool organisation)
    {
        // Not over a line break: a list of names, one a line, is one run ("Devesh Kumar Singh" after "Cristian Sorinel"),
        // and a stretch within it ("Kumar Singh") is a person's name only with the rest of its line.
        var a = first;
        var b = last;
        while (a > runFirst && tokens[a].Gap == TextGap.None && !StartsLine(a) && IsExtension(a - 1, weakToo: false) && !(tokens[a - 1].Cyrillic && tokens[a - 1].Gap == TextGap.Sentence))
        {
            a--;
        }

        while (b < runLast && tokens[b + 1].Gap == TextGap.None && !StartsLine(b + 1) && IsExtension(b + 1, weakToo: organisation))
        {
            b++;
        }

        return NameWords(a, b) <= options.MaxMentionWords ? (a, b) : (first, last);

        bool IsExtension(int i, bool weakToo) =>
            roles[i] == TokenRole.Name && !countryWord[i] && (!Gazetteer.IsWeak(tokens[i].Folded, tokens[i].Cyrillic) || (weakToo && WordLists.IsGeneric(tokens[i].Folded)))
            && (!tokens[i].Arabic || IsNameWordBeside(i));
    }

    /// <summary>
    /// Whether a word read from Arabic letters next to a name is part of it: a kinship word ("abw", أبو), or a given
    /// name (<see cref="NameVariants"/>) as written or as a listed spelling of four letters or more writes it. Arabic has
    /// no capitals, so every word of a sentence is a name word to the run, and the words beside a name are mostly nouns
    /// and verbs ("نظام نيكولاس مادورو", the regime of; "قتل", killed): widened over them, the name scored below a
    /// match. A given name is taken in, so that "Khalid Ahmed Hassan" is scored whole, as in Latin text.
    /// </summary>
    private bool IsNameWordBeside(int k)
    {
        var folded = tokens[k].Folded;
        if (ArabicScriptNames.IsParticle(folded) || NameVariants.ClassesOf(folded).Count > 0)
        {
            return true;
        }

        if (ArabicReading(k).Length <= Vocalisation.MinReading)
        {
            return false;
        }

        foreach (var id in ReadingIds(k))
        {
            if (NameVariants.ClassesOf(gazetteer.Word(id)).Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The listed words that may write word k, written in Arabic letters (<see cref="Gazetteer.LookupReading"/>): looked
    /// up once a text, as runs overlap and a word beside a name is asked about again.
    /// </summary>
    private int[] ReadingIds(int k)
    {
        readingIds ??= new int[]?[tokens.Count];
        if (readingIds[k] is { } known)
        {
            return known;
        }

        // A given name found so is also looked up in its other forms, as a Cyrillic one is: ديمتري (dymtry) is written
        // DIMITRY, and the lists give Utkin's as DMITRIY.
        Span<int> ids = stackalloc int[MaxLookups];
        var written = WritersOf(ArabicReading(k), gazetteer, ref writers);
        written.CopyTo(ids);
        var n = written.Length;
        foreach (var id in written)
        {
            n = gazetteer.AddExact(NameVariants.VariantsOf(gazetteer.Word(id)), ids, n);
        }

        // A reading of three letters is too short to be looked up so (علی, "aly"); as a given name's spelling, its forms
        // are known (ALI).
        n = gazetteer.AddExact(NameVariants.VariantsOf(ArabicReading(k)), ids, n);

        return readingIds[k] = ids[..n].ToArray();
    }

    /// <summary>
    /// Word k, written in Arabic letters, read as name screening reads it: its article set apart and left out. Read
    /// whole, العيسمي is "alysmy", its ʿayn lost inside the word; set apart, "aysmy", which AISSAMI writes.
    /// </summary>
    private string ArabicReading(int k)
    {
        // Asked for again as runs overlap, beside a name and in pairs: read once a text.
        arabicReadings ??= new string?[tokens.Count];
        if (arabicReadings[k] is { } known)
        {
            return known;
        }

        return arabicReadings[k] = ReadingOf(text.Substring(tokens[k].Start, tokens[k].End - tokens[k].Start), tokens[k].Folded);
    }

    /// <summary>A word in Arabic letters (folded to <paramref name="folded"/>) read without the article glued to it.</summary>
    private static string ReadingOf(string word, string folded)
    {
        var apart = ArabicScriptNames.SetApartArticle(word);
        if (ReferenceEquals(apart, word))
        {
            return folded;
        }

        var read = TextFolder.Fold(apart);
        var space = read.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? read : read[(space + 1)..].Replace(" ", string.Empty, StringComparison.Ordinal);
    }

    /// <summary>Whether a line break stands between word i and the word before it.</summary>
    private bool StartsLine(int i) => text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).Contains('\n');

    private bool HasConjunction(int first, int last)
    {
        for (var i = first + 1; i < last; i++)
        {
            if (IsConjunction(i))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsConjunction(int i) => roles[i] == TokenRole.Connector && tokens[i].Folded is "and" or "y" or "e" or "or" or "o" or "u" or "und" or "et";

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
    /// nothing more. An organisation is not named by one English word written for two listed ones ("Likewise" for LIKE
    /// WISE, "Tidewater" for TIDEWATER MIDDLE EAST CO.) unless it is quoted, as one-word names are not (<see cref="OneWordName"/>).
    /// A person is not named by two words that miss the family name the list gives (<see cref="GivesFamilyName"/>).
    /// </summary>
    private bool IsAcceptable(int first, int last, int runFirst, int runLast, ScreeningHit hit)
    {
        var entity = hit.Entity;
        if (entity.Schema == Schema.Person)
        {
            return GivesFamilyName(first, last, hit);
        }

        if (entity.Schema is not (Schema.Vessel or Schema.Aircraft))
        {
            // Nor by a short word read from Arabic letters, which spells a listed acronym by chance (مساء, evening: MSA).
            return NameWords(first, last) > 1 || !(EnglishWords.Contains(tokens[first].Folded) || (tokens[first].Arabic && IsPlainShortWord(first))) || IsQuoted(first, last);
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

    /// <summary>
    /// Whether a person's stretch gives a word of the family name the list separates from the given names, or has more
    /// than two words: given names, or a given name and a patronymic, are many people's ("Juan José" is no ESPARRAGOZA
    /// MORENO, Juan Jose; "Vladimir Vladimirovich" no NAUMAU, Uladzimir Uladzimiravich), while three words without the
    /// family name still name one ("Rana Saddam Hussein" for AL-TIKRITI, Rana Saddam Hussein).
    /// </summary>
    private bool GivesFamilyName(int first, int last, ScreeningHit hit) =>
        NameWords(first, last) > 2 || MatchedFamilyName(hit, queryToken: null);

    /// <summary>
    /// Whether the hit's query token <paramref name="queryToken"/> (any, when null) matched a word of the listed
    /// family name; true when the list gives none.
    /// </summary>
    private static bool MatchedFamilyName(ScreeningHit hit, string? queryToken)
    {
        if (string.IsNullOrWhiteSpace(hit.MatchedName.Family))
        {
            return true;
        }

        var family = FamilyWords.GetValue(hit.MatchedName, static name => TextFolder.Fold(name.Family!).Split(' '));
        foreach (var token in hit.Explanation.Name.Tokens)
        {
            if (token.QueryToken.Length == 0 || token.ListedToken is not { } listed || (queryToken is not null && token.QueryToken != queryToken))
            {
                continue;
            }

            // A listed token may be two words joined in the alignment ("abd al"): any of them counts.
            foreach (var range in listed.AsSpan().Split(' '))
            {
                foreach (var word in family)
                {
                    if (listed.AsSpan(range).SequenceEqual(word))
                    {
                        return true;
                    }
                }
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

        // Before the name, the other names of a list and the words joining them do not use up the window: "the
        // vessels SCF Primorye and NS Champion", "the tankers Lana, Pegas and Kazan".
        var role = entity.Schema == Schema.Aircraft ? WordRole.AircraftContext : WordRole.VesselContext;
        var window = options.ContextWindow;
        for (var k = first - 1; k >= 0 && window > 0 && tokens[k + 1].Gap != TextGap.Sentence; k--)
        {
            if ((TextVocabulary.RoleOf(tokens[k]) & role) != 0)
            {
                return true;
            }

            window -= roles[k] == TokenRole.Name || IsConjunction(k) ? 0 : 1;

            // "M/V", "M/T": the slash splits the abbreviation in two.
            if (k > 0 && IsMotorVesselMark(k))
            {
                return true;
            }
        }

        for (var k = last + 1; k < tokens.Count && k < last + options.ContextWindow && tokens[k].Gap != TextGap.Sentence; k++)
        {
            if ((TextVocabulary.RoleOf(tokens[k]) & role) != 0)
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

    /// <summary>
    /// Whether words first..last stand in quotes, as the press quotes a ship's or a company's name; not a key or a label
    /// (a colon after the closing quote: <c>"Resource": {</c>, <c>"Alias": "..."</c> in JSON).
    /// </summary>
    private bool IsQuoted(int first, int last)
    {
        var before = tokens[first].Start - 1;
        var after = tokens[last].End;
        return before >= 0 && after < text.Length && IsQuote(text[before]) && IsQuote(text[after]) && !text.AsSpan(after + 1).TrimStart(' ').StartsWith(':');

        static bool IsQuote(char c) => c is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00AB' or '\u00BB';
    }

    /// <summary>Keeps the longest, then best-scoring, mentions that do not overlap.</summary>
    private List<FoundMention> SelectNonOverlapping(List<FoundMention> found)
    {
        // The longest stretch first: "Ex-Cle Soluciones Biometricas" rather than its alias "Ex-Cle" inside it, then the best score.
        found.Sort((x, y) =>
        {
            var c = (y.Last - y.First).CompareTo(x.Last - x.First);
            if (c == 0)
            {
                c = y.Hit.Score.CompareTo(x.Hit.Score);
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
