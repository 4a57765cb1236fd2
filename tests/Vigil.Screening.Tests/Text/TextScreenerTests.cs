using System.Text.Json;
using Vigil.Screening.Text;

namespace Vigil.Screening.Tests.Text;

/// <summary>Free-text screening against the real bundled lists.</summary>
public sealed class TextScreenerTests(TextScreenerFixture fixture) : IClassFixture<TextScreenerFixture>
{
    private readonly TextScreener screener = fixture.Text;

    [Fact]
    public void Screen_ExCleArticle_FindsExactlyExCleAndMaduro()
    {
        var result = screener.Screen(FixtureFiles.Read("Text/excle-designation.txt"));

        Assert.Equal(["ofac-sdn:30421", "ofac-sdn:22790"], result.Mentions.Select(m => m.Entity.Id));
        Assert.All(result.Mentions, m => Assert.True(m.Hit.IsMatch));
    }

    [Fact]
    public void Screen_ExCleArticle_ReportsVenezuelaAsJurisdictionNotEntity()
    {
        var result = screener.Screen(FixtureFiles.Read("Text/excle-designation.txt"));

        var venezuela = Assert.Single(result.Jurisdictions);
        Assert.Equal("VE", venezuela.Jurisdiction.Code);
        Assert.Contains(venezuela.Occurrences, o => o.Text == "Venezuela");
        Assert.Contains(venezuela.Occurrences, o => o.Text == "Venezuelan");
        Assert.Contains("VENEZUELA-EO13850", venezuela.Jurisdiction.Programs);
    }

    [Fact]
    public void Screen_ExCleArticle_GroupsEveryMentionOfAnEntity()
    {
        var text = FixtureFiles.Read("Text/excle-designation.txt");
        var result = screener.Screen(text);

        var excle = result.Mentions.Single(m => m.Entity.Id == "ofac-sdn:30421");
        Assert.Contains(excle.Occurrences, o => o.Text == "Ex-Cle Solciones Biometricas" && o.Kind == MentionKind.Name);
        Assert.Contains(excle.Occurrences, o => o.Text.StartsWith("Ex-Cle Soluciones Biometricas C.A", StringComparison.Ordinal));
        Assert.True(excle.Occurrences.Count(o => o.Text == "Ex-Cle") >= 3);

        var maduro = result.Mentions.Single(m => m.Entity.Id == "ofac-sdn:22790");
        Assert.Equal("Nicolas Maduro", maduro.Best.Text);
        Assert.Contains(maduro.Occurrences, o => o.Text == "Nicolas\nMaduro" && o.Kind == MentionKind.Name);
        Assert.Contains(maduro.Occurrences, o => o.Text == "Maduro" && o.Kind == MentionKind.LaterMention && o.Score is null);

        // The headline's "Maduro" comes before any full mention, and is still tied to the one that follows.
        Assert.Equal(text.IndexOf("Maduro", StringComparison.Ordinal), maduro.Occurrences[0].Start);
    }

    [Fact]
    public void Screen_ExCleArticle_OffsetsIndexTheOriginalText()
    {
        var text = FixtureFiles.Read("Text/excle-designation.txt");
        var result = screener.Screen(text);

        foreach (var occurrence in result.Mentions.SelectMany(m => m.Occurrences))
        {
            Assert.Equal(occurrence.Text, text[occurrence.Start..occurrence.End]);
        }

        foreach (var occurrence in result.Jurisdictions.SelectMany(j => j.Occurrences))
        {
            Assert.Equal(occurrence.Text, text[occurrence.Start..occurrence.End]);
        }
    }

    // The same report as German and French press write it: Russian names in each language's transliteration, titles
    // joined to their field ("Kremlsprecher") or written apart ("le porte-parole du Kremlin").
    [Theory]
    [InlineData("Text/german-press.txt", "Jewgeni Prigoschin", "Dmitri Peskow")]
    [InlineData("Text/french-press.txt", "Evgueni Prigojine", "Vladimir Poutine")]
    public void Screen_ReportInGermanOrFrench_FindsTheListedRussiansAndNoOneElse(string file, string prigozhin, string other)
    {
        var result = screener.Screen(FixtureFiles.Read(file));

        // PRIGOZHIN, UTKIN, PESKOV, PUTIN, SHOIGU, GERASIMOV.
        string[] expected = ["ofac-sdn:21171", "ofac-sdn:22544", "ofac-sdn:35320", "ofac-sdn:35096", "ofac-sdn:35173", "ofac-sdn:35176"];
        Assert.Equal(expected.Order(), result.Mentions.Select(m => m.Entity.Id).Order());
        Assert.Contains(result.Mentions, m => m.Best.Text == prigozhin);
        Assert.Contains(result.Mentions, m => m.Best.Text == other && m.Hit.Score >= 0.8);
    }

    // The same report as Russian press writes it: names in Cyrillic and declined ("Дмитрия Пескова", "с Сергеем
    // Шойгу", "Пригожину"), titles before them with the body they head ("Пресс-секретарь Кремля", "Мэр Москвы").
    [Fact]
    public void Screen_ReportInRussian_FindsTheListedRussiansInEveryCaseAndNoOneElse()
    {
        var result = screener.Screen(FixtureFiles.Read("Text/russian-press.txt"));

        // PRIGOZHIN, UTKIN, PESKOV, PUTIN, SHOIGU, GERASIMOV, SOBYANIN, RUDENYA; not the historian, writer, journalist,
        // political scientist or Gorbachev.
        string[] expected = ["ofac-sdn:21171", "ofac-sdn:22544", "ofac-sdn:35320", "ofac-sdn:35096", "ofac-sdn:35173", "ofac-sdn:35176", "ofac-sdn:35217", "ofac-sdn:41075"];
        Assert.Equal(expected.Order(), result.Mentions.Select(m => m.Entity.Id).Order());
        Assert.All(result.Mentions, m => Assert.True(m.Hit.IsMatch));
        Assert.Equal("Сергей Собянин", result.Mentions.Single(m => m.Entity.Id == "ofac-sdn:35217").Best.Text);

        var texts = result.Mentions.ToDictionary(m => m.Entity.Id, m => m.Occurrences.Select(o => o.Text).ToArray());
        Assert.Contains("Евгения Пригожина", texts["ofac-sdn:21171"]);
        Assert.Contains("Пригожину", texts["ofac-sdn:21171"]);
        Assert.Contains("Дмитрия Пескова", texts["ofac-sdn:35320"]);
        Assert.Contains("Песков", texts["ofac-sdn:35320"]);
        Assert.Contains("Владимира Путина", texts["ofac-sdn:35096"]);
        Assert.Contains("Сергеем Шойгу", texts["ofac-sdn:35173"]);
    }

