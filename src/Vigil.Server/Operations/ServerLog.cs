namespace Vigil.Server.Operations;

/// <summary>The server's log messages, source-generated.</summary>
internal static partial class ServerLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Loading lists from {Directory}")]
    public static partial void ListsLoading(ILogger logger, string directory);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Loaded {ListCount} lists, {EntityCount} entities, {NameCount} names in {LoadMilliseconds} ms (index {IndexMilliseconds} ms)")]
    public static partial void ListsLoaded(ILogger logger, int listCount, int entityCount, int nameCount, long loadMilliseconds, long indexMilliseconds);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Critical, Message = "The lists could not be loaded; the server stops: {Reason}")]
    public static partial void ListsLoadFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Text and payment screeners built in {Milliseconds} ms")]
    public static partial void TextScreenerBuilt(ILogger logger, long milliseconds);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Error, Message = "The text or payment screener could not be built; /v1/screen/text and /v1/screen/payment will fail")]
    public static partial void TextScreenerFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Information, Message = "Serving {Source} version {Number} ({EntityCount} entities) from the list store at {Location}")]
    public static partial void ServingStoreVersion(ILogger logger, string source, int number, int entityCount, string location);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Information, Message = "New lists in service: {ListCount} lists, {EntityCount} entities, {NameCount} names (read {ReadMilliseconds} ms, index {IndexMilliseconds} ms)")]
    public static partial void ScreenerSwapped(ILogger logger, int listCount, int entityCount, int nameCount, long readMilliseconds, long indexMilliseconds);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Warning, Message = "The list store's current versions could not be read; serving the files in {Directory}: {Reason}")]
    public static partial void StoreVersionsUnread(ILogger logger, string directory, string reason);

    [LoggerMessage(EventId = 1008, Level = LogLevel.Error, Message = "The screener over the list store's current versions could not be built; serving the files in {Directory}: {Reason}")]
    public static partial void StoreVersionsUnbuilt(ILogger logger, string directory, string reason);

    [LoggerMessage(EventId = 1100, Level = LogLevel.Warning, Message = "--insecure-local: requests without an API key are served as admin. Every bound address is loopback: {Addresses}")]
    public static partial void InsecureLocal(ILogger logger, string addresses);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Critical, Message = "--insecure-local refused: {Address} is not a loopback address; the server stops")]
    public static partial void InsecureLocalRefused(ILogger logger, string address);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "No API keys exist in {KeyFile}: every /v1 request will get 401. Create one with 'vigil keys create --role screen'")]
    public static partial void NoKeys(ILogger logger, string keyFile);

    [LoggerMessage(EventId = 1108, Level = LogLevel.Error, Message = "The API key table {KeyFile} cannot be read; requests with a key will fail: {Reason}")]
    public static partial void KeysUnreadable(ILogger logger, string keyFile, string reason);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Information, Message = "API keys loaded: {Count} valid")]
    public static partial void KeysLoaded(ILogger logger, int count);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Information, Message = "Rejected an unknown or revoked API key on {Path}")]
    public static partial void KeyRejected(ILogger logger, PathString path);

    [LoggerMessage(EventId = 1105, Level = LogLevel.Information, Message = "Rate limit reached for key {KeyId}; retry after {Seconds} s")]
    public static partial void RateLimited(ILogger logger, string keyId, int seconds);

    [LoggerMessage(EventId = 1106, Level = LogLevel.Information, Message = "API key {KeyId} ({Role}) created through the API by key {ByKeyId}")]
    public static partial void KeyCreated(ILogger logger, string keyId, string role, string byKeyId);

    [LoggerMessage(EventId = 1107, Level = LogLevel.Information, Message = "API key {KeyId} revoked through the API by key {ByKeyId}")]
    public static partial void KeyRevoked(ILogger logger, string keyId, string byKeyId);

    [LoggerMessage(EventId = 1200, Level = LogLevel.Warning, Message = "The list store at {Location} could not be opened; versions, diffs and history are unavailable: {Reason}")]
    public static partial void StoreUnavailable(ILogger logger, string location, string reason);

    [LoggerMessage(EventId = 1201, Level = LogLevel.Warning, Message = "Reading refresh status from the list store failed: {Reason}")]
    public static partial void StatusPollFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 1400, Level = LogLevel.Information, Message = "Scheduled refresh of {Sources} every {Interval}")]
    public static partial void RefreshScheduled(ILogger logger, string sources, TimeSpan interval);

    [LoggerMessage(EventId = 1401, Level = LogLevel.Information, Message = "Scheduled refresh is off (turn it on with --refresh-interval or Vigil:Refresh:Interval)")]
    public static partial void RefreshOff(ILogger logger);

    [LoggerMessage(EventId = 1402, Level = LogLevel.Warning, Message = "Scheduled refresh has nothing to refresh: no loaded list has a download; name lists in Vigil:Refresh:Sources")]
    public static partial void RefreshNothing(ILogger logger);

    [LoggerMessage(EventId = 1403, Level = LogLevel.Error, Message = "Scheduled refresh stopped; the server screens on with the lists it has")]
    public static partial void RefreshStopped(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1404, Level = LogLevel.Information, Message = "{Source} imported through the API by key {KeyId}: {Outcome}, {Message}")]
    public static partial void ListImported(ILogger logger, string source, string keyId, string outcome, string message);

    [LoggerMessage(EventId = 1405, Level = LogLevel.Information, Message = "Import of {Source} through the API by key {KeyId} refused: {Reason}")]
    public static partial void ListImportRefused(ILogger logger, string source, string keyId, string reason);

    [LoggerMessage(EventId = 1406, Level = LogLevel.Information, Message = "Refresh of {Source} asked through the API by key {KeyId}: {Outcome}, {Message}")]
    public static partial void ListRefreshed(ILogger logger, string source, string keyId, string outcome, string message);

    [LoggerMessage(EventId = 1300, Level = LogLevel.Debug, Message = "Request refused with {Status}: {Detail}")]
    public static partial void BadRequest(ILogger logger, int status, string detail);
}
