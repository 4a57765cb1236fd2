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
    [InlineData("Vigil:Server:MaxImportBytes", "10", "MaxImportBytes")]
    [InlineData("Vigil:Refresh:Interval", "00:00:00", "Interval")]
    [InlineData("Vigil:Refresh:MaxEntityDropShare", "1.5", "MaxEntityDropShare")]
    [InlineData("Vigil:Refresh:Mirror", "ftp://lists.bank.internal/", "Vigil:Refresh:Mirror 'ftp://lists.bank.internal/' is not an absolute http(s) URL.")]
    [InlineData("Vigil:Refresh:Sources:0", "os", "Vigil:Refresh:Sources: 'os' is not a list with a download; those are ofac-sdn, ofac-cons, un-sc, uk, eu.")]
    [InlineData("Vigil:Refresh:Urls:un-sc:consolidated.xml", "not a url", "Vigil:Refresh:Urls:un-sc:consolidated.xml 'not a url' is not an absolute http(s) URL.")]
    [InlineData("Vigil:Refresh:Urls:un-sc:sdn.csv", "https://x.example/sdn.csv", "Source 'un-sc' has no file 'sdn.csv'; its files are consolidated.xml.")]
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
