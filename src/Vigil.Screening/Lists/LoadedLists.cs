using System.Collections.Immutable;
using System.Diagnostics;
using Vigil.Matching;
using Vigil.Matching.Screening;
using Vigil.Model;
using Vigil.Sources;
using Vigil.Text.Transliteration;

namespace Vigil.Screening.Lists;

/// <summary>Lists loaded from a data directory and the screener built over them, with how long each step took.</summary>
/// <param name="DataDirectory">Where the lists were read from.</param>
/// <param name="Lists">The loaded lists.</param>
/// <param name="Screener">The screener over all of them.</param>
/// <param name="LoadTime">Time to read and parse every list.</param>
/// <param name="IndexTime">Time to build the screener's index.</param>
public sealed record LoadedLists(string DataDirectory, ImmutableArray<ListSnapshot> Lists, Screener Screener, TimeSpan LoadTime, TimeSpan IndexTime)
{
    /// <summary>Reads every list of the directory and builds the screener.</summary>
    /// <exception cref="ListFormatException">When a list file is malformed; nothing is loaded.</exception>
    /// <exception cref="DirectoryNotFoundException">When the directory does not exist.</exception>
    public static LoadedLists Load(string dataDirectory, MatchingOptions? options = null, ListCatalog? catalog = null, CancellationToken cancellationToken = default) =>
        Build(ListFiles.Read(dataDirectory, catalog, cancellationToken), options);

    /// <summary>Builds the screener over lists read before.</summary>
    public static LoadedLists Build(ListFiles files, MatchingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        var clock = Stopwatch.StartNew();
        var screener = new Screener(files.Lists, options);
        TransliterationCache.Save();
        return new LoadedLists(files.DataDirectory, files.Lists, screener, files.LoadTime, clock.Elapsed);
    }
}
