using System.Text;

namespace Vigil.Text.Names;

/// <summary>
/// Initials written with dots and no space between them ("O.V. Deripaska", "Sechin I.I.", "BOYARKIN, V.A."), as
/// Russian and many other records write a person's given name and patronymic. Folding drops dots inside a word so that
/// "S.A." reads as the legal form "sa"; it would join such initials into one word ("ov", "ii") that no listed name has.
/// Works on the raw name, before folding, where the dots still show what the letters are.
/// </summary>
public static class DottedInitials
{
    /// <summary>
    /// The name with each run of two or more dotted single letters set apart ("O.V." becomes "O. V."), unless
    /// <paramref name="keepJoined"/> says the letters together (lower case) are a word to keep ("sa" of "S.A."); the same
    /// string when nothing changes.
    /// </summary>
    public static string Separate(string name, Func<string, bool>? keepJoined = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.IndexOf('.', StringComparison.Ordinal) < 0)
        {
            return name;
        }

        StringBuilder? output = null;
        var copied = 0;
        for (var i = 0; i < name.Length; i++)
        {
            var letters = RunAt(name, i);
            if (letters < 2)
            {
                continue;
            }

            var end = i + (2 * letters);
            if (keepJoined is null || !keepJoined(Joined(name, i, letters)))
            {
                output ??= new StringBuilder(name.Length + 8);
                output.Append(name, copied, i - copied);
                for (var k = i; k < end; k += 2)
                {
                    output.Append(name[k]).Append(k + 2 < end ? ". " : ".");
                }

                copied = end;
            }

            i = end - 1;
        }

        return output is null ? name : output.Append(name, copied, name.Length - copied).ToString();
    }

    /// <summary>Whether the name ends with one dotted letter after a word ("PUTIN Vladimir V."): an initial, not a numeral.</summary>
    public static bool EndsWithInitial(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = name.AsSpan().TrimEnd();
        return text.Length >= 3 && text[^1] == '.' && char.IsLetter(text[^2]) && !char.IsLetterOrDigit(text[^3]) && text[^3] != '.';
    }

    /// <summary>How many dotted single letters ("O.", "V.") run from <paramref name="i"/>, standing as a word of their own; 0 when none.</summary>
    private static int RunAt(string name, int i)
    {
        if (i > 0 && (char.IsLetterOrDigit(name[i - 1]) || name[i - 1] == '.'))
        {
            return 0;
        }

        var letters = 0;
        var at = i;
        while (at + 1 < name.Length && char.IsLetter(name[at]) && name[at + 1] == '.')
        {
            letters++;
            at += 2;
        }

        // "S.A.DE C.V." runs into a word: the letters are part of it, not initials.
        return at < name.Length && char.IsLetterOrDigit(name[at]) ? 0 : letters;
    }

    private static string Joined(string name, int start, int letters) =>
        string.Create(letters, (name, start), static (joined, at) =>
        {
            for (var k = 0; k < joined.Length; k++)
            {
                joined[k] = char.ToLowerInvariant(at.name[at.start + (2 * k)]);
            }
        });
}
