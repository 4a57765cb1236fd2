using System.Security.Cryptography;
using System.Text;
using Vigil.Model;
using Vigil.Storage.Store;
using Vigil.Storage.Versions;

namespace Vigil.Server.Tests.Infrastructure;

/// <summary>
/// A server whose list store holds two versions of the UN list, imported before start: version 1 lacks
/// <see cref="AddedId"/> and has different remarks for <see cref="ChangedId"/>; version 2 is the bundled list.
/// </summary>
public sealed class StoredVersionsFactory : VigilServerFactory, IAsyncLifetime
{
    public string AddedId { get; private set; } = string.Empty;

    public string ChangedId { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var un = SharedLists.Loaded.Lists.Single(l => l.Source == ListSources.UnSecurityCouncil);
        var added = un.Entities[0];
        var changed = un.Entities[1];
        AddedId = added.Id;
        ChangedId = changed.Id;
        var older = un with
        {
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("version 1"))),
            Entities = [.. un.Entities.Where(e => e.Id != added.Id).Select(e => e.Id == changed.Id ? e with { Remarks = "Remarks of version 1." } : e)],
        };
        await using var store = await ListStore.OpenAsync(new ListStoreOptions { DataDirectory = StoreDirectory });
        var importer = new ListImporter(store);
        await importer.ImportAsync(older);
        await importer.ImportAsync(un);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
