using Vigil.Server.Hosting;

namespace Vigil.Server.Tests.Hosting;

public sealed class LoopbackAddressesTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5000", true)]
    [InlineData("http://127.8.9.10:5000", true)]
    [InlineData("http://localhost:5000", true)]
    [InlineData("https://LOCALHOST:5001/", true)]
    [InlineData("http://[::1]:5000", true)]
    [InlineData("http://0.0.0.0:5000", false)]
    [InlineData("http://*:5000", false)]
    [InlineData("http://+:5000", false)]
    [InlineData("http://[::]:5000", false)]
    [InlineData("http://192.168.1.2:5000", false)]
    [InlineData("http://example.org:80", false)]
    [InlineData("http://localhost.example.org:80", false)]
    [InlineData("127.0.0.1:5000", false)]
    [InlineData("http://[::1", false)]
    public void IsLoopback_Address_IsJudged(string url, bool expected)
    {
        Assert.Equal(expected, LoopbackAddresses.IsLoopback(url));
    }
}
