using Vigil.Screening.Lists;
using Vigil.Server.Lists;

namespace Vigil.Server.Tests.Infrastructure;

/// <summary>
/// The bundled lists, loaded at most once per test process and handed to every server the tests start, so each
/// test class (one server per class fixture) costs no second load.
/// </summary>
internal static class SharedLists
{
    private static readonly Lazy<LoadedLists> Bundled = new(() =>
        LoadedLists.Load(DataDirectory.FindBundled("lists") ?? throw new InvalidOperationException("data/lists not found above the test binaries.")));

    public static LoadedLists Loaded => Bundled.Value;

    public static IListsLoader Loader { get; } = new PreloadedLoader();

    private sealed class PreloadedLoader : IListsLoader
    {
        public string Description => "the bundled lists, shared by the tests";

        public ListFiles Read(CancellationToken cancellationToken) => new(Loaded.DataDirectory, Loaded.Lists, Loaded.LoadTime);

        // The shared screener when the lists are the files'; a server whose store replaced some builds its own.
        public LoadedLists Build(ListFiles lists) => lists.Lists == Loaded.Lists ? Loaded : LoadedLists.Build(lists);
    }
}