    // The report as Ukrainian press writes it: Ukrainian forms of the names ("Володимир Путін", "Дмитро Пєсков"; read
    // the Russian way, "volodimir", "dmitro"), declined the Ukrainian way ("Путінові", "Сергієм Шойгу", "Валерієм
    // Герасимовим"). Not Ukraine's president, an intelligence spokesman, a political scientist or a historian.
    [Fact]
    public void Screen_ReportInUkrainian_FindsTheListedRussiansAndNoOneElse()
    {
        var result = screener.Screen(FixtureFiles.Read("Text/ukrainian-press.txt"));

        // PRIGOZHIN, UTKIN, PESKOV, PUTIN, SHOIGU, GERASIMOV.
        string[] expected = ["ofac-sdn:21171", "ofac-sdn:22544", "ofac-sdn:35320", "ofac-sdn:35096", "ofac-sdn:35173", "ofac-sdn:35176"];
        Assert.Equal(expected.Order(), result.Mentions.Select(m => m.Entity.Id).Order());
        Assert.All(result.Mentions, m => Assert.True(m.Hit.IsMatch));

        var texts = result.Mentions.ToDictionary(m => m.Entity.Id, m => m.Occurrences.Select(o => o.Text.Replace('\n', ' ')).ToArray());
        Assert.Contains("Путінові", texts["ofac-sdn:35096"]);
        Assert.Contains("Володимира Путіна", texts["ofac-sdn:35096"]);
        Assert.Contains("Сергієм Шойгу", texts["ofac-sdn:35173"]);
        Assert.Contains("Валерієм Герасимовим", texts["ofac-sdn:35176"]);

        // "За словами Пєскова": declined, and its nominative ("pyeskov") is no listed word, only the full mention's.
        Assert.Contains("Пєскова", texts["ofac-sdn:35320"]);
    }

    // A token of hundreds of thousands of letters (an encoded attachment pasted into a remittance field) was looked
    // up letter by letter, each deletion copying the whole token: minutes for one text.
    [Fact(Timeout = 10_000)]
    public async Task Screen_TextWithAHugeToken_FinishesAndFindsTheNameBesideIt()
    {
        var text = "Payment to A" + new string('b', 300_000) + " for Nicolas Maduro Moros";

        var result = await Task.Run(() => screener.Screen(text));

        Assert.Equal("ofac-sdn:22790", Assert.Single(result.Mentions).Entity.Id);
    }

    [Theory]
    [InlineData("Text/sports-report.txt")]
    [InlineData("Text/city-council-report.txt")]
    [InlineData("Text/sociedad.txt")]
    [InlineData("Text/stadtrat.txt")]
    [InlineData("Text/conseil-municipal.txt")]
    [InlineData("Text/gorodskaya-duma.txt")]
    [InlineData("Text/miska-rada.txt")]
    public void Screen_TextDenseWithUnlistedNames_FindsNoEntity(string file)
    {
        var result = screener.Screen(FixtureFiles.Read(file));

        Assert.True(result.Mentions.IsEmpty, string.Join("; ", result.Mentions.Select(m => $"{m.Best.Text} -> {m.Entity.Id} {m.Hit.Score:0.000}")));
    }

    // "Sberbank" is one word of the Belarusian subsidiary's alias "SBER BANK", which passed the gate, and the whole
    // name of the Russian bank ("PJSC SBERBANK"), which a one-word name does not: the text named the subsidiary.
    [Theory]
    [InlineData("The Treasury sanctioned Sberbank on Thursday.", "Sberbank")]
    [InlineData("The Treasury sanctioned PJSC Sberbank on Thursday.", "PJSC Sberbank")]
    [InlineData("Санкции против ПАО «Сбербанк».", "Сбербанк")]
    [InlineData("Акции «Сбербанка» упали.", "Сбербанка")]
    [InlineData("Analysts said Sberbank 2023 results were strong.", "Sberbank")]
    public void Screen_OrganisationNamedByItsOneWord_IsTheOrganisationOfThatWholeName(string text, string mentioned) =>
        AssertOnlyMention(text, "ofac-sdn:17018", mentioned);

    // "Bank" of "VTB Bank" is a word of the subsidiary's "SBER BANK" too: the stretch "Sberbank and VTB Bank" scored as
    // neither name, and Sberbank was lost; "Mahan Air and Iran Air" scored as MAHAN AIR (0.85) and IRAN AIR was lost,
    // as ROSNEFT TRADING S.A. was behind TNK TRADING INTERNATIONAL S.A.; "Ministry of Defense and Armed Forces
    // Logistics" stays one name.
    [Theory]
    [InlineData("The Treasury sanctioned Sberbank and VTB Bank on Thursday.", "ofac-sdn:17018", "ofac-sdn:17013")]
    [InlineData("Officials named Mahan Air and Iran Air in the order.", "ofac-sdn:12927", "ofac-sdn:25237")]
    [InlineData("OFAC designated Rosneft Trading S.A. and TNK Trading International S.A.", "ofac-sdn:18299", "ofac-sdn:28603")]
    [InlineData("The Ministry of Defense and Armed Forces Logistics was named.", "ofac-sdn:10392", null)]
    public void Screen_NamesJoinedByAnd_EachFound(string text, string first, string? second)
    {
        var found = screener.Screen(text).Mentions.Select(m => m.Entity.Id).ToArray();

        Assert.Equal(second is null ? [first] : new[] { first, second }, found);
    }

    [Theory]
    [InlineData("INV 2231 PAYMENT TO EX CLE SOLUCIONES BIOMETRICAS CARACAS")]
    [InlineData("payment to ex cle soluciones biometricas, caracas")]
    [InlineData("Funds were sent to “Ex-Cle Soluciones Biométricas” last week.")]
    [InlineData("The contract went to Ex-Cle Solciones Biome-\ntricas, a Caracas firm.")]
    [InlineData("Ex-Cle's owners declined to comment.")]
    public void Screen_ExCleWrittenAnyWay_FindsExCle(string text)
    {
        var result = screener.Screen(text);

        var mention = Assert.Single(result.Mentions);
        Assert.Equal("ofac-sdn:30421", mention.Entity.Id);
    }

