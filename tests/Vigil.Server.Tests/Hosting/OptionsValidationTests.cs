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
        var error = StartFailure(key, value);

        Assert.Contains(name, error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// The validation error a start with the setting fails with. WebApplicationFactory races the application's own
    /// shutdown when start-up fails: now and then it asks the host the failed start has just disposed for a service,
    /// and the validation error is lost behind an ObjectDisposedException. Such a start is tried again, with a fresh
    /// factory, up to five times; a start that succeeds fails the test.
    /// </summary>
    private static OptionsValidationException StartFailure(string key, string value)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var factory = new SettingFactory(key, value);
            try
            {
                factory.CreateClient().Dispose();
            }
            catch (OptionsValidationException e)
            {
                return e;
            }
            catch (ObjectDisposedException) when (attempt < 5)
            {
                continue;
            }

            Assert.Fail($"The server started with {key} = '{value}'.");
        }
    }

    private sealed class SettingFactory(string key, string value) : VigilServerFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings() => [new(key, value)];
    }
}
