using System.Collections.Concurrent;
using System.Reflection;
using System.Text;

namespace Vigil.Text.Transliteration;

/// <summary>
/// Remembers ICU transliterations across runs in one small file. Building ICU's transforms is the slowest part of a
/// cold start (about a second for the scripts of the bundled lists), yet the same listed names are transliterated on
/// every start, with the same result for a given ICU version. A process that reads the file skips ICU entirely
/// unless it meets a new non-Latin name. The file is an optimisation only: a missing, unreadable, foreign or corrupt
/// file is ignored and rewritten, and failing to write it never fails a caller.
/// </summary>
public static class TransliterationCache
{
    // The first line names the format (v3: Arabic vowels spelt, LatinTransliterator, an opening ʿayn also before a
    // consonant ICU writes with a mark) and the ICU build; a file from another format or build is ignored.
    internal static readonly string Header = "# vigil transliteration cache v3; ICU4N " + IcuVersion();

    private static readonly ConcurrentDictionary<string, string> Entries = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();
    private static string? file;
    private static int added;

    /// <summary>
    /// The default file, <c>vigil/transliteration.tsv</c> in the user's cache folder (<c>$XDG_CACHE_HOME</c>, else
    /// <c>~/.cache</c>; the local application data folder on Windows); <c>VIGIL_TRANSLITERATION_CACHE</c> names another
    /// file, or <c>off</c> for none (then null).
    /// </summary>
    public static string? DefaultPath
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("VIGIL_TRANSLITERATION_CACHE");
            if (!string.IsNullOrWhiteSpace(configured))
            {
                return string.Equals(configured, "off", StringComparison.OrdinalIgnoreCase) ? null : configured;
            }

            var root = OperatingSystem.IsWindows()
                ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify)
                : Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
                    ? xdg
                    : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile, Environment.SpecialFolderOption.DoNotVerify), ".cache");
            return string.IsNullOrEmpty(root) ? null : Path.Combine(root, "vigil", "transliteration.tsv");
        }
    }

    /// <summary>Number of transliterations held in memory.</summary>
    public static int Count => Entries.Count;

    /// <summary>
    /// Reads the cache file (once per path) and remembers it for <see cref="Save"/>. Returns how many entries were read.
    /// </summary>
    public static int Use(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        lock (Gate)
        {
            if (string.Equals(file, path, StringComparison.Ordinal))
            {
                return 0;
            }

            file = path;
            return Read(path);
        }
    }

    /// <summary>
    /// Writes the file when new transliterations were made since it was read, atomically (a temporary file renamed
    /// over the old one). Returns false when nothing needed writing or the file could not be written.
    /// </summary>
    public static bool Save()
    {
        lock (Gate)
        {
            if (file is null || Volatile.Read(ref added) == 0)
            {
                return false;
            }

            var temp = file + "." + Environment.ProcessId + ".tmp";
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
                using (var writer = new StreamWriter(temp, append: false, new UTF8Encoding(false)))
                {
                    writer.Write(Header);
                    writer.Write('\n');
                    foreach (var (source, latin) in Entries)
                    {
                        writer.Write(source);
                        writer.Write('\t');
                        writer.Write(latin);
                        writer.Write('\n');
                    }
                }

                File.Move(temp, file, overwrite: true);
                Volatile.Write(ref added, 0);
                return true;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                TryDelete(temp);
                return false;
            }
        }
    }

    internal static bool TryGet(string text, out string latin) => Entries.TryGetValue(text, out latin!);

    internal static void Add(string text, string latin)
    {
        // Tabs and line breaks would break the file's lines; such names are rare and simply not remembered.
        if (text.AsSpan().IndexOfAny('\t', '\n', '\r') >= 0 || latin.AsSpan().IndexOfAny('\t', '\n', '\r') >= 0)
        {
            return;
        }

        if (Entries.TryAdd(text, latin))
        {
            Interlocked.Increment(ref added);
        }
    }

    private static int Read(string path)
    {
        try
        {
            using var reader = new StreamReader(path, Encoding.UTF8);
            if (!string.Equals(reader.ReadLine(), Header, StringComparison.Ordinal))
            {
                return 0;
            }

            var read = 0;
            while (reader.ReadLine() is { } line)
            {
                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                if (tab <= 0 || line.IndexOf('\t', tab + 1) >= 0)
                {
                    // A damaged line ends the read: what came before it is still good.
                    break;
                }

                if (Entries.TryAdd(line[..tab], line[(tab + 1)..]))
                {
                    read++;
                }
            }

            return read;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do: a stray temporary file is harmless.
        }
    }

    private static string IcuVersion() =>
        typeof(ICU4N.Text.Transliterator).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ICU4N.Text.Transliterator).Assembly.GetName().Version?.ToString()
        ?? "unknown";
}
