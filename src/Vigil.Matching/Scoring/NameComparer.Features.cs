using Vigil.Matching.Names;
using Vigil.Text.LegalForms;
using Vigil.Text.Transliteration;

namespace Vigil.Matching.Scoring;

/// <content>Measuring the evidence of an alignment: coverage, unmatched tokens and the policies' flags. Allocation-free.</content>
public sealed partial class NameComparer
{
    /// <summary>Share of its weight an unmatched father's or ancestor's name (<see cref="TokenRoles.Ancestry"/>) still counts for.</summary>
    internal const double AncestryWeight = 0.25;

    /// <summary>Fewest letters of a listed one-word name that a query's initials may match (<see cref="IsListedAcronymOf"/>).</summary>
    internal const int MinListedAcronymLength = 4;

    /// <summary>
    /// Most identifying words of the longer name for <see cref="NameFeatures.PartialOrganisationName"/>: one word is half
    /// or a third of such a name; against a longer one the words left unmatched already keep it far from a match.
    /// </summary>
    internal const int PartialOrganisationMostWords = 3;

    /// <summary>
    /// Least similarity of a token that makes a person's match close (<see cref="NameFeatures.NoCloseToken"/>): above
    /// a shared sound key (0.86), so two sound-alikes are not; "Moammar Qaddafi" (0.89, 0.88) and "Ig0r Sech1n" (0.88)
    /// are.
    /// </summary>
    internal const double CloseTokenSimilarity = 0.87;

    // Longest word an organisation's initial is credited for: a letter dropped from a short word ("u" for "ul").
    private const int MaxInitialledWord = 3;

    // Fewest letters of a word whose plural in s is the same word (IsPluralOf).
    private const int MinPluralStem = 4;

    // Longest word respelt for AnyRespeltAsListed: no listed name word is longer.
    private const int MaxRespeltLength = 48;

