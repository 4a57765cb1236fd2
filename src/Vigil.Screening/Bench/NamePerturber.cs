using System.Globalization;
using System.Text;
using Vigil.Model;
using Vigil.Text.LegalForms;
using Vigil.Text.Names;
using Vigil.Text.Transliteration;

namespace Vigil.Screening.Bench;

/// <summary>
/// Derives a customer's spelling of a listed name: the mistakes and variations a screening engine must see through.
/// Every choice is drawn from the given <see cref="Random"/>, so a seed reproduces the same names.
/// </summary>
internal static class NamePerturber
{
    private static readonly Perturbation[] Kinds =
    [
        Perturbation.Typo, Perturbation.DroppedToken, Perturbation.ReorderedTokens,
        Perturbation.AccentsChanged, Perturbation.LegalFormChanged, Perturbation.Transliterated,
    ];

    /// <summary>True for a name the perturbations apply to: written in Latin script.</summary>
    public static bool IsLatin(string name) => !LatinTransliterator.NeedsTransliteration(name);

    /// <summary>Applies a kind drawn at random, falling through the other kinds until one changes the name; null when none does.</summary>
    public static (string Name, Perturbation Kind)? ApplyAny(string name, Schema schema, Random random)
    {
        var first = random.Next(Kinds.Length);
        for (var i = 0; i < Kinds.Length; i++)
        {
            var kind = Kinds[(first + i) % Kinds.Length];
            if (Apply(kind, name, schema, random) is { } changed && !string.Equals(changed, name, StringComparison.Ordinal))
            {
                return (changed, kind);
            }
        }

        return null;
    }

    /// <summary>Applies one kind; null when it does not apply to this name.</summary>
    public static string? Apply(Perturbation kind, string name, Schema schema, Random random) => kind switch
    {
        Perturbation.Typo => Typo(name, random),
        Perturbation.DroppedToken => DropToken(name, random),
        Perturbation.ReorderedTokens => Reorder(name, random),
        Perturbation.AccentsChanged => RemoveAccents(name) ?? AddAccent(name, random),
        Perturbation.LegalFormChanged => schema == Schema.Person ? null : ChangeLegalForm(name, random),
        Perturbation.Transliterated => Romanise(name, random),
        _ => null,
    };

    private static string[] Split(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static string? Typo(string name, Random random)
    {
        var tokens = Split(name);
        var words = new List<int>();
        for (var i = 0; i < tokens.Length; i++)
        {
            if (LetterCount(tokens[i]) >= 4)
            {
                words.Add(i);
            }
        }

        if (words.Count == 0)
        {
            return null;
        }

        var t = words[random.Next(words.Count)];
        var word = new StringBuilder(tokens[t]);
        var letters = new List<int>();
        for (var i = 0; i < word.Length; i++)
        {
            if (char.IsLetter(word[i]))
            {
                letters.Add(i);
            }
        }

        var at = letters[random.Next(letters.Count)];
        var upper = char.IsUpper(word[at]);
        var letter = (char)('a' + random.Next(26));
        letter = upper ? char.ToUpperInvariant(letter) : letter;
        switch (random.Next(4))
        {
            case 0:
                word[at] = letter == word[at] ? (char)(((letter - (upper ? 'A' : 'a') + 1) % 26) + (upper ? 'A' : 'a')) : letter;
                break;
            case 1:
                word.Remove(at, 1);
                break;
            case 2:
                word.Insert(at, letter);
                break;
            default:
                var next = at + 1 < word.Length && char.IsLetter(word[at + 1]) ? at + 1 : at - 1;
                if (next < 0 || !char.IsLetter(word[next]) || word[next] == word[at])
                {
                    word.Remove(at, 1);
                }
                else
                {
                    (word[at], word[next]) = (word[next], word[at]);
                }

                break;
        }

        tokens[t] = word.ToString();
        return string.Join(' ', tokens);
    }

    private static string? DropToken(string name, Random random)
    {
        var tokens = Split(name);
        if (tokens.Length < 3)
        {
            return null;
        }

        // Only a word whose loss leaves two identifying words: "AKTSIONERNOE OBSHCHESTVO" alone (a legal form) or
        // "TRADING COMPANY" (generic words) names nobody, and no engine should be asked to find its source.
        var bare = tokens.Select(Bare).ToArray();
        var legal = LegalFormTable.Mark(bare);
        var identifies = new bool[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            identifies[i] = legal[i] is null && bare[i].Length > 1 && !WordLists.IsGeneric(bare[i]) && !WordLists.IsStopword(bare[i]);
        }

        var identifying = identifies.Count(x => x);
        var droppable = new List<int>();
        for (var i = 0; i < tokens.Length; i++)
        {
            if (identifying - (identifies[i] ? 1 : 0) >= 2)
            {
                droppable.Add(i);
            }
        }

        if (droppable.Count == 0)
        {
            return null;
        }

        var drop = droppable[random.Next(droppable.Count)];
        return string.Join(' ', tokens.Where((_, i) => i != drop));
    }

    private static string? Reorder(string name, Random random)
    {
        // "MADURO MOROS, Nicolas" as a customer writes it: given name first.
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0 && comma < name.Length - 1)
        {
            var before = name[..comma].Trim();
            var after = name[(comma + 1)..].Trim();
            if (before.Length > 0 && after.Length > 0)
            {
                return after + " " + before;
            }
        }

        var tokens = Split(name);
        if (tokens.Length < 2)
        {
            return null;
        }

        // Last word first ("Nicolas Maduro" → "Maduro Nicolas"), or a random adjacent pair swapped.
        if (tokens.Length == 2 || random.Next(2) == 0)
        {
            return tokens[^1] + " " + string.Join(' ', tokens[..^1]);
        }

        var at = random.Next(tokens.Length - 1);
        (tokens[at], tokens[at + 1]) = (tokens[at + 1], tokens[at]);
        return string.Join(' ', tokens);
    }

