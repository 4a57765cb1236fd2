using Vigil.Matching.Screening;
using Vigil.Model;
using Vigil.Sources;

namespace Vigil.Evaluation.Tests;

/// <summary>Screeners over the bundled lists, built once per test run (building the index takes seconds).</summary>
internal static class SharedScreeners
{
    private static readonly Lazy<Screener> UnOnly = new(() =>
    {
        var source = ListCatalog.Default.Find(ListSources.UnSecurityCouncil) ?? throw new InvalidOperationException("no UN source registered");
        return new Screener([source.Load(Path.Combine(TestPaths.Lists, ListSources.UnSecurityCouncil))]);
    });

    private static readonly Lazy<Screener> OthersThanUn = new(() =>
        new Screener(new ListCatalog(ListCatalog.Default.Sources.Where(s => s.Code != ListSources.UnSecurityCouncil)).LoadDirectory(TestPaths.Lists)));

    /// <summary>A screener over the UN Security Council list alone.</summary>
    public static Screener Un => UnOnly.Value;

    /// <summary>A screener over every bundled list but the UN's (the OFAC lists).</summary>
    public static Screener OtherThanUn => OthersThanUn.Value;
}
