using System.Globalization;
using System.Text;
using Vigil.Screening.Lists;

namespace Vigil.Cli;

/// <summary>
/// Lists loaded in this process, per data directory, reused while the directory's files are unchanged (same paths,
/// sizes and write times). One <c>vigil</c> process loads its lists once anyway; the cache matters when the CLI
/// runs many times in one process (tests, a host embedding it): each run would otherwise read and index every list
/// again. The loaded lists and their screener are immutable, so runs can share them safely.
/// </summary>
internal static class LoadedListsCache
{
    /// <summary>Directories kept at most; the least recently used is dropped beyond it.</summary>
    private const int Capacity = 4;

    private static readonly Lock Gate = new();
    private static readonly List<Entry> Entries = [];

    /// <summary>The lists of <paramref name="directory"/>, loaded with <paramref name="load"/> unless an unchanged copy is cached.</summary>
    public static LoadedLists Get(string directory, Func<string, LoadedLists> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        var key = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        if (!Directory.Exists(key))
        {
            // The loader names the missing folder in its own words.
            return load(directory);
        }

        var fingerprint = Fingerprint(key);
        Lazy<LoadedLists> lists;
        lock (Gate)
        {
            var index = Entries.FindIndex(e => string.Equals(e.Directory, key, StringComparison.Ordinal));
            var entry = index >= 0 ? Entries[index] : null;
            if (index >= 0)
            {
                Entries.RemoveAt(index);
            }

            if (entry is null || !string.Equals(entry.Fingerprint, fingerprint, StringComparison.Ordinal))
            {
                entry = new Entry(key, fingerprint, new Lazy<LoadedLists>(() => load(directory), LazyThreadSafetyMode.ExecutionAndPublication));
            }

            Entries.Insert(0, entry);
            lists = entry.Lists;
        }

        LoadedLists loaded;
        try
        {
            loaded = lists.Value;
        }
        catch
        {
            // A failed load is not kept: the next run reads the files again (they may have been fixed).
            lock (Gate)
            {
                Entries.RemoveAll(e => ReferenceEquals(e.Lists, lists));
            }

            throw;
        }

        // Trimmed only after a load succeeded, so a directory that fails to load never pushes a good one out.
        lock (Gate)
        {
            while (Entries.Count > Capacity)
            {
                Entries.RemoveAt(Entries.Count - 1);
            }
        }

        return loaded;
    }

    /// <summary>Every file under the directory with its size and last write time, in ordinal order of path.</summary>
    internal static string Fingerprint(string directory)
    {
        var files = Directory.GetFiles(directory, "*", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        var text = new StringBuilder();
        foreach (var file in files)
        {
            var info = new FileInfo(file);
            text.Append(file).Append('|')
                .Append(info.Length.ToString(CultureInfo.InvariantCulture)).Append('|')
                .Append(info.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        return text.ToString();
    }

    private sealed record Entry(string Directory, string Fingerprint, Lazy<LoadedLists> Lists);
}