    [Theory]
    [InlineData("Nicolás Maduro's government rejected the measure.", "Nicolás Maduro")]
    [InlineData("Nicolas Maduro spoke. Later, President Maduro added more.", "Nicolas Maduro")]
    [InlineData("Kim Jong Un met Vladimir Putin in Vladivostok.", "Kim Jong Un")]
    [InlineData("In Caracas, Tareck El Aissami spoke about oil.", "Tareck El Aissami")]
    public void Screen_PersonNamedInFull_FindsThePerson(string text, string mentioned)
    {
        var result = screener.Screen(text);

        Assert.Contains(result.Mentions, m => m.Best.Text == mentioned && m.Entity.Schema == Model.Schema.Person);
    }

    // English press hyphens a Korean given name's syllables ("Kim Jong-un"; listed "KIM, Jong Un"): the syllable in lower
    // case ended the name, and "Kim Jong" matched another KIM, as it did in a payment line, where "UN" was read as the
    // Spanish article. A word of a hyphened compound ("Putin-era", "Maduro-led") is still no name word, nor an article
    // that goes on no listed name.
    [Theory]
    [InlineData("North Korean leader Kim Jong-un inspected a missile.", "Kim Jong-un", "ofac-sdn:20157")]
    [InlineData("Kim Yo-jong said on Monday.", "Kim Yo-jong", "ofac-sdn:21444")]
    [InlineData("TRANSFER TO KIM JONG UN", "KIM JONG UN", "ofac-sdn:20157")]
    [InlineData("Vladimir Putin-era policies were named.", "Vladimir Putin", "ofac-sdn:35096")]
    [InlineData("PAGO A VLADIMIR PUTIN UN ANTICIPO", "VLADIMIR PUTIN", "ofac-sdn:35096")]
    public void Screen_KoreanGivenNameAsPressAndPaymentsWriteIt_FindsThePerson(string text, string mentioned, string id) =>
        AssertOnlyMention(text, id, mentioned);

    // Press releases name Hong Kong fronts with the place in brackets, and after where they are based: the bracket
    // ended the name ("Leader" alone, an English word, found nothing), and "Hong Kong-based" was read as its start.
    [Theory]
    [InlineData("Treasury designated Leader (Hong Kong) International Trading Limited on Monday.", "Leader (Hong Kong) International Trading Limited", "ofac-sdn:15616")]
    [InlineData("LEADER (HK) INTERNATIONAL TRADING LIMITED was named.", "LEADER (HK) INTERNATIONAL TRADING LIMITED", "ofac-sdn:15616")]
    [InlineData("The Treasury designated Hong Kong-based Huaxin Shipping Hong Kong Ltd.", "Huaxin Shipping Hong Kong Ltd", "ofac-sdn:23777")]
    public void Screen_HongKongCompanyAsPressWritesIt_FindsTheCompany(string text, string mentioned, string id) =>
        AssertOnlyMention(text, id, mentioned);

    // A bracket at a name's end still ends it.
    [Fact]
    public void Screen_PlaceInBracketsAfterAName_EndsIt() =>
        AssertOnlyMention("Sberbank (Moscow) said nothing.", "ofac-sdn:17018", "Sberbank");

    // The words of one listed person on both sides of "and" ("Kim" and "Jong" in both names) made one stretch, which
    // names no person: both were lost.
    [Theory]
    [InlineData("Kim Jong Un and Kim Yo Jong met on Monday.")]
    [InlineData("Kim Jong-un and Kim Yo-jong met on Monday.")]
    public void Screen_TwoPersonsSharingWordsJoinedByAnd_FindsBoth(string text)
    {
        var found = screener.Screen(text).Mentions.Select(m => m.Entity.Id).ToArray();

        Assert.Equal(["ofac-sdn:20157", "ofac-sdn:21444"], found);
    }

    /// <summary>
    /// South Korean press writes North Koreans' family names its own way ("Lee" for RI, "Choi" for CHOE): each is found as
    /// the list writes it; "Park Jong Chon" is not PAK, To-Chun, whose "Chun" is a given name's syllable.
    /// </summary>
    [Fact]
    public void Screen_KoreanFamilyNamesAsTheSouthWritesThem_FindsTheListedNorthKoreans()
    {
        var found = screener.Screen("Lee Pyong Chol attended the launch with Park Jong Chon; Choi Ryong Hae was absent.").Mentions
            .Select(m => (m.Entity.Id, m.Best.Text));

        Assert.Equal([("ofac-sdn:23215", "Lee Pyong Chol"), ("ofac-sdn:23213", "Choi Ryong Hae")], found);
    }

    [Fact]
    public void Screen_PossessiveBetweenNames_SeparatesThem()
    {
        var result = screener.Screen("Yevgeny Prigozhin's Wagner Group was mentioned.");

        Assert.Equal(["ofac-sdn:21171", "ofac-sdn:22543"], result.Mentions.Select(m => m.Entity.Id));
        Assert.Equal("Yevgeny Prigozhin", result.Mentions[0].Best.Text);
    }

    [Fact]
    public void Screen_WordOfAFullNameInsideAnotherName_IsNoLaterMention()
    {
        var mention = Assert.Single(screener.Screen("Nicolas Maduro spoke. Maduro Shipping was unaffected; Maduro was not.").Mentions);

        Assert.Equal(["Nicolas Maduro", "Maduro"], mention.Occurrences.Select(o => o.Text));
    }

    [Theory]
    [InlineData("Maduro said on Monday that the vote was fair.")]
    [InlineData("December was quiet. Treasury officials met on Monday in Caracas.")]
    [InlineData("Venezuela, Cuba and Iran protested.")]
    [InlineData("The Planning Commission chair, Howard Brennan, spoke.")]
    [InlineData("Real Madrid beat City in the Champions League final.")]
    [InlineData("Secretary General Luis Almagro and Prime Minister Keith Rowley met Juan Guaidó.")]
    [InlineData("Hizb and Ullah are not a name here.")]
    public void Screen_CommonWordsTitlesAndPartialNames_FindNothing(string text)
    {
        var result = screener.Screen(text);

        Assert.True(result.Mentions.IsEmpty, string.Join("; ", result.Mentions.Select(m => $"{m.Best.Text} -> {m.Entity.Id} {m.Hit.Score:0.000}")));
    }

    [Theory]
    [InlineData("Amber Heard attended the premiere.")]
    [InlineData("An amber light. Amber is a colour.")]
    [InlineData("The Treasury named Amber and Forest as buyers.")]
    [InlineData("The tanker operator said that a broker in Kazan and Artavil Street were involved.")]
    public void Screen_VesselNameWithoutContext_FindsNothing(string text)
    {
        Assert.True(screener.Screen(text).Mentions.IsEmpty);
    }

