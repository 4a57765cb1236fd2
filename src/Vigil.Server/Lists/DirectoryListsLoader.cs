using Microsoft.Extensions.Options;
using Vigil.Screening.Lists;
using Vigil.Server.Options;

namespace Vigil.Server.Lists;

/// <summary>Loads the lists of the configured folder, else <c>VIGIL_DATA_DIR</c>, else the bundled ones, as the CLI does.</summary>
internal sealed class DirectoryListsLoader : IListsLoader
{
    private readonly string directory;

    public DirectoryListsLoader(IOptions<ListsOptions> options)
    {
        directory = DataDirectory.Resolve(options.Value.DataDirectory, Environment.GetEnvironmentVariable(DataDirectory.EnvironmentVariable));
    }

    public string Description => directory;

    public ListFiles Read(CancellationToken cancellationToken) => ListFiles.Read(directory, cancellationToken: cancellationToken);

    public LoadedLists Build(ListFiles lists) => LoadedLists.Build(lists);
}
