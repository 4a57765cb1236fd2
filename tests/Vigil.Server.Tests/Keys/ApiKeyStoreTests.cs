using Microsoft.Data.Sqlite;
using Vigil.Server.Keys;
using Vigil.Server.Tests.Infrastructure;

namespace Vigil.Server.Tests.Keys;

public sealed class ApiKeyStoreTests : IDisposable
{
    private readonly TempDirectory folder = new();

    [Fact]
    public void Create_StoresOnlyTheSha256OfTheKey()
    {
        var store = ApiKeyStore.InDirectory(folder.Path);

        var created = store.Create(ApiRole.Analyst, "case team");

        Assert.Matches("^vgl_[A-Za-z0-9_-]{43}$", created.Secret);
        Assert.Equal(created.Secret[..8], created.Info.Prefix);
        using var connection = new SqliteConnection("Data Source=" + store.DatabasePath);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT key_hash FROM api_keys";
        Assert.Equal(ApiKeySecret.Hash(created.Secret), command.ExecuteScalar());
        Assert.Equal(64, ApiKeySecret.Hash(created.Secret).Length);
        Assert.DoesNotContain(created.Secret[8..], File.ReadAllText(store.DatabasePath), StringComparison.Ordinal);
    }

    [Fact]
    public void Find_ByTheKey_ReturnsItsRoleUntilRevoked()
    {
        var store = ApiKeyStore.InDirectory(folder.Path);
        var created = store.Create(ApiRole.Admin);

        Assert.Equal(ApiRole.Admin, store.Find(created.Secret)?.Role);
        Assert.Null(store.Find(created.Secret + "x"));
        Assert.True(store.Revoke(created.Info.Id));
        Assert.Null(store.Find(created.Secret));
        Assert.False(store.Revoke(created.Info.Id));
    }

    [Fact]
    public void List_ShowsEveryKeyWithoutSecrets()
    {
        var store = ApiKeyStore.InDirectory(folder.Path);
        var a = store.Create(ApiRole.Screen, "a");
        var b = store.Create(ApiRole.Admin, "b");
        store.Revoke(a.Info.Id);

        var keys = store.List();

        Assert.Equal(new[] { a.Info.Id, b.Info.Id }.Order(StringComparer.Ordinal), keys.Select(k => k.Id).Order(StringComparer.Ordinal));
        Assert.False(keys.Single(k => k.Id == a.Info.Id).IsActive);
        Assert.True(keys.Single(k => k.Id == b.Info.Id).IsActive);
        Assert.Equal("unnamed", ApiKeyStore.InDirectory(folder.Path).Create(ApiRole.Screen, "  ").Info.Name);
    }

    [Fact]
    public void Create_TwoKeys_AreDifferent()
    {
        var store = ApiKeyStore.InDirectory(folder.Path);

        Assert.NotEqual(store.Create(ApiRole.Screen).Secret, store.Create(ApiRole.Screen).Secret);
    }

    [Theory]
    [InlineData("screen", ApiRole.Screen)]
    [InlineData("Analyst", ApiRole.Analyst)]
    [InlineData(" ADMIN ", ApiRole.Admin)]
    public void TryParse_RoleName_IsRead(string name, ApiRole role)
    {
        Assert.True(ApiRoles.TryParse(name, out var parsed));
        Assert.Equal(role, parsed);
    }

    [Theory]
    [InlineData("root")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_UnknownRole_Fails(string? name)
    {
        Assert.False(ApiRoles.TryParse(name, out _));
    }

    public void Dispose() => folder.Dispose();
}
