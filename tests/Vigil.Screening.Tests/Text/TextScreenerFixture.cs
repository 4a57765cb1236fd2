using Vigil.Screening.Lists;
using Vigil.Screening.Payments;
using Vigil.Screening.Text;

namespace Vigil.Screening.Tests.Text;

/// <summary>The bundled lists, with a text screener and a payment screener over them, built once per test class.</summary>
public sealed class TextScreenerFixture
{
    public TextScreenerFixture()
    {
        var dir = DataDirectory.FindBundled("lists") ?? throw new InvalidOperationException("data/lists not found above the test binaries.");
        Lists = LoadedLists.Load(dir);
        Text = new TextScreener(Lists.Screener);
        Payments = new PaymentScreener(Text);
    }

    public LoadedLists Lists { get; }

    public TextScreener Text { get; }

    public PaymentScreener Payments { get; }
}
