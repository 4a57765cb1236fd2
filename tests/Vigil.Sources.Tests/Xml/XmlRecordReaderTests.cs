using System.Text;
using System.Xml;
using Vigil.Model;
using Vigil.Sources.Tests.UnSc;
using Vigil.Sources.Xml;

namespace Vigil.Sources.Tests.Xml;

/// <summary>The record materialiser shared by the XML list readers.</summary>
public sealed class XmlRecordReaderTests
{
    [Fact]
    public void ReadElement_Record_KeepsNamespacesAttributesTextAndEmptyForms()
    {
        var element = Read("""<r xmlns="urn:x"><a k="v">t<![CDATA[<c>]]></a><b/><c></c></r>""");

        Assert.Equal("""<r xmlns="urn:x"><a k="v">t&lt;c&gt;</a><b /><c></c></r>""", element.ToString(System.Xml.Linq.SaveOptions.DisableFormatting));
        Assert.Equal("t<c>", XmlRecordReader.DirectText(element.Elements().First()));
    }

    [Fact]
    public void ReadElement_NestingDeeperThanAnyList_Throws()
    {
        var deep = new StringBuilder("<r>");
        for (var i = 0; i < 10_000; i++)
        {
            deep.Append("<a>");
        }

        var ex = Assert.Throws<ListFormatException>(() => Read(deep.ToString()));

        Assert.Equal("line 1", ex.Location);
        Assert.Contains("nest more than 32 levels", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DeeplyNestedRecord_ThrowsListFormatException()
    {
        var inner = string.Concat(Enumerable.Repeat("<a>", 100)) + string.Concat(Enumerable.Repeat("</a>", 100));

        var ex = Assert.Throws<ListFormatException>(() => UnScTestData.Parse(UnScTestData.OneIndividual("<FIRST_NAME>" + inner + "</FIRST_NAME>")));

        Assert.Equal("test.xml", ex.File);
    }

    [Fact]
    public void DirectText_IgnoresTextOfChildElements()
    {
        Assert.Equal("ab", XmlRecordReader.DirectText(Read("<r>a<x>ignored</x>b</r>")));
    }

    private static System.Xml.Linq.XElement Read(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml));
        reader.MoveToContent();
        return XmlRecordReader.ReadElement(reader, "test.xml");
    }
}
