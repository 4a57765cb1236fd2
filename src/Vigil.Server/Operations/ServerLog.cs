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

    [LoggerMessage(EventId = 1300, Level = LogLevel.Debug, Message = "Request refused with {Status}: {Detail}")]
    public static partial void BadRequest(ILogger logger, int status, string detail);
}