    [Theory]
    [InlineData("The tanker Amber left Bandar Abbas.", "ofac-sdn:15052")]
    [InlineData("Cargo was moved to the \"Amber\" at sea.", "ofac-sdn:15052")]
    [InlineData("PAYMENT FOR BUNKERS M/T ARTAVIL", "ofac-sdn:15036")]
    [InlineData("Artavil (IMO 9187629) was seen off Fujairah.", "ofac-sdn:15036")]
    public void Screen_VesselNameInContext_FindsTheVessel(string text, string id)
    {
        var mention = Assert.Single(screener.Screen(text).Mentions);

        Assert.Equal(id, mention.Entity.Id);
        Assert.Equal(Model.Schema.Vessel, mention.Entity.Schema);
    }

    // An account in Iran written in the text, whole or in groups of four as invoices print it: its bank's country.
    [Theory]
    [InlineData("Please credit IR580540105180021273113007 today.", "IR580540105180021273113007")]
    [InlineData("IBAN: IR58 0540 1051 8002 1273 1130 07 (beneficiary)", "IR58 0540 1051 8002 1273 1130 07")]
    public void Screen_IbanHeldInSanctionedJurisdiction_IsThatJurisdiction(string text, string written)
    {
        var result = screener.Screen(text);

        var place = Assert.Single(result.Jurisdictions);
        Assert.Equal("IR", place.Jurisdiction.Code);
        Assert.Equal(written, Assert.Single(place.Occurrences).Text);
        Assert.Empty(result.Mentions);
    }

    // مالي is also "financial", and a Latin word may spell an Arabic name's folded letters: no jurisdiction.
    [Theory]
    [InlineData("قدمت الشركة دعما ماليا ودعم مالي للمدارس")]
    [InlineData("The code FNZWYLA appears in the log.")]
    public void Screen_WordsSpellingAnArabicJurisdictionName_FindNoJurisdiction(string text) =>
        Assert.Empty(screener.Screen(text).Jurisdictions);

    // Check digits that fail, a German account, a reference that only starts like one: no jurisdiction.
    [Theory]
    [InlineData("IBAN: IR58 0540 1051 8002 1273 1130 08")]
    [InlineData("IBAN DE89 3704 0044 0532 0130 00")]
    [InlineData("Reference IR58 shipment")]
    public void Screen_NoIbanHeldInSanctionedJurisdiction_FindsNoJurisdiction(string text) =>
        Assert.Empty(screener.Screen(text).Jurisdictions);

    // The press names a company by its coined word alone; the lists add where it trades ("GARANTEX EUROPE OU",
    // "BARGAWINE HONG KONG LIMITED").
    [Theory]
    [InlineData("Garantex processed over 100 billion dollars.", "ofac-sdn:36025", "Garantex")]
    [InlineData("Bargawine wired the deposit.", "ofac-sdn:49133", "Bargawine")]
    public void Screen_CoinedWordOfACompanyListedWithAPlace_FindsTheCompany(string text, string id, string mentioned) =>
        AssertOnlyMention(text, id, mentioned);

    // The press spells a group named by one word its own way; the lists hold that spelling in a longer alias of the
    // group ("LEBANESE HEZBOLLAH" beside "HIZBALLAH", "FATEMIYOUN DIVISION" beside "FATEMIOUN"). Alone it found nothing.
    [Theory]
    [InlineData("Israel struck Hezbollah positions on Tuesday.", "ofac-sdn:4697", "Hezbollah")]
    [InlineData("Hezbollah fighters crossed the border.", "ofac-sdn:4697", "Hezbollah")]
    public void Screen_PressSpellingOfAOneWordName_FindsTheGroup(string text, string id, string mentioned) =>
        AssertOnlyMention(text, id, mentioned);

    // The other words of such aliases are no mention alone, nor is a word a one-word name starts with ("IRKUTSKGAZPROM",
    // a former name of GAZPROM DOBYCHA IRKUTSK; "HAYATURAS"), each found before the length rules.
    [Theory]
    [InlineData("Lebanese officials met in Beirut.")]
    [InlineData("The plant near Irkutsk closed.")]
    [InlineData("Officials named Haya in the notice.")]
    public void Screen_OtherWordOfAnAliasOfAOneWordName_FindsNothing(string text) =>
        Assert.Empty(screener.Screen(text).Mentions);

    // An English word or an acronym so listed is no name alone: "TEHRAN PRISONS", "EUROPEAN BEARING CORPORATION",
    // "IPS PACIFIC COMPANY LIMITED".
    [Theory]
    [InlineData("Prisons are overcrowded.")]
    [InlineData("Bearing in mind the costs, the board agreed.")]
    [InlineData("Links are below.")]
    [InlineData("The IPS blocked the intrusion.")]
    public void Screen_EnglishWordOfACompanyListedWithAPlace_FindsNothing(string text) =>
        Assert.Empty(screener.Screen(text).Mentions);

    // "Bank Melli" ties the alias BANK MELLI of BANK MELLI IRAN with MELLI BANK PLC, its British subsidiary (word order
    // and a legal form count alike): the name as written is the one meant.
    [Fact]
    public void Screen_StretchTyingTwoEntities_ReportsTheNameAsWritten() =>
        AssertOnlyMention("Payment to Bank Melli for invoice 22.", "ofac-sdn:25578", "Bank Melli");

    // A list of names, one a line, is one run of name words: a listed person's words within a line ("Kumar Singh" of
    // SINGH, Chiranjeev Kumar; "Juan Luis" of GUZMAN ENRIQUEZ, Juan Luis) are that person only with the rest of the line.
    [Fact]
    public void Screen_ListOfOtherNamesOneALine_FindsNothing() =>
        Assert.Empty(screener.Screen("Contributors:\nCristian Sorinel\nDevesh Kumar Singh\nJuan Luis Cano Rodriguez\nJane Doe\n").Mentions);

    [Fact]
    public void Screen_ListOfNamesOneALine_FindsTheListedOnes()
    {
        var result = screener.Screen("Board members:\nNicolas Maduro Moros\nJane Doe\nChiranjeev Kumar Singh\nJohn Smith\n");

        Assert.Equal(["ofac-sdn:22790", "ofac-sdn:34959"], result.Mentions.Select(m => m.Entity.Id));
        Assert.Equal(["Nicolas Maduro Moros", "Chiranjeev Kumar Singh"], result.Mentions.Select(m => m.Best.Text));
    }

