using Vigil.Model;
using Vigil.Text.Names;
using Vigil.Text.Normalization;

namespace Vigil.Matching.Names;

/// <summary>
/// Finds, when a name is prepared, whether it is written in CJK characters and each token's <see cref="TokenRoles"/>:
/// which tokens name a father or ancestor, which repeat. Language rules, not list data: no name is singled out.
/// </summary>
internal static class NameRoles
{
    // Most words of a name read for its initials: no listed acronym stands for more.
    private const int MaxAcronymWords = 24;

    /// <summary>Each token's <see cref="TokenRoles"/>; see there for why each role matters.</summary>
    public static TokenRoles[] Find(string[] tokens, TokenKind[] kinds, Schema schema, bool syllabic)
    {
        var roles = new TokenRoles[tokens.Length];
        var content = 0;
        var lastContent = -1;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!PreparedName.IsContent(kinds[i]))
            {
                continue;
            }

            content++;
            lastContent = i;
            for (var j = 0; j < tokens.Length; j++)
            {
                if (j != i && string.Equals(tokens[i], tokens[j], StringComparison.Ordinal))
                {
                    roles[i] |= TokenRoles.Repeated;
                    break;
                }
            }
        }

        if (schema != Schema.Person || syllabic)
        {
            MarkPlaces(tokens, kinds, roles);
            return roles;
        }

        // A Slavic patronymic stands between a given and a family name: only with three or more words, and only when
        // one word has the ending (in "Roman Arkadyevich Abramovich" the family name has it too: mark neither).
        var patronymic = -1;
        for (var i = 0; i < tokens.Length && content >= 3; i++)
        {
            if (kinds[i] == TokenKind.Word && IsPatronymic(tokens[i]))
            {
                patronymic = patronymic == -1 ? i : -2;
            }
        }

        if (patronymic >= 0)
        {
            roles[patronymic] |= TokenRoles.Ancestry;
        }

        // Arabic nasab: the first word after bin/ibn names the father or an ancestor, unless it ends the name (then
        // it is the family name, as in "Osama bin Laden"). A name that starts with the marker starts with the family name.
        for (var p = 1; p < tokens.Length; p++)
        {
            if (!IsNasabMarker(tokens[p]))
            {
                continue;
            }

            for (var q = p + 1; q < tokens.Length; q++)
            {
                if (PreparedName.IsContent(kinds[q]) && !IsNasabMarker(tokens[q]))
                {
                    if (q != lastContent)
                    {
                        roles[q] |= TokenRoles.Ancestry;
                    }

                    break;
                }
            }
        }

        return roles;
    }

    /// <summary>
    /// Marks the tokens of a listed person's name that are words of the family name the list gives apart
    /// (<see cref="TokenRoles.Family"/>); nothing when it gives none. Done after preparation, once per listed name:
    /// the name's text does not tell, the list's record does. A Korean family name's other spellings are then read in
    /// the family name only, or, when the record gives none, in the name's first word: the lists write Korean names
    /// family name first ("PAK TO CHUN" ends with a given name's syllable, not the family name Chun), where a query's
    /// may stand first or last (preparation, not knowing which, reads both ends).
    /// </summary>
    public static void MarkFamily(PreparedName name, string? family)
    {
        if (name.Schema != Schema.Person)
        {
            return;
        }

        var words = string.IsNullOrWhiteSpace(family) ? [] : TextFolder.Fold(family).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var marked = false;
        for (var i = 0; i < name.Tokens.Length; i++)
        {
            if (PreparedName.IsContent(name.Kinds[i]) && Array.IndexOf(words, name.Tokens[i]) >= 0)
            {
                name.Roles[i] |= TokenRoles.Family;
                marked = true;
            }
        }

        var first = Array.FindIndex(name.Kinds, PreparedName.IsContent);
        for (var i = 0; i < name.VariantClasses.Length; i++)
        {
            var familyPlace = marked ? (name.Roles[i] & TokenRoles.Family) != 0 : i == first;
            if (!familyPlace && name.Kinds[i] == TokenKind.Word && KoreanSurnames.ClassesOf(name.Tokens[i]).Count > 0)
            {
                name.VariantClasses[i] = [.. NameVariants.ClassesOf(name.Tokens[i])];
            }
        }
    }

    /// <summary>
    /// Marks the word of each one-word name among <paramref name="names"/> (one party's names) that spells the initials
    /// of another of them (<see cref="TokenRoles.Acronym"/>). Done after preparation, once per listed party: one name
    /// does not tell, the party's names together do.
    /// </summary>
    public static void MarkAcronyms(ReadOnlySpan<PreparedName> names)
    {
        foreach (var name in names)
        {
            if (name.ContentCount != 1 || name.Schema == Schema.Person)
            {
                continue;
            }

            var word = name.FirstContent();
            foreach (var other in names)
            {
                if (SpellsInitials(name.Tokens[word], other))
                {
                    name.Roles[word] |= TokenRoles.Acronym;
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="acronym"/> is the initials of <paramref name="name"/>'s words in order, every identifying
    /// word's taken and an article, a joining word or a legal form's taken or not: "AQIM" is AL-QAIDA IN THE ISLAMIC
    /// MAGHREB, "TRO" TAMILS REHABILITATION ORGANISATION, "POGC" PARS OIL AND GAS COMPANY.
    /// </summary>
    internal static bool SpellsInitials(string acronym, PreparedName name)
    {
        var tokens = name.Tokens;
        var n = Math.Min(tokens.Length, MaxAcronymWords);
        if (acronym.Length < NamePreparer.MinAcronymLength || acronym.Length > n || name.ContentCount < 2)
        {
            return false;
        }

        // reach[k]: the first k letters are spelt by the words read so far.
        Span<bool> reach = stackalloc bool[acronym.Length + 1];
        reach[0] = true;
        for (var i = 0; i < n; i++)
        {
            var token = tokens[i];
            var initial = token.Length > 1 && token[0] == '~' ? token[1] : token[0];
            var optional = !PreparedName.IsContent(name.Kinds[i]);
            for (var k = acronym.Length; k >= 0; k--)
            {
                var taken = k > 0 && reach[k - 1] && acronym[k - 1] == initial;
                reach[k] = taken || (optional && reach[k]);
            }
        }

        return reach[acronym.Length];
    }

    /// <summary>
    /// Marks the places, the words of the kind of body and the purpose after it of an organisation's name that has a
    /// word of its own ("GARANTEX EUROPE", "AL-QARD AL-HASSAN ASSOCIATION", "HOLY LAND FOUNDATION FOR RELIEF AND
    /// DEVELOPMENT"; not "EUROPEAN INDUSTRIAL BANK"): there they only say where it trades, what it is or what it is
    /// for; in a name of generic words they are what sets the name apart ("Moscow Industrial Bank" is no "INDUSTRIAL
    /// BANK").
    /// </summary>
    private static void MarkPlaces(string[] tokens, TokenKind[] kinds, TokenRoles[] roles)
    {
        if (!kinds.AsSpan().ContainsAny(TokenKind.Word, TokenKind.Number))
        {
            return;
        }

        for (var i = 0; i < tokens.Length; i++)
        {
            if (kinds[i] == TokenKind.Generic)
            {
                roles[i] |= WordLists.IsPlace(tokens[i]) ? TokenRoles.Place : WordLists.IsBody(tokens[i]) ? TokenRoles.Body : TokenRoles.None;
            }

            // The purpose after the kind of body ("FOUNDATION FOR RELIEF AND DEVELOPMENT"). Where it is all the name has
            // of its own ("COMMITTEE FOR SPACE TECHNOLOGY"), a query matching a word of the name matches a word of it.
            if ((roles[i] & TokenRoles.Body) != 0 && i + 1 < tokens.Length && tokens[i + 1] == "for")
            {
                MarkPurpose(tokens, kinds, roles, i + 2);
                return;
            }
        }
    }

    /// <summary>Marks the words from <paramref name="start"/> on as the purpose (<see cref="TokenRoles.Purpose"/>), places also as places.</summary>
    private static void MarkPurpose(string[] tokens, TokenKind[] kinds, TokenRoles[] roles, int start)
    {
        for (var i = start; i < tokens.Length; i++)
        {
            if (PreparedName.IsContent(kinds[i]))
            {
                roles[i] |= TokenRoles.Purpose | (kinds[i] == TokenKind.Generic && WordLists.IsPlace(tokens[i]) ? TokenRoles.Place : TokenRoles.None);
            }
        }
    }

    /// <summary>Words that join a person's name to the father's ("son of", "daughter of").</summary>
    public static bool IsNasabMarker(string token) => token is "bin" or "ibn" or "bint" or "ben" or "binti" or "ould" or "walad";

    /// <summary>Russian, Ukrainian and Belarusian patronymic endings, as lists and ICU transliterate them.</summary>
    private static bool IsPatronymic(string token) =>
        token.Length >= 7 && (token.EndsWith("ovich", StringComparison.Ordinal) || token.EndsWith("evich", StringComparison.Ordinal)
            || token.EndsWith("ovych", StringComparison.Ordinal) || token.EndsWith("evych", StringComparison.Ordinal)
            || token.EndsWith("ovic", StringComparison.Ordinal) || token.EndsWith("evic", StringComparison.Ordinal)
            || token.EndsWith("ovyc", StringComparison.Ordinal) || token.EndsWith("evyc", StringComparison.Ordinal)
            || token.EndsWith("ovna", StringComparison.Ordinal) || token.EndsWith("evna", StringComparison.Ordinal)
            || token.EndsWith("ivna", StringComparison.Ordinal) || token.EndsWith("ichna", StringComparison.Ordinal));

    /// <summary>
    /// True for a name written in Chinese characters or Korean Hangul only (no Latin letters, no Japanese kana, which
    /// spell foreign names by sound): each romanised token is then one character's reading.
    /// </summary>
    public static bool IsSyllabicScript(string name)
    {
        var cjk = false;
        foreach (var c in name)
        {
            if (c < '\u0080')
            {
                if (char.IsAsciiLetter(c))
                {
                    return false;
                }

                continue;
            }

            if (c is (>= '\u3040' and <= '\u30FF') or (>= '\u31F0' and <= '\u31FF') or (>= '\uFF66' and <= '\uFF9F'))
            {
                return false;
            }

            cjk |= c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uAC00' and <= '\uD7AF');
        }

        return cjk;
    }
}
