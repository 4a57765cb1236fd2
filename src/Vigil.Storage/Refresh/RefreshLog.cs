using Microsoft.Extensions.Logging;

namespace Vigil.Storage.Refresh;

/// <summary>Log messages of refresh.</summary>
internal static partial class RefreshLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Refresh of {Source}: {Outcome}: {Message}")]
    public static partial void Finished(ILogger logger, string source, RefreshOutcome outcome, string message);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Refresh of {Source} failed: {Message}")]
    public static partial void Failed(ILogger logger, string source, string message);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Refresh of {Source} held for review: {Message}")]
    public static partial void Held(ILogger logger, string source, string message);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Error, Message = "Could not record the refresh status of {Source}")]
    public static partial void StatusNotRecorded(ILogger logger, Exception exception, string source);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Error, Message = "Refresh of {Source} failed unexpectedly")]
    public static partial void Unexpected(ILogger logger, Exception exception, string source);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Error, Message = "Scheduled refresh pass failed; the next pass runs as planned")]
    public static partial void PassFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Error, Message = "The host's handler of a finished refresh pass failed; the schedule goes on")]
    public static partial void PassHookFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Warning, Message = "Could not remove download folder {Folder}")]
    public static partial void CleanupFailed(ILogger logger, Exception exception, string folder);
}
