namespace Vigil.Cli.Tests;

public sealed class ServeCommandTests
{
    [Theory]
    [InlineData("soon")]
    [InlineData("0s")]
    [InlineData("-1h")]
    public void Serve_BadRefreshInterval_ExitsTwoBeforeStarting(string value)
    {
        var result = Cli.Run("serve", "--urls", "http://127.0.0.1:0", "--refresh-interval", value);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"vigil: --refresh-interval '{value}' is not a duration such as 90s, 15m, 1h, 1d or 01:30:00.", Assert.Single(result.ErrorLines));
    }

    [Theory]
    [InlineData("90s", 90)]
    [InlineData("15m", 900)]
    [InlineData("1h", 3600)]
    [InlineData("1.5h", 5400)]
    [InlineData("1d", 86400)]
    [InlineData("01:30:00", 5400)]
    public void Durations_CommonForms_Parse(string text, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), Commands.Durations.Parse(text, "--refresh-interval"));
}
