namespace Vigil.Text.Names;

/// <summary>
/// Forms of address that open a person's name ("H.E.", "His Excellency", "Su Excelencia"): the words say how to
/// address the person, not who the person is.
/// </summary>
public static class FormsOfAddress
{
    private static readonly Lazy<(string[][] Phrases, HashSet<string> Abbreviations)> Data = new(Read);

    /// <summary>Loads the table now (<see cref="ReferenceTables.Load"/>).</summary>
    internal static void LoadNow() => _ = Data.Value;

    /// <summary>
    /// How many of <paramref name="tokens"/> (the folded tokens of <paramref name="name"/>) a form of address at the
    /// name's start makes: 0 when there is none. An abbreviation counts only as written with its dots ("H.E.", "H. E."),
    /// since its letters alone may be a family name ("HE, Lin").
    /// </summary>
    public static int OpeningLength(string name, ReadOnlySpan<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(name);
        var (phrases, abbreviations) = Data.Value;
        var longest = 0;
        foreach (var phrase in phrases)
        {
            if (phrase.Length > longest && phrase.Length <= tokens.Length && StartsWith(tokens, phrase))
            {
                longest = phrase.Length;
            }
        }

        return longest > 0 ? longest : AbbreviationLength(name, tokens, abbreviations);
    }

    private static bool StartsWith(ReadOnlySpan<string> tokens, string[] phrase)
    {
        for (var i = 0; i < phrase.Length; i++)
        {
            if (!string.Equals(tokens[i], phrase[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The tokens the dotted letters opening the name make ("H.E." folds to "he", "H. E." to "h", "e").</summary>
    private static int AbbreviationLength(string name, ReadOnlySpan<string> tokens, HashSet<string> abbreviations)
    {
        Span<char> letters = stackalloc char[8];
        var count = 0;
        var text = name.AsSpan().TrimStart();
        while (text.Length >= 2 && char.IsAsciiLetter(text[0]) && text[1] == '.' && count < letters.Length)
        {
            letters[count++] = char.ToLowerInvariant(text[0]);
            text = text[2..].TrimStart();
        }

        if (count < 2 || !abbreviations.Contains(new string(letters[..count])))
        {
            return 0;
        }

        // The tokens that spell those letters together, from the start.
        var spelt = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            spelt += tokens[i].Length;
            if (spelt == count)
            {
                return Spells(tokens[..(i + 1)], letters[..count]) ? i + 1 : 0;
            }

            if (spelt > count)
            {
                return 0;
            }
        }

        return 0;
    }

    private static bool Spells(ReadOnlySpan<string> tokens, ReadOnlySpan<char> letters)
    {
        foreach (var token in tokens)
        {
            if (!letters.StartsWith(token, StringComparison.Ordinal))
            {
                return false;
            }

            letters = letters[token.Length..];
        }

        return true;
    }

    private static (string[][] Phrases, HashSet<string> Abbreviations) Read()
    {
        var phrases = new List<string[]>();
        var abbreviations = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in ReferenceData.ReadLines("Names/forms_of_address.tsv"))
        {
            var text = line.Trim();
            if (text.Contains('.', StringComparison.Ordinal))
            {
                abbreviations.Add(text.Replace(".", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal));
            }
            else if (text.Length > 0)
            {
                phrases.Add(text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
        }

        return ([.. phrases], abbreviations);
    }
}
