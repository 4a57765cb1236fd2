using System.Text;
using Vigil.Text.Normalization;

namespace Vigil.Screening.Text;

/// <summary>
/// Folds one word of running text the way <see cref="TextFolder"/> folds a whole name (lower case, no accents, Latin
/// script), but character by character from a table, so an article's words fold without a Unicode normalisation pass
/// per word. Characters outside the table (other scripts, compatibility forms) fall back to <see cref="TextFolder"/>.
/// </summary>
internal static class TokenFolder
{
    /// <summary>Characters below this fold through the table.</summary>
    private const int TableSize = 0x250;

    private static readonly string?[] Table = BuildTable();

    /// <summary>True when the character folds through the table (or is a combining mark, which folds to nothing).</summary>
    public static bool IsTabled(char c) => c < TableSize || IsCombiningMark(c);

    /// <summary>Appends the folded form of a tabled character.</summary>
    public static void Append(StringBuilder sb, char c)
    {
        if (c < 128)
        {
            sb.Append(char.ToLowerInvariant(c));
            return;
        }

        if (c < TableSize)
        {
            sb.Append(Table[c]);
        }
    }

    /// <summary>Folds a word that holds characters outside the table; the folder's word breaks are closed up.</summary>
    public static string FoldSlow(ReadOnlySpan<char> word) => TextFolder.Fold(word.ToString()).Replace(" ", string.Empty, StringComparison.Ordinal);

    /// <summary>True for combining diacritics, which folding drops.</summary>
    public static bool IsCombiningMark(char c) => c is >= '\u0300' and <= '\u036F';

    private static string?[] BuildTable()
    {
        var table = new string?[TableSize];
        for (var c = 128; c < TableSize; c++)
        {
            var ch = (char)c;
            table[c] = char.IsLetterOrDigit(ch) ? TextFolder.Fold(ch.ToString()).Replace(" ", string.Empty, StringComparison.Ordinal) : string.Empty;
        }

        return table;
    }
}