    private static string? RemoveAccents(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c);
            }
        }

        var result = sb.ToString().Normalize(NormalizationForm.FormC);
        return string.Equals(result, name, StringComparison.Ordinal) ? null : result;
    }

    private static string? AddAccent(string name, Random random)
    {
        const string plain = "aeiounc";
        const string accented = "áéíóúñç";
        var at = new List<int>();
        for (var i = 0; i < name.Length; i++)
        {
            if (plain.Contains(char.ToLowerInvariant(name[i]), StringComparison.Ordinal))
            {
                at.Add(i);
            }
        }

        if (at.Count == 0)
        {
            return null;
        }

        var pick = at[random.Next(at.Count)];
        var c = accented[plain.IndexOf(char.ToLowerInvariant(name[pick]), StringComparison.Ordinal)];
        return name[..pick] + (char.IsUpper(name[pick]) ? char.ToUpperInvariant(c) : c) + name[(pick + 1)..];
    }

    private static string? ChangeLegalForm(string name, Random random)
    {
        var tokens = Split(name);
        var at = -1;
        for (var i = tokens.Length - 1; i >= 0; i--)
        {
            if (IsLegalForm(tokens[i]))
            {
                at = i;
                break;
            }
        }

        var form = SyntheticNameParts.LegalForms[random.Next(SyntheticNameParts.LegalForms.Length)];
        if (at < 0)
        {
            return name + " " + form;
        }

        if (random.Next(2) == 0 && tokens.Length > 1)
        {
            return string.Join(' ', tokens.Where((_, i) => i != at));
        }

        if (string.Equals(Bare(form), Bare(tokens[at]), StringComparison.Ordinal))
        {
            form = SyntheticNameParts.LegalForms[(Array.IndexOf(SyntheticNameParts.LegalForms, form) + 1) % SyntheticNameParts.LegalForms.Length];
        }

        tokens[at] = form;
        return string.Join(' ', tokens);
    }

    private static string? Romanise(string name, Random random)
    {
        var lower = name.ToLowerInvariant();
        var options = new List<(string From, string To)>();
        foreach (var (from, to) in SyntheticNameParts.Romanisations)
        {
            if (lower.Contains(from, StringComparison.Ordinal))
            {
                options.Add((from, to));
            }

            if (lower.Contains(to, StringComparison.Ordinal))
            {
                options.Add((to, from));
            }
        }

        if (options.Count == 0)
        {
            return null;
        }

        var (f, r) = options[random.Next(options.Count)];
        var occurrences = new List<int>();
        for (var i = lower.IndexOf(f, StringComparison.Ordinal); i >= 0; i = lower.IndexOf(f, i + 1, StringComparison.Ordinal))
        {
            occurrences.Add(i);
        }

        var at = occurrences[random.Next(occurrences.Count)];
        var original = name.Substring(at, f.Length);
        var replacement = original.Any(char.IsLower) ? (char.IsUpper(original[0]) ? char.ToUpperInvariant(r[0]) + r[1..] : r) : r.ToUpperInvariant();
        return name[..at] + replacement + name[(at + f.Length)..];
    }

    // Legal forms are told by their bare spelling ("S.A." → "sa"); the table is the one matching uses.
    private static bool IsLegalForm(string token)
    {
        var bare = Bare(token);
        return bare.Length > 0 && LegalFormTable.IsLegalFormToken(bare);
    }

    private static string Bare(string token)
    {
        var sb = new StringBuilder(token.Length);
        foreach (var c in token)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    private static int LetterCount(string token)
    {
        var n = 0;
        foreach (var c in token)
        {
            n += char.IsLetter(c) ? 1 : 0;
        }

        return n;
    }
}