    // Two given names, or a given name and a patronymic, are many people's: without the family name the list gives they
    // name nobody (ESPARRAGOZA MORENO, Juan Jose; NAUMAU, Uladzimir Uladzimiravich were reported).
    [Theory]
    [InlineData("Juan José said the deal was done.")]
    [InlineData("Vladimir Vladimirovich said nothing.")]
    [InlineData("Владимир Владимирович заявил, что")]
    public void Screen_GivenNamesWithoutTheFamilyName_FindsNothing(string text) =>
        Assert.Empty(screener.Screen(text).Mentions);

    // With the family name, or three of the listed words, a person is named.
    [Theory]
    [InlineData("Rana Saddam Hussein was seen.", "ofac-sdn:8193", "Rana Saddam Hussein")]
    [InlineData("Joaquín Guzmán was extradited.", "ofac-sdn:41897", "Joaquín Guzmán")]
    public void Screen_PersonWithFamilyNameOrThreeWords_FindsThePerson(string text, string id, string mentioned) =>
        AssertOnlyMention(text, id, mentioned);

    // Without capitals, an ordinary word after a name ("via") was taken into it and the name was lost; a word before it
    // stays part of it ("devesh kumar singh" is no SINGH, Chiranjeev Kumar).
    [Fact]
    public void Screen_RemittanceInCapitalsWithAWordAfterAName_FindsThePerson() =>
        AssertOnlyMention("PAYMENT TO DIOSDADO CABELLO VIA BANK OF AMERICA", "ofac-sdn:24424", "DIOSDADO CABELLO");

    [Theory]
    [InlineData("devesh kumar singh")]
    [InlineData("juan luis cano rodriguez")]
    public void Screen_OtherNameWithoutCapitals_FindsNothing(string text) =>
        Assert.Empty(screener.Screen(text).Mentions);

    // A letter's greeting is no word of the name it greets: "Dear Nicolas Maduro" was scored with "dear" and found nobody.
    [Theory]
    [InlineData("Dear Nicolas Maduro, thank you for your letter.", "ofac-sdn:22790", "Nicolas Maduro")]
    [InlineData("Estimado Diosdado Cabello:", "ofac-sdn:24424", "Diosdado Cabello")]
    [InlineData("Cher Nicolas Maduro,", "ofac-sdn:22790", "Nicolas Maduro")]
    public void Screen_NameAfterAGreeting_FindsThePerson(string text, string id, string mentioned) =>
        AssertOnlyMention(text, id, mentioned);

    // A company named by one English word is written as a company's name: with its legal form, or in quotes.
    [Theory]
    [InlineData("Treasury sanctioned Evil Corp and its leader.", "ofac-sdn:26664", "Evil Corp")]
    [InlineData("the treasury said the hackers of evil corp stole funds from banks", "ofac-sdn:26664", "evil")]
    [InlineData("The supplier OOO Monitoring shipped parts.", "ofac-sdn:46581", "OOO Monitoring")]
    [InlineData("Payment to SOLID LTD for pipes.", "ofac-sdn:21105", "SOLID LTD")]
    [InlineData("The firm \"Progress\" was sanctioned.", "ofac-sdn:35888", "Progress")]
    public void Screen_EnglishWordWrittenAsACompanysName_FindsTheCompany(string text, string id, string mentioned) =>
        AssertOnlyMention(text, id, mentioned);

    // Alone, an English word listed as a company's whole name or alias is the word ("FENIKS" has the alias PHOENIX,
    // "AO PROTON", "JSC SCAN", "LAZARUS GROUP" the alias ZINC), and a word of three letters not written as an
    // initialism is a word or a given name ("LET" of Lashkar-e-Tayyiba, "IAN" an alias of a company). Quotes before a
    // colon mark a key, not a name ("Success" was a name of the tanker SEVIN). Nor does an English word written for two
    // listed ones name the company ("LIKE WISE", "TIDEWATER MIDDLE EAST CO.").
    [Theory]
    [InlineData("Phoenix police said the suspect fled.")]
    [InlineData("The Proton rocket lifted off from Baikonur.")]
    [InlineData("PAYMENT FOR PROGRESS REPORT AND SCAN SERVICES INV 22")]
    [InlineData("INVOICE 4411 TIMBER AND ZINC DELIVERY TERMINAL FEES")]
    [InlineData("this is an evil plan by the spectrum of progress")]
    [InlineData("let us know the day and age of the ian account")]
    [InlineData("Please let Ian know.")]
    [InlineData("Likewise, the board agreed.")]
    [InlineData("The Tidewater shipment left.")]
    [InlineData("{\"Resource\": {\"Name\": \"x\"}, \"Alias\": \"y\", \"Success\": true}")]
    public void Screen_EnglishOrShortWordAlone_FindsNothing(string text) =>
        Assert.Empty(screener.Screen(text).Mentions);

    // An initialism as the press writes it stays a name by itself.
    [Theory]
    [InlineData("Fighters of LeT attacked the camp.", "un-sc:QDe.118", "LeT")]
    [InlineData("HTS fighters entered Damascus.", "ofac-sdn:16937", "HTS")]
    public void Screen_InitialismAlone_FindsTheOrganisation(string text, string id, string mentioned) =>
        AssertOnlyMention(text, id, mentioned);

    // A listed identifier names its holder whatever the text calls them: a wallet (a remittance line writes it in
    // capitals), a bank's SWIFT/BIC code (a branch of a listed head office too), an aircraft's registration mark.
    [Theory]
    [InlineData("Funds were sent to 12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h on 3 May.", "ofac-sdn:25308", "12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h")]
    [InlineData("INV 2231 USDT TO 0X098B716B8AAF21512996DC57EB0615E2383E2F96", "ofac-sdn:27307", "0X098B716B8AAF21512996DC57EB0615E2383E2F96")]
    [InlineData("Please route the transfer via KDBKKPPY as intermediary.", "ofac-sdn:12312", "KDBKKPPY")]
    [InlineData("/INS/KDBKKPPY123", "ofac-sdn:12312", "KDBKKPPY123")]
    [InlineData("Ground handling for aircraft EP-MMH at Dubai.", "ofac-sdn:18150", "EP-MMH")]
    [InlineData("The jet G-VAIR landed at Vnukovo.", "ofac-sdn:18157", "G-VAIR")]
    [InlineData("Charter of YV2486 for two days.", "ofac-sdn:28322", "YV2486")]
    public void Screen_ListedIdentifier_FindsItsHolder(string text, string id, string mentioned)
    {
        AssertOnlyMention(text, id, mentioned);
        var mention = Assert.Single(screener.Screen(text).Mentions);
        Assert.Equal(MentionKind.Identifier, mention.Best.Kind);
        Assert.True(mention.Hit.IsMatch);
    }

