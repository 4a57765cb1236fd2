using System.Collections.Frozen;

namespace Vigil.Text.Transliteration;

/// <summary>
/// The syllables Chinese characters are read as (pinyin without tones, as names are folded), from
/// <c>pinyin_syllables.tsv</c>: a word read from a Chinese character is one of them, and so is a listed Chinese name's
/// every word, since the lists write Chinese names in pinyin.
/// </summary>
public static class PinyinSyllables
{
    private static readonly Lazy<FrozenSet<string>> Set = new(() => ReferenceData.ReadWordSet("Transliteration/pinyin_syllables.tsv"));

    /// <summary>Loads the table now (<see cref="ReferenceTables.Load"/>).</summary>
    internal static void LoadNow() => _ = Set.Value;

    /// <summary>Every syllable.</summary>
    public static FrozenSet<string> All => Set.Value;

    /// <summary>True for a folded word that is one pinyin syllable ("zhang", "xi"; not "hsi", "chang-ho").</summary>
    public static bool Contains(string word) => Set.Value.Contains(word);
}
