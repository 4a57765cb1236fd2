using Vigil.Matching.Names;
using Vigil.Model;
using Vigil.Text.Transliteration;

namespace Vigil.Matching.Tests.Names;

/// <summary>pinyin_syllables.tsv was derived from the transform; it must hold every syllable the transform still gives.</summary>
public sealed class PinyinReadingTests
{
    [Fact]
    public void Tokenise_EveryCjkUnifiedIdeograph_ReadsAsAListedSyllable()
    {
        var missing = new List<string>();
        for (var c = 0x4E00; c <= 0x9FFF; c++)
        {
            foreach (var token in NamePreparer.Tokenise(((char)c).ToString(), Schema.Person))
            {
                // ICU leaves a few rare characters as they are; only what it reads in Latin letters is a syllable.
                if (token.All(char.IsAsciiLetterLower) && !PinyinSyllables.Contains(token))
                {
                    missing.Add($"U+{c:X4} {token}");
                }
            }
        }

        Assert.Empty(missing);
    }
}
