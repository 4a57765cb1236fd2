using Vigil.Matching.Names;
using Vigil.Matching.Scoring;
using Vigil.Model;
using Vigil.Text.Phonetics;

namespace Vigil.Matching.Tests.Scoring;

public sealed class SoundCodesTests
{
    [Fact]
    public void Of_HoldsEachTokensKey_AndTheKeysOfItJoinedWithTheNextOneAndTwo()
    {
        var name = NamePreparer.Uniform.Prepare("Mao Tse tung", Schema.Person);
        var codes = SoundCodes.Of(name);

        Assert.Equal(SoundCodes.Pack(PhoneticKey.Of("mao")), SoundCodes.Own(codes, 0));
        Assert.Equal(SoundCodes.Pack(PhoneticKey.Of("tsetung")), SoundCodes.Window(codes, 1, 2));
        Assert.Equal(SoundCodes.Pack(PhoneticKey.Of("maotsetung")), SoundCodes.Window(codes, 0, 3));
        Assert.Equal(SoundCodes.Own(SoundCodes.Of(NamePreparer.Uniform.Prepare("Zedong", Schema.Person)), 0), SoundCodes.Window(codes, 1, 2));

        // No window runs past the last token.
        Assert.Equal(0UL, SoundCodes.Window(codes, 2, 2));
        Assert.Equal(0UL, SoundCodes.Window(codes, 1, 3));
    }

    [Fact]
    public void Of_LegalFormsAndNumbersJoinNothing()
    {
        var name = NamePreparer.Uniform.Prepare("Orinoco LLC Trading 7 Star", Schema.Organization);
        var codes = SoundCodes.Of(name);
        var tokens = name.FoldedTokens;

        for (var j = 0; j < tokens.Length; j++)
        {
            for (var len = 2; len <= 3 && j + len <= tokens.Length; len++)
            {
                var parts = tokens.Skip(j).Take(len).ToArray();
                var joinable = parts.All(p => !p.StartsWith('~') && !p.All(char.IsAsciiDigit));
                Assert.Equal(joinable ? SoundCodes.Pack(PhoneticKey.Of(string.Concat(parts))) : 0UL, SoundCodes.Window(codes, j, len));
            }
        }
    }

    [Fact]
    public void Pack_DistinctKeys_DistinctCodes()
    {
        string[] keys = ["MMT", "MMD", "MMTA", "AMMT", "K9", "KS", "SK", "ABCDEFGH", "ABCDEFG", "0", "Z"];
        Assert.Equal(keys.Length, keys.Select(k => SoundCodes.Pack(k)).Distinct().Count());
        Assert.DoesNotContain(0UL, keys.Select(k => SoundCodes.Pack(k)));
    }
}
