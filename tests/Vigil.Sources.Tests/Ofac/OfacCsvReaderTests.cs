using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vigil.Model;
using Vigil.Sources.Ofac.Csv;

namespace Vigil.Sources.Tests.Ofac;

/// <summary>The typed CSV readers: OFAC's field names, numbers and the primary file's rules.</summary>
public sealed class OfacCsvReaderTests
{
    [Fact]
    public void ReadSdn_OfficialRow_KeepsOfacFields()
    {
        const string Row = "15036,\"ARTAVIL\",\"vessel\",\"IRAN\",-0- ,\"T2EU4\",\"Crude/Oil Products Tanker\",\"99,144\",\"56,068\",\"Iran\",-0- ,\"MMSI 572469210.\"";

        var record = Assert.Single(OfacCsvReader.ReadSdn("sdn.csv", Row + "\r\n\u001A"));

        Assert.Equal(new OfacSdnRecord(15036, "ARTAVIL", "vessel", "IRAN", null, "T2EU4", "Crude/Oil Products Tanker", "99,144", "56,068", "Iran", null, "MMSI 572469210.", 1, Row), record);
    }

    [Fact]
    public void ReadSdn_EmptyFile_Throws()
    {
        var ex = Assert.Throws<ListFormatException>(() => OfacCsvReader.ReadSdn("sdn.csv", "\u001A"));

        Assert.Equal("line 1", ex.Location);
        Assert.Equal("no records", ex.Problem);
    }

    [Fact]
    public void ReadSdn_HeaderOnly_Throws()
    {
        Assert.Throws<ListFormatException>(() => OfacCsvReader.ReadSdn("sdn.csv", "ent_num,SDN_name,SDN_type,Program,Title,Call_Sign,Vess_type,Tonnage,GRT,Vess_flag,Vess_owner,Remarks\r\n"));
    }

    [Theory]
    [InlineData("abc", "ent_num 'abc' is not a positive number")]
    [InlineData("-0- ", "ent_num '-0-' is not a positive number")]
    [InlineData("0", "ent_num '0' is not a positive number")]
    [InlineData("12.5", "ent_num '12.5' is not a positive number")]
    public void ReadSdn_BadEntNum_Throws(string entNum, string problem)
    {
        var text = "36,\"A\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n" + entNum + ",\"B\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";

        var ex = Assert.Throws<ListFormatException>(() => OfacCsvReader.ReadSdn("sdn.csv", text));

        Assert.Equal("line 2", ex.Location);
        Assert.Equal(problem, ex.Problem);
    }

    [Fact]
    public void ReadSdn_RepeatedEntNumOrMissingName_Throws()
    {
        const string A = "36,\"A\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";

        Assert.Equal("ent_num 36 appears twice", Assert.Throws<ListFormatException>(() => OfacCsvReader.ReadSdn("sdn.csv", A + A)).Problem);
        Assert.Equal("ent_num 37 has no SDN_Name", Assert.Throws<ListFormatException>(() => OfacCsvReader.ReadSdn("sdn.csv", "37,-0- ,-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ")).Problem);
    }

    [Fact]
    public void ReadAddressesAltsAndComments_OfficialRows_KeepOfacFields()
    {
        var address = Assert.Single(OfacCsvReader.ReadAddresses("add.csv", "306,199,\"Zweierstrasse 35\",\"Zurich CH-8022\",\"Switzerland\",-0- \r\n"));
        var alt = Assert.Single(OfacCsvReader.ReadAlts("alt.csv", "30421,47969,\"aka\",\"EX-CLE C.A.\",-0- \r\n"));
        var comment = Assert.Single(OfacCsvReader.ReadComments("sdn_comments.csv", "28263,\"hn'; Linked To: LAZARUS GROUP.\"\r\n"));

        Assert.Equal((306, 199, "Zweierstrasse 35", "Zurich CH-8022", "Switzerland", (string?)null), (address.EntNum, address.AddNum!.Value, address.Address!, address.CityStateZip!, address.Country!, address.AddRemarks));
        Assert.Equal((30421, 47969, "aka", "EX-CLE C.A."), (alt.EntNum, alt.AltNum!.Value, alt.AltType!, alt.AltName!));
        Assert.Equal((28263, "hn'; Linked To: LAZARUS GROUP."), (comment.EntNum, comment.Remarks!));
    }

    [Fact]
    public void ReadAddresses_NonNumericAddNum_Throws()
    {
        var ex = Assert.Throws<ListFormatException>(() => OfacCsvReader.ReadAddresses("add.csv", "306,x9,-0- ,-0- ,-0- ,-0- \r\n"));

        Assert.Equal("add_num 'x9' is not a number", ex.Problem);
    }

    [Fact]
    public void Decode_InvalidUtf8_FallsBackToLatin1()
    {
        Assert.Equal("Pe\u00f1a", OfacCsvReader.Decode([0x50, 0x65, 0xF1, 0x61]));
        Assert.Equal("Pe\u00f1a", OfacCsvReader.Decode([0x50, 0x65, 0xC3, 0xB1, 0x61]));
    }

    [Property(MaxTest = 500)]
    public Property ReadSdn_ArbitraryText_ReturnsOrThrowsListFormatException() =>
        Prop.ForAll(OfacArbitraries.CsvLikeText(), text =>
        {
            try
            {
                return OfacCsvReader.ReadSdn("sdn.csv", text).All(r => r.EntNum > 0 && r.SdnName is not null);
            }
            catch (ListFormatException ex)
            {
                return ex.File == "sdn.csv";
            }
        });
}
