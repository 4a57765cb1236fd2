using System.Diagnostics;
using Vigil.Model;
using Vigil.Storage.Diff;
using Vigil.Storage.Tests.Backends;
using Vigil.Storage.Tests.Data;
using Xunit.Abstractions;

namespace Vigil.Storage.Tests.Diff;

/// <summary>Diffs of the real SDN sets: January 2019, July 2021, June 2024.</summary>
public sealed class OfacDiffTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public async Task DiffAsync_RealSdnSets_CountsMatchAnIndependentReadingOfTheFiles(StoreKind kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        var importer = test.Importer();
        var v2019 = (await importer.ImportAsync(OfacSnapshots.Sdn2019)).Version;
        var v2021 = (await importer.ImportAsync(OfacSnapshots.Sdn2021)).Version;
        var v2024 = (await importer.ImportAsync(OfacSnapshots.Sdn2024)).Version;
        var differ = new ListDiffer(test.Store);

        var watch = Stopwatch.StartNew();
        var early = await differ.DiffAsync(v2019.Id, v2021.Id);
        var earlyTime = watch.Elapsed;
        watch.Restart();
        var late = await differ.DiffAsync(v2021.Id, v2024.Id);
        var lateTime = watch.Elapsed;
        output.WriteLine($"{kind}: 2019->2021 {early.Counts} in {earlyTime.TotalMilliseconds:0} ms; 2021->2024 {late.Counts} in {lateTime.TotalMilliseconds:0} ms");

        var raw2019 = OfacRawRecords.Read(RepositoryPaths.Sdn2019);
        var raw2021 = OfacRawRecords.Read(RepositoryPaths.Sdn2021);
        var raw2024 = OfacRawRecords.Read(RepositoryPaths.Sdn2024);
        AssertMatchesRawFiles(raw2019, raw2021, early);
        AssertMatchesRawFiles(raw2021, raw2024, late);
        Assert.Equal(v2021.Changes, early.Counts);
        Assert.Equal(v2024.Changes, late.Counts);

        // Computed once from the files (and equal to the independent reading above), then pinned.
        Assert.Equal(new(1858, 261, 845), early.Counts);
        Assert.Equal(new(7309, 883, 790), late.Counts);
        Assert.Equal(7379 + 1858 - 261, v2021.EntityCount);
        Assert.Equal(8976 + 7309 - 883, v2024.EntityCount);

        var exCle = Assert.Single(early.Added, e => e.Id == "ofac-sdn:30421");
        Assert.Contains("EX-CLE SOLUCIONES BIOMETRICAS", exCle.PrimaryName.Full, StringComparison.Ordinal);
        Assert.Contains(exCle.Names, n => n.Full == "EX-CLE C.A.");
        Assert.DoesNotContain(late.Removed, e => e.Id == "ofac-sdn:30421");
        Assert.DoesNotContain(early.Removed, e => e.Id == "ofac-sdn:22790");
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public async Task DiffAsync_Sdn2021To2024_ChangedEntitiesShowFieldChanges(StoreKind kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        var importer = test.Importer();
        var v2021 = (await importer.ImportAsync(OfacSnapshots.Sdn2021)).Version;
        var v2024 = (await importer.ImportAsync(OfacSnapshots.Sdn2024)).Version;

        var diff = await new ListDiffer(test.Store).DiffAsync(v2021.Id, v2024.Id);

        // Every changed entity explains itself with at least one field.
        Assert.All(diff.Changed, c => Assert.NotEmpty(c.Fields));
        var byField = diff.Changed.SelectMany(c => c.Fields).GroupBy(f => f.Field).ToDictionary(g => g.Key, g => g.Count());
        output.WriteLine(string.Join(", ", byField.OrderBy(p => p.Key).Select(p => $"{p.Key}={p.Value}")));
        Assert.True(byField.GetValueOrDefault(EntityField.Aliases) > 0);
        Assert.True(byField.GetValueOrDefault(EntityField.Programs) > 0);
        Assert.True(byField.GetValueOrDefault(EntityField.Remarks) > 0);
    }

    private void AssertMatchesRawFiles(OfacRawRecords before, OfacRawRecords after, ListDiff diff)
    {
        var added = after.EntNums.Except(before.EntNums).Select(Id).Order(StringComparer.Ordinal).ToList();
        var removed = before.EntNums.Except(after.EntNums).Select(Id).Order(StringComparer.Ordinal).ToList();
        var changed = after.EntNums.Intersect(before.EntNums)
            .Where(n => !string.Equals(before.Rows[n], after.Rows[n], StringComparison.Ordinal))
            .Select(Id).Order(StringComparer.Ordinal).ToList();
        output.WriteLine($"raw files: +{added.Count} -{removed.Count} ~{changed.Count}");

        Assert.Equal(added, diff.Added.Select(e => e.Id));
        Assert.Equal(removed, diff.Removed.Select(e => e.Id));
        Assert.Equal(changed, diff.Changed.Select(c => c.EntityId));
    }

    private static string Id(int entNum) => ListSources.EntityId(ListSources.OfacSdn, entNum.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
