using System.Collections.Frozen;
using System.Text;

namespace Vigil.Text.Transliteration;

/// <summary>
/// Reads the words of a Chinese company name that the lists translate rather than spell (技术 "technology", 集团
/// "group", 中国 "China", from <c>chinese_company_words.tsv</c>), so that 华为技术有限公司 reads "华为 technology" and
/// matches HUAWEI TECHNOLOGIES CO., LTD. by its pinyin brand and its English words; read syllable by syllable it was
/// "hua wei ji shu you xian gong si", six words the listed name lacks. Company forms are dropped (see the file).
/// </summary>
public static class ChineseCompanyWords
{
    private static readonly Lazy<Table> Data = new(Load);

    /// <summary>Loads the table now (<see cref="ReferenceTables.Load"/>).</summary>
    internal static void LoadNow() => _ = Data.Value;

    /// <summary>
    /// The text with each known word (longest first, left to right) replaced by its English, set apart by spaces;
    /// the rest is left for transliteration. Text without Chinese characters is returned as it is.
    /// </summary>
    public static string Translate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!HasHan(text))
        {
            return text;
        }

        var table = Data.Value;
        var lookup = table.Words.GetAlternateLookup<ReadOnlySpan<char>>();
        StringBuilder? result = null;
        var copied = 0;
        for (var i = 0; i < text.Length;)
        {
            var length = Math.Min(table.Longest, text.Length - i);
            for (; length >= 2; length--)
            {
                if (lookup.TryGetValue(text.AsSpan(i, length), out var english))
                {
                    result ??= new StringBuilder(text.Length * 4);
                    result.Append(text, copied, i - copied).Append(' ').Append(english).Append(' ');
                    copied = i + length;
                    break;
                }
            }

            i += Math.Max(length, 1);
        }

        return result is null ? text : result.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>True for a folded word that is one of the English words the table reads Chinese words as.</summary>
    public static bool IsReading(string word) => Data.Value.Readings.Contains(word);

    private static bool HasHan(string text)
    {
        foreach (var c in text)
        {
            if (LatinTransliterator.ScriptOf(c) is "Han")
            {
                return true;
            }
        }

        return false;
    }

    private static Table Load()
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in ReferenceData.ReadLines("Transliteration/chinese_company_words.tsv"))
        {
            var parts = line.Split('\t');
            words.Add(parts[0], parts.Length > 1 ? parts[1].Trim() : string.Empty);
        }

        var readings = words.Values.SelectMany(v => v.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToFrozenSet(StringComparer.Ordinal);
        return new Table(words.ToFrozenDictionary(StringComparer.Ordinal), readings, words.Keys.Max(k => k.Length));
    }

    private sealed record Table(FrozenDictionary<string, string> Words, FrozenSet<string> Readings, int Longest);
}
