using Vigil.Model;
using Vigil.Sources.Xml;

namespace Vigil.Sources.UnSc;

/// <summary>
/// The UN Security Council Consolidated List in its XML form (<c>sc-sanctions.xsd</c>). Entity ids are
/// <c>un-sc:&lt;REFERENCE_NUMBER&gt;</c>, e.g. <c>un-sc:QDi.001</c>.
/// </summary>
/// <remarks>
/// Load a file (<c>consolidated.xml</c>) or a folder holding one such file:
/// <code>var snapshot = new UnScListSource().Load("data/lists/un-sc");</code>
/// </remarks>
public sealed class UnScListSource : IListSource
{
    private static readonly SingleFileXmlSource Files = new("UN", UnScReader.RootElement);

    /// <inheritdoc />
    public string Code => ListSources.UnSecurityCouncil;

    /// <inheritdoc />
    public string Title => "UN Security Council Consolidated List";

    /// <inheritdoc />
    /// <remarks>A folder qualifies when it holds an XML file, so that a corrupt list in a list folder fails loudly on load instead of being skipped.</remarks>
    public bool CanLoad(string path) => Files.CanLoad(path);

    /// <inheritdoc />
    public ListSnapshot Load(string path, CancellationToken cancellationToken = default) => Files.Load(this, path, Parse, cancellationToken);

    /// <summary>Reads and maps a whole file; everything is checked before anything is returned.</summary>
    /// <exception cref="ListFormatException">When the file is malformed, truncated, empty or inconsistent.</exception>
    internal static MappedList Parse(Stream stream, string file, CancellationToken cancellationToken = default)
    {
        var list = UnScReader.Read(stream, file, cancellationToken);
        if (list.Records.IsEmpty)
        {
            throw new ListFormatException(file, "element " + UnScReader.RootElement, "the list holds no INDIVIDUAL or ENTITY");
        }

        return SingleFileXmlSource.Map(list.Records, file, "REFERENCE_NUMBER", UnScMapper.Map, ListFields.Timestamp(list.DateGenerated), cancellationToken);
    }
}
