using System.Text;
using Vigil.Model;
using Vigil.Sources.Xml;

namespace Vigil.Sources.Tests.Xml;

/// <summary>How every single-file XML list is opened: root checked, every XML or encoding error a ListFormatException.</summary>
public sealed class XmlListReaderTests
{
    [Fact]
    public void Read_RightRoot_HandsTheReaderOnTheRoot()
    {
        var name = Read("<list date='x'><a/></list>", r => r.GetAttribute("date"));

        Assert.Equal("x", name);
    }

    [Fact]
    public void Read_OtherRoot_NamesTheRootItFound()
    {
        var ex = Assert.Throws<ListFormatException>(() => Read("<export/>", r => r.LocalName));

        Assert.Equal("test.xml", ex.File);
        Assert.Equal("element export", ex.Location);
        Assert.Equal("the root element is not list", ex.Problem);
    }

    [Fact]
    public void Read_Malformed_NamesTheLine()
    {
        var ex = Assert.Throws<ListFormatException>(() => Read("<list>\n<a>\n</list>", r =>
        {
            while (r.Read())
            {
            }

            return 0;
        }));

        Assert.Equal("line 3", ex.Location);
    }

    [Fact]
    public void Read_Dtd_IsRefused()
    {
        var ex = Assert.Throws<ListFormatException>(() => Read("<!DOCTYPE list [<!ENTITY e 'x'>]><list>&e;</list>", r => r.ReadElementContentAsString()));

        Assert.StartsWith("line ", ex.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidUtf8_IsAnEncodingError()
    {
        var bytes = Encoding.UTF8.GetBytes("<?xml version='1.0' encoding='utf-8'?><list>").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes("</list>")).ToArray();

        var ex = Assert.Throws<ListFormatException>(() =>
        {
            using var stream = new MemoryStream(bytes);
            return XmlListReader.Read(stream, "test.xml", "list", r => r.ReadElementContentAsString());
        });

        Assert.Equal("test.xml", ex.File);
    }

    [Fact]
    public void HasRoot_MalformedOrOtherRoot_False()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "<list><unclosed>");
            Assert.True(XmlListReader.HasRoot(file, "list"));
            Assert.False(XmlListReader.HasRoot(file, "other"));
            File.WriteAllText(file, "not xml");
            Assert.False(XmlListReader.HasRoot(file, "list"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static T Read<T>(string xml, Func<System.Xml.XmlReader, T> body)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        return XmlListReader.Read(stream, "test.xml", "list", body);
    }
}