    // Codes and registration marks are written in capitals: in lower case they are words of prose.
    [Theory]
    [InlineData("the codes kdbkkppy and ep-mmh in lower case")]
    public void Screen_CodeInLowerCase_FindsNothing(string text) =>
        Assert.Empty(screener.Screen(text).Mentions);

    // Addresses carry checksums: one character off is another wallet, and long words of letters and digits are no wallets.
    [Theory]
    [InlineData("Sent to 12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9x by mistake.")]
    [InlineData("Reference 20231104INV0000012345678 paid in full.")]
    public void Screen_UnlistedWallet_FindsNothing(string text) =>
        Assert.Empty(screener.Screen(text).Mentions);

    // Named and paid: one mention of the holder, represented by the wallet, the name among its occurrences.
    [Fact]
    public void Screen_HolderNamedAndPaid_OneMentionRepresentedByTheWallet()
    {
        var mention = Assert.Single(screener.Screen("Xiaobing Yan received payment at 12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h and 1Kuf2Rd8mDyAViwBozGTNYnvWL8uYFrkVo.").Mentions);

        Assert.Equal("ofac-sdn:25308", mention.Entity.Id);
        Assert.Equal("12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h", mention.Best.Text);
        Assert.Equal([MentionKind.Name, MentionKind.Identifier, MentionKind.Identifier], mention.Occurrences.Select(o => o.Kind));
    }

    // A dot after a dotted name of longer parts ends the sentence: "VEB.RF. Shares" was read as one name, "VEB.RF Shares".
    [Fact]
    public void Screen_DottedNameEndingASentence_FoundAlone()
    {
        var result = screener.Screen("Moscow relied on VEB.RF. Shares of Lukoil fell.");

        Assert.Equal(["ofac-sdn:17015", "ofac-cons:17248"], result.Mentions.Select(m => m.Entity.Id));
    }

    // The other names of a list do not push a vessel out of reach of the word before the list.
    // A ship's name ends with a number ("ADRIAN DARYA 1", formerly "GRACE 1"): a number was no name word, and "Adrian
    // Darya" alone scored 0.60. The letters of "M/T" before a payment line's ship were read as an initial of its name.
    [Theory]
    [InlineData("The tanker Adrian Darya 1 was seized off Gibraltar.", "Adrian Darya 1")]
    [InlineData("The Grace 1 tanker was released.", "Grace 1")]
    [InlineData("PAYMENT FOR BUNKERS M/T ADRIAN DARYA 1", "ADRIAN DARYA 1")]
    public void Screen_ShipNamedWithANumber_FindsTheShip(string text, string mentioned) =>
        AssertOnlyMention(text, "ofac-sdn:27304", mentioned);

    // The Roman "I" of "HAPPINESS I" is a one-letter word, which the gate left out as it does initials.
    [Fact]
    public void Screen_ShipNamedWithARomanNumeral_FindsTheShip()
    {
        var mention = Assert.Single(screener.Screen("Tanker Happiness I arrived at Bandar Abbas.").Mentions);

        Assert.Equal("Happiness I", mention.Best.Text);
        Assert.Equal(Model.Schema.Vessel, mention.Entity.Schema);
    }

    [Theory]
    [InlineData("The vessels SCF Primorye and NS Champion were named.", "ofac-sdn:45555", "ofac-sdn:46610")]
    [InlineData("The tankers Artavil, Pegas and Kazan were named.", "ofac-sdn:15036", "ofac-sdn:34942", "ofac-sdn:45330")]
    public void Screen_ListOfVessels_FindsEach(string text, params string[] ids)
    {
        var result = screener.Screen(text);

        Assert.Equal(ids, result.Mentions.Select(m => m.Entity.Id));
        Assert.All(result.Mentions, m => Assert.Equal(Model.Schema.Vessel, m.Entity.Schema));
    }

    [Fact]
    public void Screen_OneWordOrganisationName_FindsIt()
    {
        var mention = Assert.Single(screener.Screen("Officials said Hamas had rejected the offer.").Mentions);

        Assert.Equal("ofac-sdn:4695", mention.Entity.Id);
        Assert.Equal(MentionKind.OneWordName, mention.Best.Kind);
    }

    // The Ex-Cle report as Arabic press writes it: no capitals to say where a name is, short vowels unwritten
    // ("مادورو", madwrw), names beside nouns and verbs ("نظام نيكولاس مادورو", the regime of). Maduro, El Aissami and
    // Delcy Rodriguez are found by the Latin spellings that write their letters; the company by its Latin name in
    // brackets. Not Mnuchin, Guaido, Rowley or Almagro.
    // Persian press: ه‌ای is -ei (خامنه‌ای, Khamenei), also typed with a space (خامنه ای); علی is Ali, not Arabic's على
    // ("on"); two given names written as one (محمدجواد). Not Pezeshkian, Araghchi or Rouhani.
    [Theory]
    [InlineData("Text/arabic-press.txt", "ofac-sdn:20250 ofac-sdn:22790 ofac-sdn:25077 ofac-sdn:30421", "VE", "ofac-sdn:22790", "نيكولاس مادورو|مادورو")]
    [InlineData("Text/persian-press.txt", "ofac-sdn:26945 ofac-sdn:26950 ofac-sdn:27844 ofac-sdn:27848", "IR", "ofac-sdn:26945", "علی خامنه\u200Cای|خامنه ای")]
    public void Screen_ReportInArabicLetters_FindsTheListedPartiesAndNoOneElse(string file, string ids, string jurisdiction, string named, string occurrences)
    {
        var result = screener.Screen(FixtureFiles.Read(file));

        Assert.Equal(ids.Split(' '), result.Mentions.Select(m => m.Entity.Id).Order());
        Assert.All(result.Mentions, m => Assert.True(m.Hit.IsMatch));
        Assert.Equal(jurisdiction, Assert.Single(result.Jurisdictions).Jurisdiction.Code);
        Assert.Equal(occurrences.Split('|'), result.Mentions.Single(m => m.Entity.Id == named).Occurrences.Select(o => o.Text));
    }

