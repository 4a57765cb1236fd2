using System.Collections.Immutable;
using Vigil.Model;

namespace Vigil.Sources;

/// <summary>
/// Loads every list found in a data directory laid out as one folder per source code
/// (<c>ofac-sdn/</c>, <c>ofac-cons/</c>, <c>un-sc/</c>, <c>uk/</c>, <c>eu/</c>, <c>os/</c>). Lists load in parallel;
/// one bad list fails the whole load with its <see cref="ListFormatException"/>, so nothing is half-loaded.
/// </summary>
public sealed class ListCatalog
{
    private readonly ImmutableArray<IListSource> sources;

    /// <summary>Creates a catalogue over the given list formats.</summary>
    public ListCatalog(IEnumerable<IListSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        this.sources = [.. sources];
    }

    /// <summary>A catalogue over every format Vigil reads.</summary>
    public static ListCatalog Default { get; } = new(KnownSources.All);

    /// <summary>The formats this catalogue reads.</summary>
    public ImmutableArray<IListSource> Sources => sources;

    /// <summary>Finds the format for a source code.</summary>
    public IListSource? Find(string code) => sources.FirstOrDefault(s => string.Equals(s.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>Loads every list folder of the data directory whose name is a known source code.</summary>
    /// <exception cref="DirectoryNotFoundException">When the directory does not exist.</exception>
    /// <exception cref="ListFormatException">When any list file is malformed.</exception>
    public ImmutableArray<ListSnapshot> LoadDirectory(string dataDir, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDir);
        if (!Directory.Exists(dataDir))
        {
            throw new DirectoryNotFoundException($"List data directory '{dataDir}' does not exist.");
        }

        var work = new List<(IListSource Source, string Path)>();
        foreach (var source in sources)
        {
            var folder = Path.Combine(dataDir, source.Code);
            if (Directory.Exists(folder) && source.CanLoad(folder))
            {
                work.Add((source, folder));
            }
        }

        var results = new ListSnapshot[work.Count];
        try
        {
            Parallel.For(0, work.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => results[i] = work[i].Source.Load(work[i].Path, cancellationToken));
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            // Surface the first list error as itself so hosts can print its one-line message.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
            throw;
        }

        return [.. results];
    }
}
