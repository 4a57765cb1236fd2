using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vigil.Model;
using Vigil.Sources.Ofac.Remarks;

namespace Vigil.Sources.Tests.Ofac;

/// <summary>The remarks parser, on remark segments copied from real OFAC files.</summary>
public sealed class OfacRemarksParserTests
{
    public static TheoryData<string, string, string?, bool> BirthDates => new()
    {
        // remarks, expected From, expected To, circa
        { "DOB 23 Nov 1962.", "1962-11-23", null, false },
        { "DOB 1962", "1962", null, false },
        { "DOB Nov 1962", "1962-11", null, false },
        { "DOB circa 1962", "1962", null, true },
        { "DOB circa Nov 1962", "1962-11", null, true },
        { "DOB 1960 to 1962", "1960", "1962", false },
        { "DOB 01 Jan 1960 to 31 Dec 1962", "1960-01-01", "1962-12-31", false },
        { "DOB Mar 1945 to Jun 1946", "1945-03", "1946-06", false },
        { "DOB circa 1979-1982", "1979", "1982", true },
        { "alt. DOB 28 Feb 1970", "1970-02-28", null, false },
    };

    public static TheoryData<string, IdentifierType, string, string?, string, string?> Identifiers => new()
    {
        // segment, type, value, country, label, note
        { "Passport A1234567 (Venezuela)", IdentifierType.Passport, "A1234567", "VE", "Passport", null },
        { "Passport FL390461 (Ukraine) expires 31 Jan 2028", IdentifierType.Passport, "FL390461", "UA", "Passport", "expires 31 Jan 2028" },
        { "Passport K754050 issued 26 May 1999 expires 25 May 2004", IdentifierType.Passport, "K754050", null, "Passport", "issued 26 May 1999 expires 25 May 2004" },
        { "Passport Booklet: A5199819 (Pakistan)", IdentifierType.Passport, "A5199819", "PK", "Passport Booklet", null },
        { "Diplomatic Passport 008827 (Iran) issued 1999", IdentifierType.Passport, "008827", "IR", "Diplomatic Passport", "issued 1999" },
        { "Cedula No. 5892464 (Venezuela)", IdentifierType.Cedula, "5892464", "VE", "Cedula No.", null },
        { "alt. Cedula No. V-8348784 (Venezuela)", IdentifierType.Cedula, "V-8348784", "VE", "Cedula No.", null },
        { "RIF # J-31136071-9 (Venezuela)", IdentifierType.TaxId, "J-31136071-9", "VE", "RIF #", null },
        { "NIT # 800018928-0 (Colombia)", IdentifierType.TaxId, "800018928-0", "CO", "NIT #", null },
        { "Tax ID No. 7744001497 (Russia)", IdentifierType.TaxId, "7744001497", "RU", "Tax ID No.", null },
        { "R.F.C. DIB-771110-HQ1 (Mexico)", IdentifierType.TaxId, "DIB-771110-HQ1", "MX", "R.F.C.", null },
        { "National ID No. 2610507115 (Ukraine)", IdentifierType.NationalId, "2610507115", "UA", "National ID No.", null },
        { "C.U.R.P. AIMM67125HCHRRG06 (Mexico) issued 1968", IdentifierType.NationalId, "AIMM67125HCHRRG06", "MX", "C.U.R.P.", "issued 1968" },
        { "Registration Number HRA 738077 (Stuttgart) (Germany)", IdentifierType.Registration, "HRA 738077 (Stuttgart)", "DE", "Registration Number", null },
        { "Company Number 01074897 (United Kingdom)", IdentifierType.Registration, "01074897", "GB", "Company Number", null },
        { "Folio Mercantil No. 343997 (Mexico) issued 14 Dec 2005", IdentifierType.Registration, "343997", "MX", "Folio Mercantil No.", "issued 14 Dec 2005" },
        { "Commercial Registry Number CD/KNG/RCCM/18-B-00630 (Congo, Democratic Republic of the)", IdentifierType.Registration, "CD/KNG/RCCM/18-B-00630", "CD", "Commercial Registry Number", null },
        { "Vessel Registration Identification IMO 9187629", IdentifierType.Imo, "9187629", null, "Vessel Registration Identification", null },
        { "Vessel Registration Identification IMO  8730455", IdentifierType.Imo, "8730455", null, "Vessel Registration Identification", null },
        { "Vessel Registration Identification RS 150443 (Russia)", IdentifierType.Registration, "RS 150443", "RU", "Vessel Registration Identification", null },
        { "Company Number IMO 5055293", IdentifierType.Imo, "5055293", null, "Company Number", null },
        { "Identification Number IMO 5342883", IdentifierType.Imo, "5342883", null, "Identification Number", null },
        { "International Maritime Organization No. (5777731)", IdentifierType.Imo, "5777731", null, "International Maritime Organization No.", null },
        { "MMSI 572469210", IdentifierType.Mmsi, "572469210", null, "MMSI", null },
        { "Other Vessel Call Sign 5IM713", IdentifierType.CallSign, "5IM713", null, "Other Vessel Call Sign", null },
        { "SWIFT/BIC HAVIGB2L", IdentifierType.SwiftBic, "HAVIGB2L", null, "SWIFT/BIC", null },
        { "Digital Currency Address - XBT 12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h", IdentifierType.CryptoAddress, "12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h", null, "Digital Currency Address - XBT", null },
        { "alt. Digital Currency Address - ETH 0x098B716B8Aaf21512996dC57EB0615e2383E2f96", IdentifierType.CryptoAddress, "0x098B716B8Aaf21512996dC57EB0615e2383E2f96", null, "Digital Currency Address - ETH", null },
        { "Email Address Wrfl77@hotmail.com", IdentifierType.Email, "Wrfl77@hotmail.com", null, "Email Address", null },
        { "Website http://waatasemu.org.ly", IdentifierType.Website, "http://waatasemu.org.ly", null, "Website", null },
        { "Phone Number 982188526300", IdentifierType.Phone, "982188526300", null, "Phone Number", null },
        { "Telephone: 0097282851500", IdentifierType.Phone, "0097282851500", null, "Telephone", null },
        { "Aircraft Manufacturer's Serial Number (MSN) 1013409297", IdentifierType.AircraftSerial, "1013409297", null, "Aircraft Manufacturer's Serial Number (MSN)", null },
        { "Aircraft Tail Number YV3360", IdentifierType.AircraftTailNumber, "YV3360", null, "Aircraft Tail Number", null },
        { "ISIN KYG7114V1023", IdentifierType.Other, "KYG7114V1023", null, "ISIN", null },
    };

