namespace Vigil.Storage.Events;

/// <summary>
/// Receives the change set of every applied version, e.g. to re-screen customers against changed entities.
/// </summary>
/// <remarks>
/// Called after the version is committed, once per sink, in registration order. A sink that throws is logged and
/// skipped: the version stays applied, and the same change set can always be rebuilt with <c>ListDiffer</c>.
/// </remarks>
public interface IListChangeSink
{
    /// <summary>Handles one change set.</summary>
    ValueTask PublishAsync(ListChange change, CancellationToken cancellationToken);
}
