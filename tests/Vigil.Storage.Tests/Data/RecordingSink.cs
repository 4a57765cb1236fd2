using System.Collections.Concurrent;
using Vigil.Storage.Events;

namespace Vigil.Storage.Tests.Data;

/// <summary>Keeps every change set it is handed.</summary>
internal sealed class RecordingSink : IListChangeSink
{
    public ConcurrentQueue<ListChange> Changes { get; } = new();

    public ValueTask PublishAsync(ListChange change, CancellationToken cancellationToken)
    {
        Changes.Enqueue(change);
        return ValueTask.CompletedTask;
    }
}
