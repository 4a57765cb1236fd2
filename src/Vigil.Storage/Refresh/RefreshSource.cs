using System.Collections.Immutable;
using Vigil.Model;

namespace Vigil.Storage.Refresh;

/// <summary>
/// Where one list is published. All files are downloaded into one folder, which the source's reader
/// (<c>IListSource.Load</c>) then parses as a whole.
/// </summary>
/// <param name="Source">Source code, one of <see cref="ListSources"/>; the catalogue must hold a reader for it.</param>
/// <param name="Files">The files of one publication.</param>
public sealed record RefreshSource(string Source, ImmutableArray<RemoteFile> Files)
{
    /// <summary>
    /// OFAC SDN list, legacy CSV from OFAC's Sanctions List Service: primary records, addresses, aliases and
    /// remarks overflow (all four are needed for a complete list).
    /// </summary>
    public static RefreshSource OfacSdn { get; } = new(ListSources.OfacSdn,
    [
        Ofac("SDN.CSV", "sdn.csv"),
        Ofac("ADD.CSV", "add.csv"),
        Ofac("ALT.CSV", "alt.csv"),
        Ofac("SDN_COMMENTS.CSV", "sdn_comments.csv"),
    ]);

    /// <summary>OFAC consolidated (non-SDN) lists, legacy CSV from the Sanctions List Service.</summary>
    public static RefreshSource OfacConsolidated { get; } = new(ListSources.OfacConsolidated,
    [
        Ofac("CONS_PRIM.CSV", "cons_prim.csv"),
        Ofac("CONS_ADD.CSV", "cons_add.csv"),
        Ofac("CONS_ALT.CSV", "cons_alt.csv"),
        Ofac("CONS_COMMENTS.CSV", "cons_comments.csv"),
    ]);

    /// <summary>UN Security Council consolidated list, XML.</summary>
    public static RefreshSource UnSecurityCouncil { get; } = new(ListSources.UnSecurityCouncil,
    [
        new(new Uri("https://scsanctions.un.org/resources/xml/en/consolidated.xml"), "consolidated.xml"),
    ]);

    /// <summary>UK Sanctions List (FCDO), XML.</summary>
    public static RefreshSource UnitedKingdom { get; } = new(ListSources.UnitedKingdom,
    [
        new(new Uri("https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.xml"), "UK-Sanctions-List.xml"),
    ]);

    /// <summary>
    /// EU Financial Sanctions File (FSF), full XML 1.1. The token is the public one the FSF site itself links with.
    /// </summary>
    public static RefreshSource EuropeanUnion { get; } = new(ListSources.EuropeanUnion,
    [
        new(new Uri("https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw"), "eu-fsf.xml"),
    ]);

    /// <summary>Every official list above.</summary>
    public static ImmutableArray<RefreshSource> Defaults { get; } = [OfacSdn, OfacConsolidated, UnSecurityCouncil, UnitedKingdom, EuropeanUnion];

    /// <summary>
    /// The same files fetched from a mirror: each from <c>&lt;baseUrl&gt;/&lt;source&gt;/&lt;file name&gt;</c>, e.g.
    /// <c>https://lists.bank.internal/vigil/ofac-sdn/sdn.csv</c>, for servers that may reach only an internal copy.
    /// </summary>
    /// <exception cref="ArgumentException">When <paramref name="baseUrl"/> is not an absolute http(s) URL.</exception>
    public RefreshSource Mirrored(Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        if (!baseUrl.IsAbsoluteUri || (baseUrl.Scheme != Uri.UriSchemeHttps && baseUrl.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"'{baseUrl}' is not an absolute http(s) URL.", nameof(baseUrl));
        }

        var root = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
        return this with { Files = [.. Files.Select(f => f with { Url = new Uri(root, Uri.EscapeDataString(Source) + "/" + Uri.EscapeDataString(f.FileName)) })] };
    }

    /// <summary>The same files with one file's URL replaced (the name the reader expects stays).</summary>
    /// <exception cref="ArgumentException">When the source has no file of that name.</exception>
    public RefreshSource WithFileUrl(string fileName, Uri url)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(url);
        var index = -1;
        for (var i = 0; i < Files.Length; i++)
        {
            if (string.Equals(Files[i].FileName, fileName, StringComparison.OrdinalIgnoreCase))
            {
                index = i;
            }
        }

        return index < 0
            ? throw new ArgumentException($"Source '{Source}' has no file '{fileName}'; its files are {string.Join(", ", Files.Select(f => f.FileName))}.", nameof(fileName))
            : this with { Files = Files.SetItem(index, Files[index] with { Url = url }) };
    }

    private static RemoteFile Ofac(string export, string fileName) =>
        new(new Uri("https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/" + export), fileName);
}
