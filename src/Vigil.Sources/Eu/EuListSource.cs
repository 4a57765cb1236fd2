using Vigil.Model;
using Vigil.Sources.Xml;

namespace Vigil.Sources.Eu;

/// <summary>
/// The EU Financial Sanctions File (consolidated list of persons, groups and entities subject to EU financial
/// sanctions), XML 1.1. Entity ids are <c>eu:&lt;logicalId&gt;</c>, e.g. <c>eu:13</c>.
/// </summary>
/// <remarks>
/// Load a file or a folder holding one such file:
/// <code>var snapshot = new EuListSource().Load("data/lists/eu");</code>
/// </remarks>
public sealed class EuListSource : IListSource
{
    private static readonly SingleFileXmlSource Files = new("EU", EuReader.RootElement);

    /// <inheritdoc />
    public string Code => ListSources.EuropeanUnion;

    /// <inheritdoc />
    public string Title => "EU Financial Sanctions File";

    /// <inheritdoc />
    /// <remarks>A folder qualifies when it holds an XML file, so that a corrupt list fails loudly on load instead of being skipped.</remarks>
    public bool CanLoad(string path) => Files.CanLoad(path);

    /// <inheritdoc />
    public ListSnapshot Load(string path, CancellationToken cancellationToken = default) => Files.Load(this, path, Parse, cancellationToken);

    /// <summary>Reads and maps a whole file; everything is checked before anything is returned.</summary>
    /// <exception cref="ListFormatException">When the file is malformed, truncated, empty or inconsistent.</exception>
    internal static MappedList Parse(Stream stream, string file, CancellationToken cancellationToken = default)
    {
        var export = EuReader.Read(stream, file, cancellationToken);
        if (export.Entities.IsEmpty)
        {
            throw new ListFormatException(file, "element " + EuReader.RootElement, "the file holds no sanctionEntity");
        }

        return SingleFileXmlSource.Map(export.Entities, file, "logicalId", EuMapper.Map, ListFields.Timestamp(export.GenerationDate), cancellationToken);
    }
}
