using Vigil.Model;
using Vigil.Screening.Bench;

namespace Vigil.Screening.Tests.Bench;

public sealed class SyntheticCustomersTests(BundledListsFixture fixture) : IClassFixture<BundledListsFixture>
{
    private readonly IReadOnlyList<SanctionsEntity> entities = fixture.Lists.Screener.Entities;

    private static string Describe(SyntheticCustomer c) =>
        $"{c.Query.Name}|{c.Query.Schema}|{c.Query.BirthDate}|{string.Join(',', c.Query.Countries)}|{c.SourceEntityId}|{c.SourceName}|{c.Perturbation}";

    [Fact]
    public void Generate_SameSeed_SameCustomers()
    {
        var a = SyntheticCustomers.Generate(entities, 2000, seed: 7);
        var b = SyntheticCustomers.Generate(entities, 2000, seed: 7);
        Assert.Equal(a.Select(Describe), b.Select(Describe));
    }

    [Fact]
    public void Generate_OtherSeed_OtherCustomers()
    {
        var a = SyntheticCustomers.Generate(entities, 200, seed: 7).Select(Describe).ToList();
        var b = SyntheticCustomers.Generate(entities, 200, seed: 8).Select(Describe).ToList();
        Assert.True(a.Zip(b).Count(p => p.First != p.Second) > 150);
    }

    [Fact]
    public void Generate_ListedShare_IsExactAndEvenlySpread()
    {
        var customers = SyntheticCustomers.Generate(entities, 1000, seed: 1, listedShare: 0.1);
        Assert.Equal(100, customers.Count(c => c.IsListed));
        Assert.Equal(10, customers.Take(100).Count(c => c.IsListed));
        Assert.All(customers.Where(c => !c.IsListed), c => Assert.Equal(Perturbation.None, c.Perturbation));
    }

    [Fact]
    public void Generate_PerturbedNames_DifferFromTheirListedSource()
    {
        var screener = fixture.Lists.Screener;
        var listed = SyntheticCustomers.Generate(entities, 3000, seed: 3).Where(c => c.IsListed).ToList();
        Assert.All(listed, c =>
        {
            var entity = screener.Find(c.SourceEntityId!);
            Assert.NotNull(entity);
            Assert.Contains(entity.Names, n => n.Full == c.SourceName);
            Assert.NotEqual(c.SourceName, c.Query.Name);
            Assert.NotEqual(Perturbation.None, c.Perturbation);
        });

        // Every kind of perturbation occurs in a file of this size.
        Assert.Equal(Enum.GetValues<Perturbation>().Length - 1, listed.Select(c => c.Perturbation).Distinct().Count());
    }

    [Fact]
    public void Generate_WithoutLists_MakesGenericCustomersOnly()
    {
        var customers = SyntheticCustomers.Generate([], 50, seed: 1);
        Assert.Equal(50, customers.Length);
        Assert.DoesNotContain(customers, c => c.IsListed);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(8)]
    public void WithTokenCount_HasThatManyWords_AndIsDeterministic(int tokens)
    {
        var queries = SyntheticCustomers.WithTokenCount(tokens, 50, seed: 42);
        Assert.All(queries, q => Assert.Equal(tokens, q.Name.Split(' ').Length));
        Assert.Equal(queries.Select(q => q.Name), SyntheticCustomers.WithTokenCount(tokens, 50, seed: 42).Select(q => q.Name));
    }

    [Fact]
    public void PerturbedCopies_AreDeterministic_WithUniqueSyntheticIds()
    {
        var sample = entities.Take(300).ToList();
        var a = SyntheticCustomers.PerturbedCopies(sample, 2, seed: 5);
        var b = SyntheticCustomers.PerturbedCopies(sample, 2, seed: 5);
        Assert.Equal(600, a.Length);
        Assert.Equal(a.Select(e => e.Id + string.Join('|', e.Names.Select(n => n.Full))), b.Select(e => e.Id + string.Join('|', e.Names.Select(n => n.Full))));
        Assert.Equal(a.Length, a.Select(e => e.Id).Distinct().Count());
        Assert.All(a, e => Assert.StartsWith("synthetic:", e.Id, StringComparison.Ordinal));
        Assert.True(a.Take(300).Zip(sample).Count(p => p.First.PrimaryName.Full != p.Second.PrimaryName.Full) > 250);
    }
}
