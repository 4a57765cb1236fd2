namespace Vigil.Server.Tests.Infrastructure;

/// <summary>A server of its own with settings of one test (configuration keys and values), for tests that change its lists.</summary>
public sealed class ConfiguredServerFactory : VigilServerFactory
{
    private readonly KeyValuePair<string, string?>[] settings;

    public ConfiguredServerFactory(params (string Key, string? Value)[] settings)
    {
        this.settings = [.. settings.Select(s => KeyValuePair.Create(s.Key, s.Value))];
    }

    protected override IEnumerable<KeyValuePair<string, string?>> Settings() => settings;
}
