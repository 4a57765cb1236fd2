using Microsoft.Extensions.Logging;

namespace Vigil.Storage.Versions;

/// <summary>Log messages of the importer.</summary>
internal static partial class ImportLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Applied {Source} version {Number} ({EntityCount} entities, {Changes})")]
    public static partial void Applied(ILogger logger, string source, int number, int entityCount, ChangeCounts changes);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Held {Source} version {Number} for review: {Reason}")]
    public static partial void Held(ILogger logger, string source, int number, string reason);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "{Source} content {ContentHash} equals version {Number}; nothing imported")]
    public static partial void Unchanged(ILogger logger, string source, string contentHash, int number);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "Discarded held {Source} version {Number}: {Reason}")]
    public static partial void Discarded(ILogger logger, string source, int number, string reason);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Error, Message = "Change sink {Sink} failed for {Source} version {Number}; the version stays applied")]
    public static partial void SinkFailed(ILogger logger, Exception exception, string sink, string source, int number);
}
