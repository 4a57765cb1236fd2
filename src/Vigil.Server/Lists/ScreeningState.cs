namespace Vigil.Server.Lists;

/// <summary>What the server screens against right now: null until the lists are loaded, then swapped whole.</summary>
internal sealed class ScreeningState
{
    private readonly TaskCompletionSource loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile LoadedScreening? current;

    /// <summary>The loaded lists, or null while loading.</summary>
    public LoadedScreening? Current => current;

    /// <summary>Completes when lists are first set.</summary>
    public Task WhenLoaded => loaded.Task;

    /// <summary>Swaps in newly loaded lists; requests that already hold the previous ones finish with them.</summary>
    public void Set(LoadedScreening screening)
    {
        ArgumentNullException.ThrowIfNull(screening);
        current = screening;
        loaded.TrySetResult();
    }
}
