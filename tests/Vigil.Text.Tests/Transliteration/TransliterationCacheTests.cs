using Vigil.Text.Transliteration;

namespace Vigil.Text.Tests.Transliteration;

/// <summary>
/// The cache is process-wide: run alone, so that other test classes transliterating in parallel can neither add an
/// entry between two calls of one test (the second <c>Save</c> would find something new) nor see the file switched.
/// </summary>
[Collection(nameof(TransliterationCacheRunsAlone))]
public sealed class TransliterationCacheTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("vigil-translit-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Save_AfterNewTransliteration_WritesFileThatAnotherProcessCanRead()
    {
        var path = Path.Combine(folder, "sub", "cache.tsv");
        TransliterationCache.Use(path);

        // A name no other test uses, so this process has not transliterated it yet.
        var name = "Ζαχαρίας Παπαδόπουλος " + Guid.NewGuid().ToString("N")[..6];
        var latin = LatinTransliterator.ToLatin(name);

        Assert.True(TransliterationCache.Save());
        var lines = File.ReadAllLines(path);
        Assert.StartsWith("# vigil transliteration cache v3", lines[0], StringComparison.Ordinal);
        Assert.Contains(name + "\t" + latin, lines);
        Assert.False(TransliterationCache.Save());
    }

    [Fact]
    public void Use_ForeignFile_IsIgnored()
    {
        var foreign = Path.Combine(folder, "foreign.tsv");
        File.WriteAllText(foreign, "some other file\nΆννα\tWRONG\n");
        Assert.Equal(0, TransliterationCache.Use(foreign));
        Assert.Equal("Ánna", LatinTransliterator.ToLatin("Άννα"));
    }

    [Fact]
    public void Use_DamagedLine_KeepsWhatCameBeforeIt()
    {
        var damaged = Path.Combine(folder, "damaged.tsv");
        // Greek goes through ICU and so through the cache (Cyrillic and Hangul are romanised without either).
        File.WriteAllText(damaged, TransliterationCache.Header + "\nΆννα Τέστοβα\tanna testova\nno tab here\nΜπόρις Τέστοφ\tWRONG\n");
        Assert.Equal(1, TransliterationCache.Use(damaged));
        Assert.Equal("anna testova", LatinTransliterator.ToLatin("Άννα Τέστοβα"));
        Assert.Equal("Mpóris Téstoph", LatinTransliterator.ToLatin("Μπόρις Τέστοφ"));
    }

    [Fact]
    public void Use_MissingFolder_DoesNotThrow()
    {
        var path = Path.Combine(folder, "missing", "deeper", "cache.tsv");
        Assert.Equal(0, TransliterationCache.Use(path));
    }
}

/// <summary>Runs its classes after the parallel ones, one at a time.</summary>
[CollectionDefinition(nameof(TransliterationCacheRunsAlone), DisableParallelization = true)]
public sealed class TransliterationCacheRunsAlone;
