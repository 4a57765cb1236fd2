namespace Vigil.Storage.Refresh;

/// <summary>The validators a server sent for one file, replayed as If-None-Match / If-Modified-Since.</summary>
/// <param name="Url">The file's URL.</param>
/// <param name="ETag">The ETag header, as sent (quotes included).</param>
/// <param name="LastModified">The Last-Modified header, as sent.</param>
internal sealed record HttpValidators(string Url, string? ETag, string? LastModified);
