using System.Text;
using Vigil.Model;

namespace Vigil.Sources.Tests.UnSc;

public sealed class ZzDeepTempTests
{
    [Fact]
    public void Deep_Value()
    {
        var deep = new StringBuilder();
        for (var i = 0; i < 300_000; i++) deep.Append("<a>");
        deep.Append('x');
        for (var i = 0; i < 300_000; i++) deep.Append("</a>");
        var xml = UnScTestData.OneIndividual("<FIRST_NAME>" + deep + "</FIRST_NAME><REFERENCE_NUMBER>X</REFERENCE_NUMBER>");
        try { UnScTestData.Parse(xml); } catch (ListFormatException) { }
    }
}
