using System.Collections.Frozen;

namespace Vigil.Screening.Text;

/// <summary>
/// English words that occur in listed names (<c>english_words.tsv</c>): what tells a company's coined name
/// ("Gazprom") from an ordinary word that is the whole name of some listed company too ("Star").
/// </summary>
internal static class EnglishWords
{
    private static readonly FrozenSet<string> Words = ReferenceFile.ReadRows("english_words.tsv").Select(row => row[0]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether a folded word is an English word.</summary>
    public static bool Contains(string word) => Words.Contains(word);
}
