using Vigil.Model;
using Vigil.Sources.Ofac;

namespace Vigil.Storage.Tests.Data;

/// <summary>The three real SDN sets, parsed once per test run by the OFAC source.</summary>
internal static class OfacSnapshots
{
    private static readonly Lazy<ListSnapshot> Jan2019 = new(() => new OfacSdnSource().Load(RepositoryPaths.Sdn2019));
    private static readonly Lazy<ListSnapshot> Jul2021 = new(() => new OfacSdnSource().Load(RepositoryPaths.Sdn2021));
    private static readonly Lazy<ListSnapshot> Jun2024 = new(() => new OfacSdnSource().Load(RepositoryPaths.Sdn2024));

    public static ListSnapshot Sdn2019 => Jan2019.Value;

    public static ListSnapshot Sdn2021 => Jul2021.Value;

    public static ListSnapshot Sdn2024 => Jun2024.Value;
}
