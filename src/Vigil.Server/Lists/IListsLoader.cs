using Vigil.Screening.Lists;

namespace Vigil.Server.Lists;

/// <summary>Loads the lists the server screens against. Replaced in tests to share one load across servers.</summary>
internal interface IListsLoader
{
    /// <summary>Where the lists come from, for the log.</summary>
    string Description { get; }

    /// <summary>Reads the lists, without building a screener: the store's versions may yet take the place of some.</summary>
    ListFiles Read(CancellationToken cancellationToken);

    /// <summary>Builds the screener over the lists to serve: those <see cref="Read"/> gave, some perhaps replaced.</summary>
    LoadedLists Build(ListFiles lists);
}
