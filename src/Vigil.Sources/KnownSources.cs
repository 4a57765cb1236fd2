namespace Vigil.Sources;

/// <summary>Every list format Vigil reads. Each source folder adds its own entry here.</summary>
public static class KnownSources
{
    /// <summary>All formats, in the order their folders are looked for.</summary>
    public static IReadOnlyList<IListSource> All { get; } =
    [
        // Entries are added by each source folder: Ofac, UnSc, Uk, Eu, OpenSanctions.
        new Ofac.OfacSdnSource(),
        new Ofac.OfacConsolidatedSource(),
        new UnSc.UnScListSource(),
        new Uk.UkListSource(),
        new Eu.EuListSource(),
        new OpenSanctions.OpenSanctionsListSource(),
    ];
}
