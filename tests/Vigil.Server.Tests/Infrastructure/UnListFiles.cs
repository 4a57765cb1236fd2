using System.Text;
using Vigil.Screening.Lists;

namespace Vigil.Server.Tests.Infrastructure;

/// <summary>
/// The bundled UN consolidated list as a publisher would serve it, and variants: one individual renamed to a name no
/// list holds (so a search tells which version is served), and the file cut in half.
/// </summary>
internal static class UnListFiles
{
    /// <summary>The name the renamed individual carries, searched for by the tests.</summary>
    public const string NewName = "Zebulon Quartermaine";

    private const string Original = "<FIRST_NAME>ERIC</FIRST_NAME>\n      <SECOND_NAME>BADEGE</SECOND_NAME>";

    private static readonly Lazy<byte[]> Bundled = new(() => File.ReadAllBytes(Path.Combine(
        DataDirectory.FindBundled("lists") ?? throw new InvalidOperationException("data/lists not found above the test binaries."),
        "un-sc",
        "consolidated.xml")));

    public static byte[] Current => Bundled.Value;

    /// <summary>The bundled list with ERIC BADEGE renamed ZEBULON QUARTERMAINE: same entity count, new content.</summary>
    public static byte[] Renamed()
    {
        var text = Encoding.UTF8.GetString(Current);
        Assert.Contains(Original, text, StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(text.Replace(Original, "<FIRST_NAME>ZEBULON</FIRST_NAME>\n      <SECOND_NAME>QUARTERMAINE</SECOND_NAME>", StringComparison.Ordinal));
    }

    /// <summary>The first half of the renamed list: a download cut short that still came with status 200.</summary>
    public static byte[] Truncated()
    {
        var whole = Renamed();
        return whole[..(whole.Length / 2)];
    }
}
