using Vigil.Model;

namespace Vigil.Sources;

/// <summary>
/// One sanctions list format: knows its source code and turns a file or folder into a complete snapshot.
/// Implementations read the whole input before returning, so a bad file never yields a half-loaded list.
/// </summary>
public interface IListSource
{
    /// <summary>Source code, one of <see cref="ListSources"/>.</summary>
    string Code { get; }

    /// <summary>Human title of the list.</summary>
    string Title { get; }

    /// <summary>True when the path (a file or a folder) holds this list in a format this source reads.</summary>
    bool CanLoad(string path);

    /// <summary>Reads and maps the whole list.</summary>
    /// <exception cref="ListFormatException">When a file is malformed or truncated; the message names file and line or element.</exception>
    ListSnapshot Load(string path, CancellationToken cancellationToken = default);
}
