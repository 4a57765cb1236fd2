namespace Vigil.Storage.Refresh;

/// <summary>One file of a list publication: where to fetch it and the name its reader expects it under.</summary>
/// <param name="Url">The official download URL.</param>
/// <param name="FileName">File name written in the download folder, e.g. <c>sdn.csv</c>.</param>
public sealed record RemoteFile(Uri Url, string FileName);