    internal static NameFeatures FromAlignment(PreparedName q, PreparedName c, ReadOnlySpan<int> qTo, ReadOnlySpan<double> qSim, ReadOnlySpan<TokenMatchKind> qHow, ReadOnlySpan<int> cTo, ReadOnlySpan<double> cSim)
    {
        var person = q.Schema == Model.Schema.Person || c.Schema == Model.Schema.Person;

        // Acronym: a one-word query spelling the initials of the listed name (or the reverse, from four letters).
        if (IsAcronymOf(q, c) || IsListedAcronymOf(c, q))
        {
            return new NameFeatures
            {
                QueryCoverage = Alignment.AcronymSimilarity,
                CandidateCoverage = Alignment.AcronymSimilarity,
                Weakest = Alignment.AcronymSimilarity,
                StrongMatches = 1,

                // "Nordic Industrial Kraft Ltd" spells NIK, yet is no "NIK LLC": legal forms of different kinds still conflict.
                LegalFormConflict = LegalFormsConflict(q, c),
                Person = person,
            };
        }

        var qs = default(Side);
        var cs = default(Side);
        var weakest = 1.0;
        qs.Tally(q, c, qTo, qSim, ref weakest);
        cs.Tally(c, q, cTo, cSim, ref weakest);
        if (qs.Matched == 0)
        {
            return new NameFeatures { Nothing = true, Person = person };
        }

        // An initial stands in for a word only when its own name has no word left over: in "David G. Valadao" against
        // "GOTMAN, David" the family name Valadao found no partner, so "G" is not Gotman; the pair counts as unmatched.
        // An organisation written with initials ("M AND S TRADING", "I T C") is named by them: other words with those
        // first letters are another name ("Medical Shipping Trading", 0.86), unless the word is short enough to be the
        // letter misread ("U-MUJAHIDIN" for "UL-MUJAHIDIN"). Not when neither name says what it is: "Sechin I.I." may be
        // a person's.
        var named = q.Schema != Model.Schema.LegalEntity || c.Schema != Model.Schema.LegalEntity;
        var initialOfWord = !person && named && (qs.LongInitialPairs > 0 || cs.LongInitialPairs > 0);
        var initialDoubted = qs.InitialPairs > 0 && ((qs.HoldsInitial && qs.UnmatchedWords > 0) || (cs.HoldsInitial && cs.UnmatchedWords > 0) || initialOfWord);
        if (initialDoubted)
        {
            qs.DoubtInitials();
            cs.DoubtInitials();
            if (qs.Matched == 0)
            {
                return new NameFeatures { Nothing = true, Person = person };
            }
        }

        // An ancestor's name or a repeated word left out counts little, but only when the other name has nothing
        // unmatched: two different fathers' names ("Sergey Ivanovich" / "Sergey Viktorovich") are a conflict. Nor
        // against a one-word name: "Ali Ben Ali" (Ali, son of Ali) is no more the one-word "ABU ALI" than "Ali Ben
        // Ahmed" is.
        var qComplete = qs.Complete && q.ContentCount > 1;
        qs.SettleSoft(cs.Complete && c.ContentCount > 1);
        cs.SettleSoft(qComplete);

        // Two names without a word of their own ("INTERNATIONAL TANKER LIMITED", "J & P ADVERTISING") are compared as
        // any names are once two tokens match: their generic words and initials are all they are, so a slip in one
        // ("LIMTIED") or a word left out counts as in other names, not as a match on generic words alone. So are two
        // that agree token for token with a legal form ("BY TRADE OU" as listed, one generic word once its article and
        // form are read), but not one generic word and a form within a longer name ("International Ltd" / "DES
        // INTERNATIONAL CO., LTD.").
        var plain = !q.HasSpecific && !c.HasSpecific
            && (qs.Matched >= 2 || (qs.MatchedForms > 0 && qs.Complete && cs.Complete && qs.UnmatchedMinor + cs.UnmatchedMinor == 0));
        var qShorter = CountsAsShorter(q.IsSyllabic, q.ContentCount, c.IsSyllabic, c.ContentCount);
        return new NameFeatures
        {
            // One word against several, unless that word spells them all ("FridrichBuchenberg").
            PartialPersonName = person && ((q.ContentCount == 1 && c.ContentCount > 1 && (cs.Unmatched > 0 || weakest <= TokenSimilarity.InitialSimilarity))
                || (c.ContentCount == 1 && q.ContentCount > 1 && (qs.Unmatched > 0 || weakest <= TokenSimilarity.InitialSimilarity))),
            PartialVesselName = !person && c.Schema == Model.Schema.Vessel && c.ContentCount == 1 && q.ContentCount > 1 && qs.UnmatchedWords > 0,
            OtherListedWord = !person && qs.Matched == 1 && IsOtherListedWord(q, c, qTo, qHow),
            NoCloseToken = person && qs.Matched >= 2 && qs.Closest < CloseTokenSimilarity && !AnyRespeltAsListed(q, c, qTo),
            PartialOrganisationName = !person && c.Schema is not (Model.Schema.Vessel or Model.Schema.Aircraft)
                && ((q.ContentCount == 1 && c.ContentCount <= PartialOrganisationMostWords && cs.UnmatchedWords > 0)
                    || (c.ContentCount == 1 && q.ContentCount <= PartialOrganisationMostWords && qs.UnmatchedWords > 0 && HasWordOfItsOwnUnmatched(q, qTo))),
            PatronymicReversed = person && IsPatronymicReversed(q, c, qTo),
            FamilyNameMissed = person && q.ContentCount == 2 && cs.Family > 0 && cs.FamilyMatched == 0,
            HalfGivenName = person && (HasHalfMatched(q, qTo) || HasHalfMatched(c, cTo)),
            QueryCoverage = qs.Coverage,
            CandidateCoverage = cs.Coverage,
            Weakest = weakest,
            UnmatchedShort = qShorter ? qs.Unmatched : cs.Unmatched,
            UnmatchedLong = qShorter ? cs.Unmatched : qs.Unmatched,
            StrongMatches = qs.Strong,
            NumberConflict = qs.Numbers > 0 && cs.Numbers > 0,
            NumberExtra = (qs.Numbers > 0) != (cs.Numbers > 0),
            ListedVesselNumber = c.Schema == Model.Schema.Vessel && qs.Numbers == 0 && cs.Numbers > 0,
            UnmatchedGeneric = qs.UnmatchedGeneric + cs.UnmatchedGeneric,
            UnmatchedBody = qs.UnmatchedBody + cs.UnmatchedBody,

            // Both carry legal forms and none is of one kind with the other's ("AG" / "GmbH"; "Corp." / "Company" agree;
            // "Co." agrees with any, but between two names with no word of their own).
            LegalFormConflict = LegalFormsConflict(q, c),
            GenericOnly = qs.MatchedSpecific == 0 && !plain,
            InitialDoubted = initialDoubted,
            InitialOfOrganisationWord = initialOfWord,
            Person = person,
        };
    }

