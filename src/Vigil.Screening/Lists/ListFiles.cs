using System.Collections.Immutable;
using System.Diagnostics;
using Vigil.Model;
using Vigil.Sources;
using Vigil.Text.Transliteration;

namespace Vigil.Screening.Lists;

/// <summary>
/// Lists read from a data directory, before a screener is built over them: a server first puts its store's versions
/// in place of some of them, so that the one screener it builds is over the lists it will serve.
/// </summary>
/// <param name="DataDirectory">Where the lists were read from.</param>
/// <param name="Lists">The lists, one per source.</param>
/// <param name="LoadTime">Time to read and parse them (and, once merged, to read what replaced them).</param>
public sealed record ListFiles(string DataDirectory, ImmutableArray<ListSnapshot> Lists, TimeSpan LoadTime)
{
    /// <summary>Reads every list of the directory.</summary>
    /// <exception cref="ListFormatException">When a list file is malformed; nothing is read.</exception>
    /// <exception cref="DirectoryNotFoundException">When the directory does not exist or holds no list folder.</exception>
    public static ListFiles Read(string dataDirectory, ListCatalog? catalog = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        if (TransliterationCache.DefaultPath is { } cache)
        {
            TransliterationCache.Use(cache);
        }

        var lists = (catalog ?? ListCatalog.Default).LoadDirectory(dataDirectory, cancellationToken);
        if (lists.IsEmpty)
        {
            throw new DirectoryNotFoundException($"No list folders ({string.Join(", ", ListSources.All)}) found in '{dataDirectory}'.");
        }

        return new ListFiles(dataDirectory, lists, clock.Elapsed);
    }
}
