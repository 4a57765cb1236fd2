using Microsoft.Extensions.Options;
using Vigil.Server.Tests.Infrastructure;

namespace Vigil.Server.Tests.Hosting;

public sealed class OptionsValidationTests
{
    [Theory]
    [InlineData("Vigil:Server:MaxNameLength", "5", "MaxNameLength")]
    [InlineData("Vigil:Server:MaxRequestBodyBytes", "0", "MaxRequestBodyBytes")]
    [InlineData("Vigil:RateLimit:TokenLimit", "0", "TokenLimit")]
    [InlineData("Vigil:Security:KeyRefreshInterval", "00:00:00", "KeyRefreshInterval")]
    public void Start_WithAnOptionOutOfRange_FailsNamingIt(string key, string value, string name)
    {
        using var factory = new SettingFactory(key, value);

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains(name, error.Message, StringComparison.Ordinal);
    }

    private sealed class SettingFactory(string key, string value) : VigilServerFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings() => [new(key, value)];
    }
}
