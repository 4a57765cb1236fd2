using Vigil.Model;

namespace Vigil.Sources.Ofac;

/// <summary>
/// OFAC's Consolidated Sanctions List of non-SDN programs (<c>ofac-cons</c>): a folder with cons_prim.csv
/// (required), cons_add.csv, cons_alt.csv, cons_comments.csv, or consolidated.xml, or one of those files.
/// Entity ids are <c>ofac-cons:&lt;ent_num&gt;</c>.
/// </summary>
public sealed class OfacConsolidatedSource : IListSource
{
    private readonly OfacListLayout layout = OfacListLayout.Consolidated;

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
