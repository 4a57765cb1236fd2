namespace Vigil.Cli.Tests;

public sealed class HugeHeapPagesTests
{
    [Theory]
    [InlineData("7f0000000000-7f4000000000 ---p 00000000 00:00 0", 0x7f0000000000UL, 0x7f4000000000UL)]
    [InlineData("7f0000000000-7f0040000000 rw-p 00000000 00:00 0 ", 0x7f0000000000UL, 0x7f0040000000UL)]
    public void HeapReservation_AnonymousGigabyteOrMore_IsTheRange(string line, ulong start, ulong end) =>
        Assert.Equal((start, end), HugeHeapPages.HeapReservation(line));

    [Theory]
    [InlineData("7f0000000000-7f4000000000 r--p 00000000 08:01 1234 /usr/lib/big.so")] // a file behind it
    [InlineData("7f0000000000-7f003fffffff rw-p 00000000 00:00 0")] // under a gigabyte
    [InlineData("7ffd1000-7ffd2000 rw-p 00000000 00:00 0 [stack]")]
    [InlineData("zz-7f4000000000 ---p 00000000 00:00 0")]
    [InlineData("7f4000000000-7f0000000000 ---p 00000000 00:00 0")]
    [InlineData("")]
    public void HeapReservation_AnythingElse_IsNone(string line) =>
        Assert.Null(HugeHeapPages.HeapReservation(line));

    [Fact]
    public void Request_OnLinux_AdvisesTheHeapsReservation()
    {
        Assert.True(OperatingSystem.IsLinux(), "Vigil's tests run on Linux");
        _ = new byte[1 << 20];

        Assert.True(HugeHeapPages.Request() >= 1);

        // The kernel marks an advised mapping "hg" among its flags.
        var advised = false;
        var inReservation = false;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            if (line.Length > 0 && char.IsAsciiHexDigit(line[0]) && line.Contains('-', StringComparison.Ordinal))
            {
                inReservation = HugeHeapPages.HeapReservation(line) is not null;
            }
            else if (inReservation && line.StartsWith("VmFlags:", StringComparison.Ordinal))
            {
                advised |= line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("hg");
            }
        }

        Assert.True(advised, "no mapping of a gigabyte or more carries the huge-page advice");
    }
}
