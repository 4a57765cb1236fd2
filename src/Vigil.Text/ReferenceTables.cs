using Vigil.Text.Countries;
using Vigil.Text.LegalForms;
using Vigil.Text.Names;
using Vigil.Text.Transliteration;

namespace Vigil.Text;

/// <summary>
/// The reference tables that reading names uses (legal forms, countries, name variants, word lists, ...), loaded side
/// by side. Each loads by itself when first used, but an index build meets them one after another from its parallel
/// workers, and a worker that meets a table another is loading waits for it: about 100 ms of a first build, on one
/// core. Loading them together at the start of a build uses every core for it.
/// </summary>
public static class ReferenceTables
{
    /// <summary>Loads every table not yet loaded, in parallel; returns once all are. Later calls cost nothing.</summary>
    public static void Load() => Parallel.Invoke(
        LegalFormTable.LoadNow,
        ArabicOrganisationWords.LoadNow,
        CountryCodes.LoadNow,
        NameVariants.LoadNow,
        KoreanSurnames.LoadNow,
        GenericVariants.LoadNow,
        ChineseCompanyWords.LoadNow,
        FormsOfAddress.LoadNow,
        WordLists.LoadNow,
        Abbreviations.LoadNow,
        PinyinSyllables.LoadNow);
}
