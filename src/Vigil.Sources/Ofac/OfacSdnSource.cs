using Vigil.Model;

namespace Vigil.Sources.Ofac;

/// <summary>
/// The US OFAC Specially Designated Nationals list (<c>ofac-sdn</c>): a folder with the legacy CSV files
/// (sdn.csv required; add.csv, alt.csv, sdn_comments.csv used when present) or sdn.xml, or one of those files.
/// Entity ids are <c>ofac-sdn:&lt;ent_num&gt;</c>.
/// </summary>
public sealed class OfacSdnSource : IListSource
{
    private readonly OfacListLayout layout = OfacListLayout.Sdn;

    /// <inheritdoc />
    public string Code => layout.Code;

    /// <inheritdoc />
    public string Title => layout.Title;

    /// <inheritdoc />
    public bool CanLoad(string path) => OfacListLoader.CanLoad(layout, path);

    /// <inheritdoc />
    public ListSnapshot Load(string path, CancellationToken cancellationToken = default) =>
        LoadWithReport(path, cancellationToken).Snapshot;

    /// <summary>Loads the list and reports what was read and what was set aside (rows for unlisted ent_nums, …).</summary>
    /// <exception cref="ListFormatException">When a file is malformed or truncated.</exception>
    public OfacLoadResult LoadWithReport(string path, CancellationToken cancellationToken = default) =>
        OfacListLoader.Load(layout, path, cancellationToken);
}