    // "And", "for" written onto a name (وديلسي, and Delcy; لنيكولاس, for Nicolas; لحزب, for the party; ولنيكولاس, and
    // for Nicolas): the name is found without the letters, which end the run as "and" does. A word known as written keeps its first letter (وليد, Walid).
    [Theory]
    [InlineData("أعلنت واشنطن عقوبات على نيكولاس مادورو وديلسي رودريغيز.", "ofac-sdn:22790 ofac-sdn:25077", "ديلسي رودريغيز")]
    [InlineData("وجه الرئيس رسالة لنيكولاس مادورو أمس.", "ofac-sdn:22790", "نيكولاس مادورو")]
    [InlineData("قدم الدعم لحزب الله في لبنان.", "ofac-sdn:4697", "حزب الله")]
    [InlineData("التقى الرئيس بوتين ولنيكولاس مادورو رسالة.", "ofac-sdn:22790", "نيكولاس مادورو")] // and for
    public void Screen_ArabicNameWithLetterWrittenOn_FoundWithoutIt(string text, string ids, string mentioned)
    {
        var result = screener.Screen(text);

        Assert.Equal(ids.Split(' '), result.Mentions.Select(m => m.Entity.Id).Order());
        Assert.Contains(result.Mentions, m => m.Best.Text == mentioned);
    }

    // Vowel marks written over a name (مُحَمَّد) had split each of its words into letters: no name was left to find.
    [Fact]
    public void Screen_ArabicNameWithVowelMarks_Found()
    {
        var mention = Assert.Single(screener.Screen("وقال مُحَمَّد جَوَاد ظَرِيف إن المحادثات مستمرة.").Mentions);

        Assert.Equal("ofac-sdn:26950", mention.Entity.Id);
        Assert.Equal("مُحَمَّد جَوَاد ظَرِيف", mention.Best.Text);
    }

    [Theory]
    [InlineData("Text/majlis-baladi.txt")]
    [InlineData("Text/riyada.txt")]
    [InlineData("Text/shora-shahr.txt")]
    public void Screen_ArabicScriptReportOfInventedNames_FindsNothing(string file) =>
        Assert.Empty(screener.Screen(FixtureFiles.Read(file)).Mentions);

    // Russian names as Arabic press writes them: ب for p (بوتين, بيسكوف), ج for zh (بريغوجين), أو for an opening u
    // (أوتكين), a given name in the Russian form the lists give in another (ديمتري, DMITRIY). Not Macron.
    [Fact]
    public void Screen_RussianNamesInArabicLetters_FoundAsTheListsWriteThem()
    {
        var result = screener.Screen("قال المتحدث باسم الكرملين ديمتري بيسكوف إن الرئيس فلاديمير بوتين قدم التعازي لعائلة يفغيني بريغوجين، قائد مجموعة فاغنر، الذي قتل مع ديمتري أوتكين. ووصف الرئيس الفرنسي إيمانويل ماكرون الحادث بأنه غامض.");

        string[] expected = ["ofac-sdn:21171", "ofac-sdn:22544", "ofac-sdn:35096", "ofac-sdn:35320"];
        Assert.Equal(expected, result.Mentions.Select(m => m.Entity.Id).Order());
        Assert.Equal("ديمتري أوتكين", result.Mentions.Single(m => m.Entity.Id == "ofac-sdn:22544").Best.Text);
    }

    // Without capitals, a family name alone after the full name is a later mention of it; a given name alone is not.
    [Theory]
    [InlineData("قال ديمتري بيسكوف إن الكرملين لا يعلق. وأضاف بيسكوف أن التحقيق مستمر.", true)]
    [InlineData("قال ديمتري بيسكوف إن الكرملين لا يعلق. وأضاف ديمتري أن التحقيق مستمر.", false)]
    public void Screen_ArabicWordAloneAfterTheFullName_IsALaterMentionWhenTheFamilyName(string text, bool later)
    {
        var mention = Assert.Single(screener.Screen(text).Mentions);

        Assert.Equal("ofac-sdn:35320", mention.Entity.Id);
        Assert.Equal(later ? 2 : 1, mention.Occurrences.Length);
    }

    // A word beside an Arabic name is taken into it only when it may be a given name or kinship word: "قتل" (killed)
    // and "نظام" (the regime of) were, and the name scored below a match.
    [Theory]
    [InlineData("قتل أبو بكر البغدادي عام 2019.", "أبو بكر البغدادي", "ofac-sdn:12926")]
    [InlineData("وقال إن نظام نيكولاس مادورو سعى إلى ذلك", "نيكولاس مادورو", "ofac-sdn:22790")]
    [InlineData("قتل قاسم سليماني في غارة قرب مطار بغداد", "قاسم سليماني", "ofac-sdn:10481")]
    [InlineData("وقال عزت ابراهيم الدوري غادر", "عزت ابراهيم الدوري", "un-sc:IQi.006")]
    [InlineData("أعلن حزب الله مسؤوليته عن الهجوم", "حزب الله", "ofac-sdn:4697")] // two words the lists join: HIZBALLAH
    public void Screen_ArabicNameBesideOtherWords_ScoredAsTheName(string text, string name, string id)
    {
        var mention = Assert.Single(screener.Screen(text).Mentions);

        Assert.Equal(id, mention.Entity.Id);
        Assert.Equal(name, mention.Best.Text);
    }

    // A short word read from Arabic letters is a word, not an initialism: مساء (evening) folds to "msa", the acronym
    // of MACHINE SAZI ARAK.
    // Nor two listed words written together: التحقيق (the investigation) spells SC-YUG's "scyug" letter for letter.
    [Theory]
    [InlineData("عقد المجلس جلسته مساء الثلاثاء")]
    [InlineData("وأضاف أن التحقيق مستمر.")]
    public void Screen_ArabicWordSpellingAListedAcronymOrJoinedWords_NamesNothing(string text) =>
        Assert.Empty(screener.Screen(text).Mentions);

    // A name in Arabic letters is read by the text as Latin letters, its article glued to the word ("aldwry"); the
    // list's own Arabic name, the article set apart, is the same letters: a compound as exact as any (it was scored as a
    // reading against a Latin spelling, 0.89).
    [Fact]
    public void Screen_ArabicNameAsTheListWritesIt_MatchedLetterForLetter()
    {
        var mention = Assert.Single(screener.Screen("فرضت وزارة الخزانة عقوبات على عزت ابراهيم الدوري.").Mentions);

        Assert.Equal("un-sc:IQi.006", mention.Entity.Id);
        Assert.All(mention.Hit.Explanation.Name.Tokens.Where(t => t.ListedToken is not null && t.QueryToken.Length > 0), t => Assert.True(t.Similarity >= 0.95, $"{t.QueryToken}~{t.ListedToken} {t.Similarity}"));
    }

