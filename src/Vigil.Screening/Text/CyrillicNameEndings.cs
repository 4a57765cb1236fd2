namespace Vigil.Screening.Text;

/// <summary>
/// The nominative forms a Russian or Ukrainian name may have when running text declines it: "Путина", "Путину",
/// "Путиным", "Путінові" (Putin), "Сергеем" (Sergey), "Дмитрия" (Dmitriy), "Зеленского" (Zelenskiy), "Петровой"
/// (Petrova). Lists give names in
/// the nominative, and a declined name is one or two letters from it at every word, so "с Сергеем Шойгу" scored far
/// below its listing. Works on the word's folded Latin form (<see cref="TokenFolder"/>: "сергеем" is "sergeem"); the
/// forms are guesses, most likely first, for the caller to check against the listed words.
/// </summary>
internal static class CyrillicNameEndings
{
    // A stem shorter than this is too short to tell a name from a declined word ("Ивану", "Ане").
    private const int MinStem = 3;

    // Case endings (folded) and the nominative endings they may stand for, in the order tried. Longer endings first:
    // "ogo" before "o".
    private static readonly (string Ending, string[] Nominatives)[] Rules =
    [
        // Adjectival names, masculine: Зеленского, Зеленскому, Навального, Толстого.
        ("ogo", ["iy", "yy", "oy"]),
        ("ego", ["iy", "yy"]),
        ("omu", ["iy", "yy", "oy"]),
        ("emu", ["iy", "yy"]),

        // Ukrainian dative: Путінові, Ігореві.
        ("ovi", [""]),
        ("evi", [""]),

        // Instrumental: Путиным, Зеленским, Владимиром, Сергеем, Игорем; feminine Петровой, Навальной.
        ("ym", ["", "yy"]),
        ("im", ["iy", ""]),
        ("om", ["", "iy", "yy"]),
        ("em", ["y", ""]),
        ("oy", ["a", "aya"]),

        // Genitive, dative and prepositional after a soft stem: Сергея, Сергею, Дмитрия, Дмитрии, Игоря, Марию.
        ("ya", ["y", ""]),
        ("yu", ["y", "", "ya"]),
        ("ii", ["iy", "iya"]),
        ("yi", ["ya", "y"]),

        // Genitive, dative, accusative and prepositional after a hard stem: Путина, Путину, Путине, Анну, Анны.
        ("a", [""]),
        ("u", ["", "a"]),
        ("e", ["", "y", "a"]),
        ("y", ["a"]),

        // Ukrainian locative and dative after a hard stem: Путіні, Ганні.
        ("i", ["", "a"]),
    ];

    /// <summary>The forms <paramref name="folded"/> may be declined from, most likely first; none when it ends in no case ending.</summary>
    public static IEnumerable<string> Nominatives(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        foreach (var (ending, nominatives) in Rules)
        {
            if (folded.Length < ending.Length + MinStem || !folded.EndsWith(ending, StringComparison.Ordinal))
            {
                continue;
            }

            // A final y after a vowel is the nominative's own й ("Сергей", "Дмитрий", "Толстой"), not the plural ы.
            var stem = folded[..^ending.Length];
            if (ending == "y" && stem[^1] is 'a' or 'e' or 'i' or 'o' or 'u' or 'y')
            {
                continue;
            }

            foreach (var nominative in nominatives)
            {
                yield return stem + nominative;
            }

            yield break;
        }
    }
}
