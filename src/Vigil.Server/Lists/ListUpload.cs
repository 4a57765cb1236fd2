using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using Vigil.Model;
using Vigil.Screening.Input;

namespace Vigil.Server.Lists;

/// <summary>
/// The body of <c>POST /v1/lists/{source}/import</c> on disk, in a temporary folder of its own that the list's
/// reader then loads like a list folder: one file (named by the client, else as the publisher names it), or the
/// files of a ZIP archive (<c>Content-Type: application/zip</c>), e.g. OFAC's four CSV files. Removed on dispose.
/// </summary>
internal sealed class ListUpload : IDisposable
{
    /// <summary>Most files an archive may hold: a list has at most a handful.</summary>
    public const int MaxArchiveFiles = 32;

    private const int BufferSize = 81920;

    private ListUpload(string folder, ImmutableArray<string> files)
    {
        Folder = folder;
        Files = files;
    }

    /// <summary>The folder holding the files.</summary>
    public string Folder { get; }

    /// <summary>The file names, in ordinal order.</summary>
    public ImmutableArray<string> Files { get; }

    /// <summary>True for the content types of a ZIP archive.</summary>
    public static bool IsArchive(string? contentType) =>
        contentType is not null
        && (contentType.StartsWith("application/zip", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("application/x-zip-compressed", StringComparison.OrdinalIgnoreCase));

    /// <summary>Writes the body to a new temporary folder, streaming, never over <paramref name="maxBytes"/>.</summary>
    /// <exception cref="ListUploadException">When the body is empty, too large, a bad archive, or the file name is not a plain name.</exception>
    public static async Task<ListUpload> ReceiveAsync(Stream body, string? contentType, string source, string? fileName, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (fileName is not null && !IsPlainName(fileName))
        {
            throw new ListUploadException($"fileName {QueryValues.Quote(fileName)} is not a plain file name (letters, digits, '.', '-', '_').");
        }

        var folder = Path.Combine(Path.GetTempPath(), "vigil-import-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var received = Path.Combine(folder, ".upload");
            var stream = new FileStream(received, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true);
            long length;
            await using (stream.ConfigureAwait(false))
            {
                length = await CopyAsync(body, stream, maxBytes, "The request body", cancellationToken).ConfigureAwait(false);
            }

            if (length == 0)
            {
                throw new ListUploadException("The request body is empty; send the list file as the body.");
            }

            ImmutableArray<string> files;
            if (IsArchive(contentType))
            {
                files = await ExtractAsync(received, folder, maxBytes, cancellationToken).ConfigureAwait(false);
                File.Delete(received);
            }
            else
            {
                var name = fileName ?? DefaultName(source, received);
                File.Move(received, Path.Combine(folder, name));
                files = [name];
            }

            return new ListUpload(folder, files);
        }
        catch
        {
            Delete(folder);
            throw;
        }
    }

    /// <summary>A message with the upload folder taken out, so an error never shows a server path.</summary>
    public string Redact(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message
            .Replace(Folder + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal)
            .Replace(Folder, "(upload)", StringComparison.Ordinal);
    }

    public void Dispose() => Delete(Folder);

    /// <summary>The name the source's reader expects for a single file: the publisher's, XML or not as the body starts.</summary>
    internal static string DefaultName(string source, string path)
    {
        var xml = StartsLikeXml(path);
        return source switch
        {
            ListSources.OfacSdn => xml ? "sdn.xml" : "sdn.csv",
            ListSources.OfacConsolidated => xml ? "consolidated.xml" : "cons_prim.csv",
            ListSources.UnSecurityCouncil => "consolidated.xml",
            ListSources.UnitedKingdom => xml ? "UK-Sanctions-List.xml" : "UK-Sanctions-List.ods",
            ListSources.EuropeanUnion => "eu-fsf.xml",
            ListSources.OpenSanctions => "entities.ftm.json",
            _ => "list",
        };
    }

    /// <summary>Letters, digits, '.', '-', '_', not starting with '.', at most 100 characters.</summary>
    internal static bool IsPlainName(string name)
    {
        if (name.Length is 0 or > 100 || name[0] == '.')
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static async Task<ImmutableArray<string>> ExtractAsync(string archivePath, string folder, long maxBytes, CancellationToken cancellationToken)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        long total = 0;
        try
        {
            using var archive = ZipFile.OpenRead(archivePath);
            foreach (var entry in archive.Entries)
            {
                var name = entry.FullName.Replace('\\', '/');
                var leaf = name[(name.LastIndexOf('/') + 1)..];

                // Folders, and the resource forks macOS adds to archives it makes.
                if (leaf.Length == 0 || name.StartsWith("__MACOSX/", StringComparison.Ordinal) || leaf.StartsWith("._", StringComparison.Ordinal))
                {
                    continue;
                }

                if (!IsPlainName(leaf))
                {
                    throw new ListUploadException($"The archive holds {QueryValues.Quote(entry.FullName)}, which is not a plain file name.");
                }

                if (!names.Add(leaf))
                {
                    throw new ListUploadException($"The archive holds two files named '{leaf}'.");
                }

                if (names.Count > MaxArchiveFiles)
                {
                    throw new ListUploadException(string.Create(CultureInfo.InvariantCulture, $"The archive holds more than {MaxArchiveFiles} files; a list has a handful."));
                }

                var source = await entry.OpenAsync(cancellationToken).ConfigureAwait(false);
                await using (source.ConfigureAwait(false))
                {
                    var target = new FileStream(Path.Combine(folder, leaf), FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true);
                    await using (target.ConfigureAwait(false))
                    {
                        // The sizes an archive states are not trusted: what is written is counted.
                        total += await CopyAsync(source, target, maxBytes - total, "The archive's files", cancellationToken).ConfigureAwait(false);
                    }
                }
            }
        }
        catch (InvalidDataException ex)
        {
            throw new ListUploadException("The body is not a readable ZIP archive: " + ex.Message, ex);
        }

        return names.Count == 0
            ? throw new ListUploadException("The archive holds no files.")
            : [.. names];
    }

    private static async Task<long> CopyAsync(Stream source, Stream target, long maxBytes, string what, CancellationToken cancellationToken)
    {
        var buffer = new byte[BufferSize];
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            total += read;
            if (total > maxBytes)
            {
                throw new ListUploadException(
                    string.Create(CultureInfo.InvariantCulture, $"{what} exceed the {maxBytes}-byte limit for imports."),
                    StatusCodes.Status413PayloadTooLarge);
            }

            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
        }

        return total;
    }

    private static bool StartsLikeXml(string path)
    {
        Span<byte> head = stackalloc byte[64];
        int read;
        using (var stream = File.OpenRead(path))
        {
            read = stream.Read(head);
        }

        var span = head[..read];
        if (span.StartsWith("\uFEFF"u8))
        {
            span = span[3..];
        }

        while (!span.IsEmpty && span[0] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            span = span[1..];
        }

        return !span.IsEmpty && span[0] == (byte)'<';
    }

    private static void Delete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary folder is harmless; the system cleans its temp folder.
        }
    }
}