    // A stretch in Arabic letters is also scored as written, so that the matcher reads it as name screening does (the
    // article set apart, short vowels unwritten), not as the Latin words the text folded it to (0.85).
    [Fact]
    public void Screen_ArabicStretch_ScoredAsWritten()
    {
        var mention = Assert.Single(screener.Screen("وقال حكمت مزبان إبراهيم العزاوي في بيان").Mentions);

        Assert.Equal("حكمت مزبان إبراهيم العزاوي", mention.Best.Text);
        Assert.True(mention.Hit.Score >= 0.95, $"{mention.Hit.Score:0.000} {mention.Hit.Explanation.Name.Summary}");
    }

    // Arabic has no capitals: every word of a sentence looks like a name, and "وقال" (and he said) or "في بيان" (in a
    // statement) joined the name's run; the Arabic function words and titles end it as English ones do.
    [Theory]
    [InlineData("وقال عزت ابراهيم الدوري في بيان", "عزت ابراهيم الدوري")]
    [InlineData("قال الوزير إن عزت ابراهيم الدوري لم يغادر", "عزت ابراهيم الدوري")]
    public void Screen_ArabicFunctionWordsAndTitles_EndTheName(string text, string name)
    {
        var mention = Assert.Single(screener.Screen(text).Mentions);

        Assert.Equal(name, mention.Best.Text);
    }

    // Words in more listed names than a one-word name may be are still names by themselves when coined and all but only
    // in organisations' names: "Gazprom" is in the names of 52 of the group's companies, "Qaida" of 13 groups. An
    // Arabic article before the word, capitalised or not, is no word of its own.
    [Theory]
    [InlineData("Shares of Gazprom fell on Monday.", "Gazprom", "ofac-cons:17250")]
    [InlineData("The attack was claimed by ISIS on Monday.", "ISIS", "ofac-sdn:8759")]
    [InlineData("The group Al-Qaida issued a statement.", "Al-Qaida", "ofac-sdn:6366")]
    [InlineData("A statement by Al Qaeda followed.", "Al Qaeda", "ofac-sdn:6366")]
    [InlineData("Al-Shabaab fighters attacked a base.", "Al-Shabaab", "ofac-sdn:10761")]
    public void Screen_CoinedNameInManyListedNames_FoundAlone(string text, string mentioned, string id) =>
        AssertOnlyMention(text, id, mentioned);

    // Each is a listed company's whole name and in more listed names than a one-word name may be: English words
    // ("Star", "Capital", "International"), or in persons' names too ("Amir", "Shahid", "Salah").
    [Theory]
    [InlineData("The Star reported on Monday that Capital had hired International as adviser.")]
    [InlineData("Later, Amir told reporters that Shahid and Salah had left.")]
    public void Screen_FrequentWordThatIsEnglishOrAGivenName_FoundNothing(string text)
    {
        var result = screener.Screen(text);

        Assert.True(result.Mentions.IsEmpty, string.Join("; ", result.Mentions.Select(m => $"{m.Best.Text} -> {m.Entity.Id} {m.Hit.Score:0.000}")));
    }

    [Theory]
    [InlineData("Officials travelled to Pyongyang in North Korea.", "KP")]
    [InlineData("El gobierno de Corea del Norte respondió.", "KP")]
    [InlineData("Una empresa venezolana fue sancionada.", "VE")]
    [InlineData("Sanctions on Burma were widened.", "MM")]
    [InlineData("The DPRK fired a missile.", "KP")]
    [InlineData("Tankers left Crimea.", "UA-43")]
    [InlineData("فرضت الحكومة عقوبات على إيران", "IR")]
    [InlineData("أقام الوفد بالعراق أسبوعا", "IQ")] // ب and the article written onto the name
    [InlineData("وصلت المساعدات إلى السودان وفنزويلا", "VE")] // و, "and"
    [InlineData("أرسلت شحنة للسودان", "SD")] // لل: ل before the article
    [InlineData("قال المسؤول الفنزويلي", "VE")] // an adjective with the article
    [InlineData("زار الوزير جمهورية مالي", "ML")]
    public void Screen_SanctionedJurisdictionNamed_ReportsIt(string text, string code)
    {
        var result = screener.Screen(text);

        Assert.Contains(result.Jurisdictions, j => j.Jurisdiction.Code == code);
        Assert.True(result.Mentions.IsEmpty);
    }

    [Theory]
    [InlineData("Talks were held in France and South Korea.")]
    [InlineData("The patient signed a DNR order.")]
    public void Screen_UnsanctionedCountries_ReportsNoJurisdiction(string text)
    {
        Assert.True(screener.Screen(text).Jurisdictions.IsEmpty);
    }

    [Fact]
    public void Screen_HigherThreshold_DropsWeakerMentions()
    {
        var text = "Ex-Cle Solciones Biometricas and Nicolas Maduro.";

        Assert.Equal(2, screener.Screen(text).Mentions.Length);
        Assert.Empty(screener.Screen(text, threshold: 0.99).Mentions);
    }

    [Fact]
    public void Screen_EmptyText_FindsNothing()
    {
        var result = screener.Screen(string.Empty);

        Assert.True(result.Mentions.IsEmpty);
        Assert.True(result.Jurisdictions.IsEmpty);
    }

    [Fact]
    public void ToResponse_ExCleArticle_SerialisesContractShape()
    {
        var result = screener.Screen(FixtureFiles.Read("Text/excle-designation.txt"));

        var json = JsonSerializer.Serialize(TextContractMapper.ToResponse(result), TextJson.Default.TextScreeningResponse);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var first = root.GetProperty("mentions")[0];
        Assert.StartsWith("Ex-Cle", first.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.True(first.GetProperty("start").GetInt32() >= 0);
        Assert.True(first.GetProperty("end").GetInt32() > first.GetProperty("start").GetInt32());
        var result0 = first.GetProperty("results")[0];
        Assert.Equal("ofac-sdn:30421", result0.GetProperty("id").GetString());
        Assert.True(result0.GetProperty("match").GetBoolean());
        Assert.True(result0.GetProperty("explanation").GetProperty("tokens").GetArrayLength() > 0);
        Assert.True(first.GetProperty("occurrences").GetArrayLength() >= 5);
        Assert.Equal("VE", root.GetProperty("jurisdictions")[0].GetProperty("code").GetString());
    }

    /// <summary>The text mentions exactly one listed party, the one given, written as given.</summary>
    private void AssertOnlyMention(string text, string id, string mentioned)
    {
        var mention = Assert.Single(screener.Screen(text).Mentions);

        Assert.Equal(id, mention.Entity.Id);
        Assert.Equal(mentioned, mention.Best.Text);
    }
}