    public static TheoryData<string, string, NameKind> Names => new()
    {
        { "a.k.a. 'BNC'.", "BNC", NameKind.WeakAlias },
        { "f.k.a. 'ALPHA'", "ALPHA", NameKind.FormerName },
        { "n.k.a. 'NEW NAME LLC'", "NEW NAME LLC", NameKind.WeakAlias },
        { "a.k.a. 'AL-QA'IDA'", "AL-QA'IDA", NameKind.WeakAlias },
        { "a.k.a. \"ABU AHMAD\"", "ABU AHMAD", NameKind.WeakAlias },
        { "a.k.a. PLAIN NAME", "PLAIN NAME", NameKind.StrongAlias },
    };

    public static TheoryData<string> Unstructured => new()
    {
        "Secondary sanctions risk: section 1(b) of Executive Order 13224, as amended by Executive Order 13886",
        "Additional Sanctions Information - Subject to Secondary Sanctions",
        "President of the Bolivarian Republic of Venezuela",
        "DOB 31 Feb 1970",
        "DOB sometime in the sixties",
        "a.k.a. 'WHOIS HACKI",
        "nationality Atlantis",
        "Gender Unknown",
        "U.S.A. Passport issued 21 Jun 1992 in Amman, Jordan",
        "Passport",
        "Digital Currency Address - XBT",
    };

    [Theory]
    [MemberData(nameof(BirthDates))]
    public void Parse_DateOfBirth_ReadsEveryOfacForm(string remarks, string from, string? to, bool circa)
    {
        var parsed = OfacRemarksParser.Parse(remarks);

        var dob = Assert.Single(parsed.BirthDates);
        Assert.Equal(from, dob.From.ToString());
        Assert.Equal(to, dob.To?.ToString());
        Assert.Equal(circa, dob.Circa);
        Assert.Empty(parsed.Unstructured);
    }

