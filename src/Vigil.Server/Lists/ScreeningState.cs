namespace Vigil.Server.Lists;

/// <summary>What the server screens against right now: null until the lists are loaded.</summary>
internal sealed class ScreeningState
{
    private volatile LoadedScreening? current;

    /// <summary>The loaded lists, or null while loading.</summary>
    public LoadedScreening? Current => current;

    /// <summary>Swaps in newly loaded lists.</summary>
    public void Set(LoadedScreening loaded) => current = loaded;
}
