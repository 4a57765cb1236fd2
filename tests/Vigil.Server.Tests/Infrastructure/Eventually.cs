namespace Vigil.Server.Tests.Infrastructure;

/// <summary>Waits for something a background service does (a scheduled refresh, a status poll).</summary>
internal static class Eventually
{
    /// <summary>Polls <paramref name="condition"/> every 100 ms until it holds; fails with <paramref name="what"/> after <paramref name="seconds"/>.</summary>
    public static async Task Until(Func<Task<bool>> condition, string what, int seconds = 120)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Waited {seconds} s for: {what}");
            }

            await Task.Delay(100);
        }
    }
}