    [Theory]
    [MemberData(nameof(Identifiers))]
    public void Parse_IdentifierSegment_ReadsTypeValueCountryAndNote(string remarks, IdentifierType type, string value, string? country, string label, string? note)
    {
        var parsed = OfacRemarksParser.Parse(remarks);

        Assert.Equal(new Identifier(type, value, country, label, note), Assert.Single(parsed.Identifiers));
        Assert.Empty(parsed.Unstructured);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Parse_AliasSegment_ReadsNameAndKind(string remarks, string name, NameKind kind)
    {
        var parsed = OfacRemarksParser.Parse(remarks);

        Assert.Equal(new EntityName(name, kind), Assert.Single(parsed.Names));
    }

    [Theory]
    [MemberData(nameof(Unstructured))]
    public void Parse_SegmentWithoutStructure_IsKeptAsTextOnly(string remarks)
    {
        var parsed = OfacRemarksParser.Parse(remarks);

        Assert.Equal([remarks], parsed.Unstructured.ToArray());
        Assert.Empty(parsed.Identifiers);
        Assert.Empty(parsed.BirthDates);
        Assert.Empty(parsed.Names);
        Assert.Empty(parsed.Nationalities);
        Assert.Equal(Gender.Unknown, parsed.Gender);
    }

    [Theory]
    [InlineData("nationality Korea, North", "KP")]
    [InlineData("nationality Venezuela", "VE")]
    [InlineData("alt. nationality Palestinian", "PS")]
    [InlineData("nationality Burma", "MM")]
    [InlineData("nationality Russia", "RU")]
    public void Parse_Nationality_GivesIsoCode(string remarks, string code)
    {
        Assert.Equal([code], OfacRemarksParser.Parse(remarks).Nationalities.ToArray());
    }

    [Theory]
    [InlineData("POB Caracas, Venezuela", "Caracas, Venezuela", "VE")]
    [InlineData("POB Moscow, Russia", "Moscow, Russia", "RU")]
    [InlineData("POB Culiacan, Sinaloa, Mexico", "Culiacan, Sinaloa, Mexico", "MX")]
    [InlineData("POB Jabalia Camp", "Jabalia Camp", null)]
    [InlineData("POB Basseterre, St. Kitts and Nevis", "Basseterre, St. Kitts and Nevis", "KN")]
    [InlineData("POB Manila, the Philippines", "Manila, the Philippines", "PH")]
    [InlineData("POB Kaziba, Congo, Democratic Republic of the", "Kaziba, Congo, Democratic Republic of the", "CD")]
    public void Parse_PlaceOfBirth_KeepsTextAndFindsCountry(string remarks, string text, string? code)
    {
        Assert.Equal([new Place(text, code)], OfacRemarksParser.Parse(remarks).BirthPlaces.ToArray());
    }

    [Theory]
    [InlineData("Linked To: MADURO MOROS, Nicolas.", "MADURO MOROS, Nicolas")]
    [InlineData("Linked To: EX-CLE SOLUCIONES BIOMETRICAS C.A.", "EX-CLE SOLUCIONES BIOMETRICAS C.A.")]
    [InlineData("Linked To: GRUPO MUNDO MARINO, S.A.; DOB 1962", "GRUPO MUNDO MARINO, S.A.")]
    [InlineData("Linked To: HIZBALLAH", "HIZBALLAH")]
    [InlineData("(Linked To: HIZBALLAH)", "HIZBALLAH")]
    public void Parse_LinkedTo_GivesUnresolvedLink(string remarks, string name)
    {
        Assert.Equal([new EntityLink("Linked To", name)], OfacRemarksParser.Parse(remarks).Links.ToArray());
    }

    [Fact]
    public void Parse_MaduroRemarks_ReadsEveryFact()
    {
        var parsed = OfacRemarksParser.Parse("DOB 23 Nov 1962; POB Caracas, Venezuela; citizen Venezuela; Gender Male; Cedula No. 5892464 (Venezuela); President of the Bolivarian Republic of Venezuela.");

        Assert.Equal([BirthDate.On(new PartialDate(1962, 11, 23))], parsed.BirthDates.ToArray());
        Assert.Equal([new Place("Caracas, Venezuela", "VE")], parsed.BirthPlaces.ToArray());
        Assert.Equal(["VE"], parsed.Citizenships.ToArray());
        Assert.Equal(Gender.Male, parsed.Gender);
        Assert.Equal([new Identifier(IdentifierType.Cedula, "5892464", "VE", "Cedula No.")], parsed.Identifiers.ToArray());
        Assert.Equal(["President of the Bolivarian Republic of Venezuela"], parsed.Unstructured.ToArray());
    }

    [Fact]
    public void Parse_SeveralDatesAndOrganisationFacts_KeepsEachOnce()
    {
        var parsed = OfacRemarksParser.Parse(
            "DOB 1962; alt. DOB 1963; Organization Established Date 31 Jul 1990; alt. Organization Established Date 31 Jul 1990; "
            + "Nationality of Registration Russia; Gender Female; Secondary sanctions risk: See Section 11 of Executive Order 14024.");

        Assert.Equal([BirthDate.On(new PartialDate(1962)), BirthDate.On(new PartialDate(1963))], parsed.BirthDates.ToArray());
        Assert.Equal([BirthDate.On(new PartialDate(1990, 7, 31))], parsed.EstablishedDates.ToArray());
        Assert.Equal(["RU"], parsed.Countries.ToArray());
        Assert.Equal(Gender.Female, parsed.Gender);
        Assert.Equal(["Secondary sanctions risk: See Section 11 of Executive Order 14024"], parsed.Unstructured.ToArray());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-0-")]
    [InlineData(";;;")]
    [InlineData(".")]
    public void Parse_EmptyOrNullLikeText_GivesNoFacts(string? remarks)
    {
        var parsed = OfacRemarksParser.Parse(remarks);

        Assert.Empty(parsed.Identifiers);
        Assert.Empty(parsed.BirthDates);
        Assert.Empty(parsed.Names);
        Assert.Empty(parsed.Links);
    }

    [Property(MaxTest = 500)]
    public Property Parse_ArbitraryText_NeverThrows() =>
        Prop.ForAll(OfacArbitraries.RemarksLikeText(), text =>
        {
            var parsed = OfacRemarksParser.Parse(text);
            return parsed.Identifiers.All(i => i.Value.Length > 0) && parsed.Names.All(n => n.Full.Length > 0);
        });

    [Property(MaxTest = 300)]
    public bool Parse_AnyString_NeverThrows(string? text)
    {
        _ = OfacRemarksParser.Parse(text);
        return true;
    }
}
