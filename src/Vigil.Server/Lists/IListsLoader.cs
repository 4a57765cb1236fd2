using Vigil.Screening.Lists;

namespace Vigil.Server.Lists;

/// <summary>Loads the lists the server screens against. Replaced in tests to share one load across servers.</summary>
internal interface IListsLoader
{
    /// <summary>Where the lists come from, for the log.</summary>
    string Description { get; }

    /// <summary>Reads the lists and builds the screener.</summary>
    LoadedLists Load(CancellationToken cancellationToken);
}
