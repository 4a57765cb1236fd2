namespace Vigil.Storage.Refresh;

/// <summary>One file's download: written to disk, or not modified since the validators were stored.</summary>
/// <param name="File">The file.</param>
/// <param name="NotModified">True when the server answered 304 and nothing was written.</param>
/// <param name="Length">Bytes written.</param>
/// <param name="Validators">The validators the server sent with the body (or the ones replayed, on 304).</param>
internal sealed record FileDownload(RemoteFile File, bool NotModified, long Length, HttpValidators Validators);