    /// <summary>
    /// Whether the query's leftover tokens count as the shorter name's (a conflict) rather than the longer's (words a
    /// list or a record left out). A name read syllable by syllable from Chinese or Korean characters has no words to
    /// leave out, each syllable being one character of it: against a name in Latin letters its leftovers always count
    /// as the shorter name's ("明宗 怡君 李", ming zong yi jun li, is not "LI, Yi").
    /// </summary>
    internal static bool CountsAsShorter(bool qSyllabic, int qContent, bool cSyllabic, int cContent) =>
        qSyllabic != cSyllabic ? qSyllabic : qContent <= cContent;

    private static bool LegalFormsConflict(PreparedName q, PreparedName c) =>
        !q.HasSpecific && !c.HasSpecific ? Conflict(q.LegalGroups, c.LegalGroups) : Conflict(q.KindedLegalGroups, c.KindedLegalGroups);

    private static bool Conflict(ulong q, ulong c) => q != 0 && c != 0 && (q & c) == 0;

    /// <summary>Whether one part of a given name written with a hyphen (<see cref="TokenRoles.JoinedToNext"/>) is matched and the other not.</summary>
    private static bool HasHalfMatched(PreparedName name, ReadOnlySpan<int> to)
    {
        for (var i = 0; i + 1 < to.Length; i++)
        {
            if ((name.Roles[i] & TokenRoles.JoinedToNext) != 0 && (to[i] >= 0) != (to[i + 1] >= 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An unmatched repeated token whose equal elsewhere in the same name is matched adds nothing ("Aziz ... Aziz").</summary>
    private static bool Redundant(PreparedName name, int i, ReadOnlySpan<int> to)
    {
        var token = name.Tokens[i];
        for (var k = 0; k < to.Length; k++)
        {
            if (k != i && to[k] >= 0 && string.Equals(name.Tokens[k], token, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a query word, written the German or French way, is its partner as the lists write it ("Wiktor" is
    /// VIKTOR): such a word is close, though its spelling is not.
    /// </summary>
    private static bool AnyRespeltAsListed(PreparedName q, PreparedName c, ReadOnlySpan<int> qTo)
    {
        Span<char> english = stackalloc char[2 * MaxRespeltLength];
        for (var i = 0; i < qTo.Length; i++)
        {
            var word = q.Tokens[i];
            if (qTo[i] < 0 || word.Length > MaxRespeltLength)
            {
                continue;
            }

            var listed = c.Tokens[qTo[i]].AsSpan();
            var n = EnglishSpelling.FromGerman(word, english);
            if (n > 0 && english[..n].SequenceEqual(listed))
            {
                return true;
            }

            n = EnglishSpelling.FromFrench(word, english);
            if (n > 0 && english[..n].SequenceEqual(listed))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a word of the query's own found no partner, a mistyped legal form not counting as one ("ZHSC SUEK" is
    /// "JSC SUEK", "GBD LEEMITED" is "GBD LIMITED").
    /// </summary>
    private static bool HasWordOfItsOwnUnmatched(PreparedName q, ReadOnlySpan<int> qTo)
    {
        for (var i = 0; i < qTo.Length; i++)
        {
            if (qTo[i] < 0 && q.Kinds[i] == TokenKind.Word && !LegalFormTable.IsWordOfAFormOrSlip(q.Tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the query's one matched word is a word of its own that a listed name holds as written, matched a slip
    /// apart or by its sound only. Not by sound when a listed party spells the word otherwise too: the lists hold many
    /// spellings of one transliterated name ("QAEDA", "QAIDA"), each a listed word; nor its plural ("THE HOUTHI" for
    /// "THE HOUTHIS").
    /// </summary>
    private static bool IsOtherListedWord(PreparedName q, PreparedName c, ReadOnlySpan<int> qTo, ReadOnlySpan<TokenMatchKind> qHow)
    {
        for (var i = 0; i < qTo.Length; i++)
        {
            if (qTo[i] >= 0 && PreparedName.IsContent(q.Kinds[i]))
            {
                var roles = q.Roles[i];
                var how = qHow[i];
                return q.Kinds[i] == TokenKind.Word && (roles & TokenRoles.ListedWord) != 0
                    && (how == TokenMatchKind.Fuzzy || (how == TokenMatchKind.Phonetic && (roles & TokenRoles.ListedSpellings) == 0))
                    && !IsPluralOf(q.Tokens[i], c.Tokens[qTo[i]]) && !IsPluralOf(c.Tokens[qTo[i]], q.Tokens[i]);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="plural"/> is <paramref name="word"/> of four letters or more with an s: a shorter word and
    /// an s are another word as often ("Ali" / "ALIS", "Rao" / "RAOS").
    /// </summary>
    private static bool IsPluralOf(string plural, string word) =>
        word.Length >= MinPluralStem && plural.Length == word.Length + 1 && plural[^1] == 's' && plural.StartsWith(word, StringComparison.Ordinal);

    /// <summary>"A bin B" in one name and "B bin A" in the other: the aligned neighbours of the marker trade places.</summary>
    private static bool IsPatronymicReversed(PreparedName q, PreparedName c, ReadOnlySpan<int> qTo)
    {
        for (var p = 1; p + 1 < qTo.Length; p++)
        {
            if (!IsPatronymicMarker(q.Tokens[p]))
            {
                continue;
            }

            // The father's name is the first identifying word after the marker ("bin al-Din": skip "al").
            var f = p + 1;
            while (f + 1 < qTo.Length && !PreparedName.IsContent(q.Kinds[f]))
            {
                f++;
            }

            var own = qTo[p - 1];
            var father = qTo[f];
            if (own < 0 || father < 0)
            {
                continue;
            }

            // In the candidate the father's name comes before a marker and the query person's own name after it.
            for (var m = 1; m + 1 < c.Tokens.Length; m++)
            {
                if (IsPatronymicMarker(c.Tokens[m]) && father == m - 1 && own == m + 1)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsPatronymicMarker(string token) => NameRoles.IsNasabMarker(token);

    /// <summary>
    /// <see cref="IsAcronymOf"/> for a listed one-word name spelt by the query's initials, from four letters: a list
    /// holds a three-letter name ("SPP", "IRG") with no long form beside it, so a customer whose three words begin
    /// with those letters is, as a rule, another firm; a listed acronym that stands for a listed party has its long
    /// form listed too, and that matches by itself.
    /// </summary>
    private static bool IsListedAcronymOf(PreparedName listed, PreparedName query) =>
        IsAcronymOf(listed, query) && query.Acronym.Length >= MinListedAcronymLength;

    private static bool IsAcronymOf(PreparedName shortName, PreparedName longName)
    {
        if (longName.Acronym.Length == 0 || shortName.ContentCount != 1 || longName.ContentCount < 2 || shortName.SoleWordInSmallLetters)
        {
            return false;
        }

        // One identifying token, so there is a first.
        return string.Equals(shortName.Tokens[shortName.FirstContent()], longName.Acronym, StringComparison.Ordinal);
    }

    /// <summary>What one name's tokens showed in an alignment; filled by <see cref="Tally"/>, on the stack.</summary>
    private struct Side
    {
        /// <summary>Identifying tokens matched (the query side's counts describe the pairs).</summary>
        public int Matched;

        /// <summary>Legal forms matched, and articles and forms left unmatched (neither counts as identifying).</summary>
        public int MatchedForms;
        public int UnmatchedMinor;
        public int MatchedSpecific;
        public int MatchedGeneric;
        public int Strong;
        public int Unmatched;
        public int UnmatchedWords;
        public int UnmatchedGeneric;
        public int UnmatchedBody;

        /// <summary>Generic words of a purpose left unmatched (<see cref="TokenRoles.Purpose"/>), and whether any word of it matched.</summary>
        public int UnmatchedPurpose;
        public bool PurposeMatched;
        public int Numbers;
        public int InitialPairs;
        public int InitialPairWords;

        /// <summary>Initials aligned alone (not as part of a compound) with a word of more than <see cref="MaxInitialledWord"/> letters.</summary>
        public int LongInitialPairs;

        public bool HoldsInitial;
        public double MatchedWeight;
        public double InitialWeight;
        public double Total;
        public int Soft;
        public int Family;
        public int FamilyMatched;
        public double SoftWeight;
        public double SoftKept;
        public double Closest;

        public readonly bool Complete => Unmatched + Soft == 0;

        public readonly double Coverage => Total > 0 ? MatchedWeight / Total : 0;

        /// <summary>Whether token i is the only one aligned with its partner (a compound aligns several: "zeel m" = ZEELM).</summary>
        private static bool AlignedAlone(ReadOnlySpan<int> to, int i)
        {
            for (var k = 0; k < to.Length; k++)
            {
                if (k != i && to[k] == to[i])
                {
                    return false;
                }
            }

            return true;
        }

        public void Tally(PreparedName x, PreparedName y, ReadOnlySpan<int> to, ReadOnlySpan<double> sim, ref double weakest)
        {
            var kinds = x.Kinds;
            var weights = x.Weights;
            var roles = x.Roles;
            var otherKinds = y.Kinds;
            for (var i = 0; i < to.Length; i++)
            {
                var kind = kinds[i];
                if (!PreparedName.IsContent(kind))
                {
                    MatchedForms += kind == TokenKind.LegalForm && to[i] >= 0 ? 1 : 0;
                    UnmatchedMinor += to[i] < 0 ? 1 : 0;
                    continue;
                }

                var w = weights[i];
                if ((roles[i] & TokenRoles.Family) != 0)
                {
                    Family++;
                    FamilyMatched += to[i] >= 0 ? 1 : 0;
                }

                if (to[i] >= 0)
                {
                    Total += w;
                    MatchedWeight += w * sim[i];
                    weakest = Math.Min(weakest, sim[i]);
                    Closest = Math.Max(Closest, sim[i]);
                    var specific = kind is TokenKind.Word or TokenKind.Number;
                    Matched++;
                    MatchedSpecific += specific ? 1 : 0;
                    MatchedGeneric += kind == TokenKind.Generic ? 1 : 0;
                    Strong += specific && sim[i] >= 0.95 ? 1 : 0;
                    PurposeMatched |= (roles[i] & TokenRoles.Purpose) != 0;
                    // An initial aligned with a word (not with another initial), in either direction.
                    if ((kind == TokenKind.Initial) != (otherKinds[to[i]] == TokenKind.Initial))
                    {
                        InitialPairs++;
                        LongInitialPairs += (kind == TokenKind.Initial ? y.Tokens[to[i]] : x.Tokens[i]).Length > MaxInitialledWord && AlignedAlone(to, i) ? 1 : 0;
                        InitialPairWords += specific ? 1 : 0;
                        InitialWeight += w * sim[i];
                        HoldsInitial |= kind == TokenKind.Initial;
                    }
                }
                else if ((roles[i] & TokenRoles.Repeated) != 0 && Redundant(x, i, to))
                {
                    Soft++;
                    SoftWeight += w;
                }
                else if ((roles[i] & TokenRoles.Ancestry) != 0)
                {
                    Soft++;
                    SoftWeight += w;
                    SoftKept += w * AncestryWeight;
                }
                else
                {
                    Total += w;
                    Unmatched++;
                    UnmatchedWords += kind == TokenKind.Word ? 1 : 0;
                    var sister = kind == TokenKind.Generic && (roles[i] & TokenRoles.NoSister) == 0;
                    UnmatchedGeneric += sister && (roles[i] & TokenRoles.Purpose) == 0 ? 1 : 0;
                    UnmatchedPurpose += sister && (roles[i] & TokenRoles.Purpose) != 0 ? 1 : 0;
                    UnmatchedBody += (roles[i] & TokenRoles.Body) != 0 ? 1 : 0;
                    Numbers += kind == TokenKind.Number ? 1 : 0;
                }
            }

            // A purpose left out in part: its generic words left out are sector words again.
            if (PurposeMatched)
            {
                UnmatchedGeneric += UnmatchedPurpose;
            }
        }

        /// <summary>Counts this side's tokens paired by an initial as unmatched.</summary>
        public void DoubtInitials()
        {
            MatchedWeight -= InitialWeight;
            Matched -= InitialPairs;
            MatchedSpecific -= InitialPairWords;
            Unmatched += InitialPairs;
        }

        /// <summary>Left-out ancestors' names and repeats count little when the other name is complete, in full otherwise.</summary>
        public void SettleSoft(bool otherComplete)
        {
            if (otherComplete)
            {
                Total += SoftKept;
            }
            else
            {
                Total += SoftWeight;
                Unmatched += Soft;
            }
        }
    }
}
