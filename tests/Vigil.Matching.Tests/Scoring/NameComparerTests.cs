using FsCheck.Xunit;
using Vigil.Matching.Names;
using Vigil.Matching.Scoring;
using Vigil.Model;

namespace Vigil.Matching.Tests.Scoring;

public sealed class NameComparerTests
{
    private static double Score(string a, string b, Schema schema = Schema.LegalEntity) =>
        NameComparer.Default.Score(NamePreparer.Uniform.Prepare(a, schema), NamePreparer.Uniform.Prepare(b, schema));

    [Theory]
    [InlineData("EX-CLE SOLUCIONES BIOMETRICAS C.A.", "Ex Cle Soluciones Biometricas Compania Anonima", Schema.Organization)]
    [InlineData("EXCLE SOLUCIONES BIOMETRICAS", "EX-CLE SOLUCIONES BIOMETRICAS C.A.", Schema.Organization)]
    [InlineData("Ex-Cle Solciones Biometricas", "EX-CLE SOLUCIONES BIOMETRICAS C.A.", Schema.Organization)]
    [InlineData("JSCARGUMENT", "JSC ARGUMENT", Schema.Organization)]
    [InlineData("Siemens Aktiengesellschaft", "Siemens AG", Schema.Organization)]
    [InlineData("OOO Oboronnye Initsiativy", "Oboronnye Initsiativy o.O.O.", Schema.Organization)]
    [InlineData("Nicolás Maduro Moros", "MADURO MOROS, Nicolas", Schema.Person)]
    [InlineData("Vladimir Putin", "PUTIN, Vladimir", Schema.Person)]
    [InlineData("Владимир Путин", "PUTIN, Vladimir", Schema.Person)]
    [InlineData("Osama bin Laden", "Usama bin Ladin", Schema.Person)]
    [InlineData("Brigade Forty-Four", "Brigade 44", Schema.Organization)]
    [InlineData("Procter & Gamble Co.", "Procter and Gamble Company", Schema.Organization)]
    [InlineData("YK-AÑD", "YK-AND", Schema.Aircraft)]
    [InlineData("YK-AND", "YK-AND", Schema.LegalEntity)]
    [InlineData("IRISL", "Islamic Republic of Iran Shipping Lines", Schema.Organization)]
    [InlineData("O Kuk Ryol", "O, Kuk-Ryol", Schema.Person)]

    // A form of address says how to speak to the person, not who the person is.
    [InlineData("H.E. Nicolas Maduro", "MADURO MOROS, Nicolas", Schema.Person)]
    [InlineData("His Excellency Nicolas Maduro", "MADURO MOROS, Nicolas", Schema.Person)]
    [InlineData("Su Excelencia Nicolás Maduro", "MADURO MOROS, Nicolas", Schema.Person)]
    [InlineData("He Lin", "HE, Lin", Schema.Person)]

    // Names made only of generic and sector words are still names ("Federal Security Service", "Tejarat Bank").
    [InlineData("World Health Organisation", "World Health Organization", Schema.Organization)]
    [InlineData("Tejarat Bank", "BANK TEJARAT", Schema.Organization)]
    [InlineData("Federal Security Servise", "FEDERAL SECURITY SERVICE", Schema.Organization)]
    [InlineData("L D S Computer Systems Trading", "L D S COMPUTER SYSTEMS TRADING LLC", Schema.Organization)]
    [InlineData("J & P Advertising", "J & P ADVERTISING, S.A. DE C.V.", Schema.Organization)]
    [InlineData("Centre of Digital Technologies", "CENTER OF DIGITAL TECHNOLOGIES", Schema.Organization)]
    [InlineData("By Trade OÜ", "BY TRADE OU", Schema.Organization)]
    [InlineData("United Company OJSC", "UNITED COMPANY OJSC", Schema.Organization)] // one generic word and a form, as listed
    [InlineData("АО «Концерн Калашников»", "JOINT STOCK COMPANY CONCERN KALASHNIKOV", Schema.Organization)] // kontsern = concern
    [InlineData("Meraj Airlines", "MERAJ AIR", Schema.Organization)] // an airline's words alike (generic_variants.tsv)
    [InlineData("Syrian Arab Air", "SYRIAN ARAB AIRLINES", Schema.Organization)]
    [InlineData("Huaxin Shipping (HK) Ltd", "HUAXIN SHIPPING HONGKONG LTD", Schema.Organization)]
    [InlineData("Garantex", "GARANTEX EUROPE OU", Schema.Organization)] // a place left out marks no sister company

    // A mistyped legal form beside a one-word name is no word of the name's own.
    [InlineData("ZHSC SUEK", "JSC SUEK", Schema.Organization)]
    [InlineData("GBD LEEMITED", "GBD LIMITED", Schema.Organization)]
    [InlineData("HIGHTRAIL LTDH", "HIGHTRAIL LTD", Schema.Organization)]

    // A company's word respelt the English way (ee for i, oo for u, ph for f) or one slip apart is still its word.
    [InlineData("Pars Oeel Co", "PARS OIL CO.", Schema.Organization)]
    [InlineData("JSC PPHC CSKA", "JSC PFC CSKA", Schema.Organization)]
    [InlineData("Evli Corp", "EVIL CORP", Schema.Organization)]

    // Particles in their other spellings: Abu as South Asian names write it, the Gulf's Aal (family of) for Al.
    [InlineData("Aboo Jheisheh, Mohammed", "ABU JHEISHEH, Mohammed", Schema.Person)]
    [InlineData("Aal-Mukahhal, Aminah", "AL-MUKAHHAL, Aminah", Schema.Person)]

    // A Korean family name as the South and the press write it, where the lists write the North's romanisation.
    [InlineData("Lee Pyong Chol", "RI, Pyong Chol", Schema.Person)]
    [InlineData("Pyong Chol Lee", "RI, Pyong Chol", Schema.Person)]
    [InlineData("Park Kwang Ho", "PAK, Kwang Ho", Schema.Person)]

    // Not halves of a given name: an article mistyped, a word the name repeats, parts longer than syllables.
    [InlineData("Bashar Xal-Assad", "Bashar al-Assad", Schema.Person)]
    [InlineData("ALAWI, Abdel-Rahman", "ALAWI, Abdel-Salam Abdel-Rahman", Schema.Person)]
    [InlineData("Ilie Bolojan", "Monsieur Ilie-Gabril Bolojan", Schema.Person)]

    // Two letters swapped are one slip of the keys, not two edits.
    [InlineData("Sunway Etch Co., Ltd", "SUNWAY TECH CO., LTD", Schema.Organization)]
    [InlineData("Orion Tsar", "ORION STAR", Schema.Vessel)]
    [InlineData("Jin Etng", "JIN TENG", Schema.Vessel)]

    // Two words each spelt another way are still close when one is spelt nearly alike, or is the German spelling of
    // the listed one ("Wiktor" for VIKTOR).
    [InlineData("Moammar Qaddafi", "Muammar Gaddafi", Schema.Person)]
    [InlineData("Ig0r Sech1n", "Igor Sechin", Schema.Person)]
    [InlineData("Wiktor Solotow", "ZOLOTOV, Viktor Vasilyevich", Schema.Person)]

    // The word for the kind of body left out counts half a sector word: the press writes the body's own words.
    [InlineData("Al-Qard Al-Hassan", "AL-QARD AL-HASSAN ASSOCIATION", Schema.Organization)]
    [InlineData("Tamil Rehabilitation", "TAMIL REHABILITATION ORGANIZATION", Schema.Organization)]
    [InlineData("Lord's Resistance", "LORD'S RESISTANCE MOVEMENT", Schema.Organization)]

    // The purpose after "for" left out whole marks no sister body either ("development" is a sector word elsewhere).
    [InlineData("Holy Land Foundation", "HOLY LAND FOUNDATION FOR RELIEF AND DEVELOPMENT", Schema.Organization)]
    [InlineData("Holy Land Foundation for Relief and Development", "HOLY LAND FOUNDATION", Schema.Organization)]
    [InlineData("Oh Kuk-ryol", "O, Kuk-Ryol", Schema.Person)]
    [InlineData("Kuk Ryol O", "O, Kuk-Ryol", Schema.Person)]

    // A lone I, V or X inside a name of unknown type is an initial or the Slavic "and", not a series number.
    [InlineData("Vladimir V. Putin", "PUTIN, Vladimir Vladimirovich", Schema.LegalEntity)]
    [InlineData("Nauchno Issledovatelskii Proektnyi Institut po Pererabotke Gaza", "NAUCHNO ISSLEDOVATELSKII I PROEKTNYI INSTITUT PO PERERABOTKE GAZA AO", Schema.Organization)]

    // Initials written with dots and no spaces, as Russian records write a given name and patronymic, are initials.
    [InlineData("Deripaska O.V.", "DERIPASKA, Oleg Vladimirovich", Schema.LegalEntity)]
    [InlineData("O.V. Deripaska", "DERIPASKA, Oleg Vladimirovich", Schema.Person)]
    [InlineData("Sechin I.I.", "SECHIN, Igor Ivanovich", Schema.LegalEntity)]
    [InlineData("PUTIN Vladimir V.", "PUTIN, Vladimir Vladimirovich", Schema.LegalEntity)]
    [InlineData("I.P.C. International Limited", "I.P.C. INTERNATIONAL LIMITED", Schema.LegalEntity)]
    [InlineData("Grupo Acme S.A. de C.V.", "GRUPO ACME, S.A. DE C.V.", Schema.LegalEntity)]

    // Arabic script against the lists' Latin spellings: the article written apart, an opening ayin and a final ta
    // marbuta as the vowels Latin writes, a w as the vowel u, "bn" as "bin".
    [InlineData("قصي صدام حسين التكريتي", "AL-TIKRITI, Qusay Saddam Hussein", Schema.Person)]
    [InlineData("علي عبد الله صالح", "SALEH, Ali Abdullah", Schema.Person)]
    [InlineData("فاضل محمود غريب", "GHARIB, Fadil Mahmud", Schema.Person)]
    [InlineData("حمزة بن لادن", "BIN LADIN, Hamza", Schema.Person)]

    // Cyrillic written as the lists write Russian names (ш "sh", ч "ch", й "y"), not as ISO 9 folded ("sojgu").
    [InlineData("Шойгу Сергей", "SHOIGU, Sergei Kuzhugetovich", Schema.Person)]
    [InlineData("Чайка Юрий", "CHAYKA, Yuri Yakovlevich", Schema.Person)]
    public void Score_SameParty_IsAMatch(string a, string b, Schema schema) =>
        Assert.True(Score(a, b, schema) >= MatchingOptions.Default.MatchThreshold, $"{a} vs {b}: {Score(a, b, schema):0.000}");

    [Theory]
    [InlineData("BELLETECH CORP", "BANK MELLI CORP", Schema.Organization)]
    [InlineData("Trading Company", "AL-TAWFIQ TRADING COMPANY", Schema.Organization)]
    [InlineData("Committee for Space", "KOREAN COMMITTEE FOR SPACE TECHNOLOGY", Schema.Organization)] // a purpose left out in part
    [InlineData("Management Company 23", "Management Company", Schema.Organization)]
    [InlineData("Juan Guaidó", "MADURO MOROS, Nicolas", Schema.Person)]
    [InlineData("Angela Merkel", "Angelo Cruz", Schema.Person)]
    [InlineData("Snow Storm 1", "Sun Storm 7", Schema.Vessel)]
    [InlineData("Medical Pioneer", "MP Limited Liability Company", Schema.Organization)]
    [InlineData("Martin Vanguard Ltd", "Limited Liability Company MV", Schema.Organization)]
    [InlineData("Xu", "XU, Bin", Schema.Person)]
    [InlineData("Adela Patiño", "BADIN, Yadollah", Schema.Person)]
    [InlineData("Sami Nieminen", "NAMAN, Sam", Schema.Person)]
    [InlineData("Ferdinand Marquez", "Ferdinand Marcos", Schema.Person)]

    // A name that repeats its one matched word is still two words against one ("Ali, son of Ali" / "Abu Ali").
    [InlineData("Ali Ben Ali", "ABU ALI", Schema.Person)]
    [InlineData("Mohamed Ben Mohamed", "MOHAMED", Schema.Person)]
    [InlineData("Anthony", "ANTHONY, Anthony", Schema.Person)]

    // A one-letter family name written first is the Korean name O, not an initial a given name could spell.
    [InlineData("Olga Chen", "O, In Chun", Schema.Person)]
    [InlineData("Min-jun Otieno", "O, In Jun", Schema.Person)]

    // A word that says what a business does is not who it is: one sector word shared is no match.
    [InlineData("Pharma LLC", "CITY PHARMA SARL", Schema.Organization)]
    [InlineData("Textiles S.A.", "UNICO TEXTILES", Schema.Organization)]
    [InlineData("Trans OOO", "TRANS GAZELLE", Schema.Organization)]
    [InlineData("Inversiones Salazar", "INVERSIONES EL RUBI LTDA", Schema.Organization)]
    [InlineData("Acme Computer Systems", "COMPUTER SYSTEMS LLC", Schema.Organization)]
    [InlineData("Societe Generale", "SOCIETE GENERALE DES PAINS", Schema.Organization)]
    [InlineData("Atlas Ltd", "ATLAS NEDVIZHIMOST OOO", Schema.Organization)] // real estate, in Russian
    [InlineData("Vertex", "VERTEX IMOTI EOOD", Schema.Organization)] // real estate, in Bulgarian

    // A place where a company trades says no more than its sector does: a trade hub and generic words are no name.
    [InlineData("Hong Kong International Trading Limited", "LEADER (HONG KONG) INTERNATIONAL TRADING LIMITED", Schema.Organization)]
    [InlineData("Beijing Technology Co Ltd", "BEIJING JIAHEHENGDE TECHNOLOGY COMPANY LIMITED", Schema.Organization)]
    [InlineData("Dubai Trading LLC", "PLUTO-DUBAI TRADING COMPANY, LLC", Schema.Organization)]
    [InlineData("Asia Pacific (HK) Limited", "ASIA PACIFIC LINKS LIMITED", Schema.Organization)]
    [InlineData("Moscow Industrial Bank", "INDUSTRIAL BANK", Schema.Organization)] // in a name of generic words the place is what sets it apart

    // A sector word left out still marks a sister, and so does a body word in a name of generic words.
    [InlineData("Rosneft", "ROSNEFT TRADING S.A.", Schema.Organization)]
    [InlineData("World Health", "WORLD HEALTH ORGANIZATION", Schema.Organization)]

    // Letters without a vowel are read one by one: the sound of a word they happen to share is chance.
    [InlineData("Mehta Ltd", "MMT SARL", Schema.Organization)]
    [InlineData("Simon", "JSC 'SZMN'", Schema.Organization)]
    [InlineData("Aero Ltd", "AERO-CARIBBEAN", Schema.Organization)]

    // A consonant skeleton read from Arabic script writes each of its consonants: a word with fewer is another name
    // that keys alike ("mhmd" and "Mid", "Mehta": MT).
    [InlineData("محمد", "MID", Schema.LegalEntity)]
    [InlineData("Ahmed Mehta", "محمد احمدی", Schema.Person)]

    // Two words of companies' names sharing a key by chance, spelt too differently for a slip: "China" and "Sina" (SN).
    [InlineData("Bank of China", "SINA BANK", Schema.Organization)]
    // Persons' names of which no word matched closer than by sound: each word another name's.
    [InlineData("Joshua Moran", "MORENO, Jose", Schema.Person)]
    [InlineData("Salvi Redi", "SALIWA, Rudi", Schema.Person)]
    [InlineData("Olga Barynova", "Oleg BARANOV", Schema.Person)]

    // One word of an organisation's own against a name with another word of its own: one word of two is another
    // company as often as the same one.
    [InlineData("White Inc", "WHITE PIGEON", Schema.Organization)]
    [InlineData("Orion Pty Ltd", "NTTS ORION OOO", Schema.Organization)]
    [InlineData("Pioneer", "PIONEER SHIPMANAGEMENT PTE. LTD.", Schema.Organization)]
    [InlineData("Sterling Orion LLC", "ORION LLC", Schema.Organization)] // the other way round
    [InlineData("Bio Harbor", "BIO CORPORATION", Schema.Organization)]
    [InlineData("Haddad Inc", "AL-HADID", Schema.Organization)] // keys HTT, spelt alike 0.77
    [InlineData("Thomas", "TAMAS COMPANY", Schema.Organization)]
    [InlineData("Miller Ltd", "MILUR SA", Schema.Organization)]
    [InlineData("Reddy Pty Ltd", "RAD D.O.O.", Schema.Organization)] // a word of three letters keys alike with many
    [InlineData("Traore", "TRO", Schema.Organization)]
    [InlineData("Romano Inc", "RAMAN COMPANY", Schema.Organization)]
    [InlineData("Fontaine Construction JSC", "FOUNDATION FOR CONSTRUCTION", Schema.Organization)]

    // Korean family names are read as such where a family name stands, not inside a given name (chung, chong) nor
    // in a company's name.
    [InlineData("Moon Chung In", "MUN, Chong Chol", Schema.Person)]
    [InlineData("Park Jong Chon", "PAK, To-Chun", Schema.Person)] // the family name is before the comma, not "Chun"

    // Half of a given name written with a hyphen is another given name, whichever side holds it.
    [InlineData("Son Heung-min", "SON, Min", Schema.Person)]
    [InlineData("Young Kim", "KIM, Young-Chol", Schema.Person)]
    [InlineData("Lee Shipping", "RI SHIPPING", Schema.Organization)]

    // A word of three letters shares a key with many longer ones that spell it no more than halfway.
    [InlineData("Maria Rahman", "MIR RAHMAN, Haji", Schema.Person)]
    [InlineData("Michael Lin", "LEONE, Miguel", Schema.Person)]
    [InlineData("Ananya Novikov", "NOVIKOV, Yan Valentinovich", Schema.Person)]
    public void Score_DifferentParties_IsNoMatch(string a, string b, Schema schema) =>
        Assert.True(Score(a, b, schema) < MatchingOptions.Default.MatchThreshold, $"{a} vs {b}: {Score(a, b, schema):0.000}");

    [Theory]
    [InlineData("U.S. Department of Energy", "United States Department of Energy", Schema.Organization)]
    [InlineData("Acme Bank Int'l", "Acme International Bank", Schema.Organization)]
    [InlineData("3%ers", "Three Percenters", Schema.Organization)]
    [InlineData("The World Bank", "World Bank", Schema.Organization)]
    [InlineData("Acme Refinary Corporation", "The Acme Refinery Company", Schema.Organization)]
    [InlineData("ROMASHKA TRADING HOUSE JOINT STOCK COMPAN", "ROMASHKA TRADING HOUSE JOINT STOCK COMPANY", Schema.Organization)]
    [InlineData("FridrichLindberg", "Friedrich Lindberg", Schema.Person)]
    [InlineData("Ivans Petrovs", "Ivan Sergeyevich PETROV", Schema.Person)]
    [InlineData("Khaled bin Zayid", "Khalid bin Hamad bin Ali bin Zayed", Schema.Person)]
    [InlineData("Omar Haddad", "OMAR Omar HADAD", Schema.Person)]
    [InlineData("'Abd al-Karim Mansour", "Abdul Karim Mansour", Schema.Person)]
    [InlineData("Ben Carter", "Benjamin Carter", Schema.Person)]
    [InlineData("Mao Tse-tung", "Mao Zedong", Schema.Person)]
    [InlineData("Si Jinpin", "Xi Jinping", Schema.Person)]
    [InlineData("فرناندو بيريز", "Fernando Pérez", Schema.Person)]
    [InlineData("Vale Partners IV", "Vale Partners 4", Schema.Organization)]
    [InlineData("OOO Kami Grupp", "OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU KAMI GRUPP", Schema.Organization)]
    [InlineData("Kami Grupp LLC", "OBSHCHESTVO S ORGANICHENNOI OTVETSTVENNOSTYU KAMI GRUPP", Schema.Organization)]
    [InlineData("Anka Port Dis Ticaret Ltd Sti", "ANKA PORT DIS TICARET LIMITED SIRKETI", Schema.Organization)]
    [InlineData("김정은", "KIM, Jong Un", Schema.Person)]
    [InlineData("리병철", "RI, Pyong Chol", Schema.Person)]

    // Two names of generic words only are compared as any names are.
    [InlineData("Société Générale S.A.", "SOCIETE GENERALE S.A.", Schema.Organization)]

    // "Empresa" (company) opens Spanish names as "The" does.
    [InlineData("Cubana de Aviacion S.A.", "EMPRESA CUBANA DE AVIACION", Schema.Organization)]

    // A company's word typed with a slip or respelt as it sounds still matches on its key.
    [InlineData("Tosee Taavon Bnak", "TOSEE TAAVON BANK", Schema.Organization)]
    [InlineData("Dalian Global Oonity Shipping Agency", "DALIAN GLOBAL UNITY SHIPPING AGENCY", Schema.Organization)]
    [InlineData("Islamic Zhihad Group", "ISLAMIC JIHAD GROUP", Schema.Organization)]
    [InlineData("Lego Investments EODO", "LEGO INVESTMENTS EOOD", Schema.Organization)]

    // A syllable respelt with the vowels English writes for Korean and Chinese ("soo" for su, "eel" for il).
    [InlineData("Jong Yong Soo", "JONG, Yong Su", Schema.Person)]
    [InlineData("Ri Jae Eel", "RI, Jae Il", Schema.Person)]
    [InlineData("Moo Du Bong", "MU DU BONG", Schema.Person)]

    // An x within a word is the "ks" of Russian transliteration.
    [InlineData("Maxim Ivanov", "IVANOV, Maksim", Schema.Person)]
    [InlineData("Oxana Petrova", "PETROVA, Oksana", Schema.Person)]

    // "Co." names no kind of company: it is cut from "Co., Ltd.", and stands for any form.
    [InlineData("FUJIE PETROCHEMICAL ZHOUSHAN CO.,", "FUJIE PETROCHEMICAL ZHOUSHAN CO., LTD.", Schema.Organization)]
    [InlineData("Hejab Textile LLC", "HEJAB TEXTILE COMPANY", Schema.Organization)]
    [InlineData("Try Pheap Property Co.", "TRY PHEAP PROPERTY CO., LTD.", Schema.Organization)]

    // Ksenia as the press writes it.
    [InlineData("Xenia Yudayeva", "YUDAYEVA, Kseniya Valentinovna", Schema.Person)]

    // The article said as the sun letter after it, and so written: as-Sabar, nur ad-din, abd ar-rahman.
    [InlineData("زكريا الصبار", "ESSABAR, Zakarya", Schema.Person)]
    [InlineData("نور الدين بن علي", "Noureddine Ben Ali", Schema.Person)]
    [InlineData("عبد الرحمن ولد العامر", "EL AMAR, Abderrahmane Ould", Schema.Person)]

    // Words the lists translate one way in a name and another in its alias.
    [InlineData("Tunisian Fighting Group", "TUNISIAN COMBAT GROUP", Schema.Organization)]
    [InlineData("Levant Liberation Committee", "SHAM LIBERATION COMMITTEE", Schema.Organization)]

    // A given name as English writes it is one with its every form, as the lists give it for aliases.
    [InlineData("Peter Aven", "AVEN, Pyotr", Schema.Person)]
    [InlineData("Helen Stashina", "STASHINA, Yelena", Schema.Person)]
    [InlineData("John Doe", "Juan Doe", Schema.Person)]
    [InlineData("Alexandre Bychkov", "BYCHKOV, Aleksandr", Schema.Person)] // French and English romanisations of one Russian name
    [InlineData("Louis Lopez", "LOPEZ, Luis", Schema.Person)]
    [InlineData("Jack Wang", "WANG, John", Schema.Person)] // an English nickname is one with the English name
    [InlineData("Katherine Ivanova", "IVANOVA, Ekaterina", Schema.Person)] // and so is another English spelling
    [InlineData("Khaled Hassan", "KHALID, Hassan", Schema.Person)] // a name's spellings, not the names a letter from it
    public void Score_SamePartyWrittenAnotherWay_IsAMatch(string a, string b, Schema schema) =>
        Assert.True(Score(a, b, schema) >= MatchingOptions.Default.MatchThreshold, $"{a} vs {b}: {Score(a, b, schema):0.000}");

    [Theory]
    [InlineData("김민준", "김민존", Schema.Person)]
    [InlineData("김종은", "김정은", Schema.Person)]
    [InlineData("王小明", "王小林", Schema.Person)]
    [InlineData("Aurora", "Aurora 2", Schema.Vessel)]
    [InlineData("Acme Global Solutions, Inc.", "Acme Global Solutions II, Inc.", Schema.Organization)]
    [InlineData("Acme Bank Trust Company", "Acme Bank", Schema.Organization)]
    [InlineData("Acme Systems Limited", "Acme Ltd", Schema.Organization)]
    [InlineData("Romashka AG", "Romashka GmbH", Schema.Organization)]

    // Two names with no word of their own agree only form for form, "Co." included.
    [InlineData("Dubai Trading Limited", "DUBAI TRADING COMPANY", Schema.Organization)]
    [InlineData("Ivan Sergeyevich Petrov", "Ivan Nikolayevich Petrov", Schema.Person)]
    [InlineData("KARIM BEN ALI MANSOUR", "KARIM BEN HAMID MANSOUR", Schema.Person)]
    [InlineData("Peter Lind", "Peter Lindqvist", Schema.Person)]
    [InlineData("SALMAN BIN AL-DIN AL-HARBI", "NASR-AL-DIN BIN SALMAN AL-HARBI", Schema.Person)]
    [InlineData("Omar Sham", "Omar Levant", Schema.Person)] // translated alike in armed groups' names, not in persons'

    // A given name's forms in two languages other than English are the name translated, which papers rarely do: a
    // common surname with it is another person.
    [InlineData("Hans Hernandez", "HERNANDEZ, Ivan", Schema.Person)]
    [InlineData("Giuseppe Hassan", "YOUSEF, Hasan", Schema.Person)]
    [InlineData("Alessandro Petrov", "PETROV, Aleksandr", Schema.Person)]
    [InlineData("Jurgen Rodriguez", "RODRIGUEZ, Jorge", Schema.Person)]
    [InlineData("Ivan Wang", "WANG, Jack", Schema.Person)] // an English nickname translated
    [InlineData("Greg Lopez", "LOPEZ, Gregorio", Schema.Person)]

    // Two given names the variant table knows as two names are two names, however alike in sound or spelling.
    [InlineData("Omar Hassan", "HUSSAIN, Omar", Schema.Person)]
    [InlineData("Olga Ivanova", "IVANOVA, Oleg", Schema.Person)]
    [InlineData("Francesca Diaz", "DIAZ, Francisco", Schema.Person)] // a given name's other-gender form is another name
    [InlineData("Daniel Gomez", "GOMEZ, Daniela", Schema.Person)]
    [InlineData("Mary Ricci", "RICCIO, Mario", Schema.Person)]
    [InlineData("Hassan Khalil", "KHALID, Hassan", Schema.Person)] // common names a letter or two apart
    [InlineData("Ahmed Kumar", "UMAR, Ahmed", Schema.Person)]
    [InlineData("Amit Shah", "SHAH, Amir", Schema.Person)]
    public void Score_RelatedButDifferentParty_IsNoMatch(string a, string b, Schema schema) =>
        Assert.True(Score(a, b, schema) < MatchingOptions.Default.MatchThreshold, $"{a} vs {b}: {Score(a, b, schema):0.000}");

    [Fact]
    public void Score_ArticleBeforeAMoonLetter_IsWrittenAsItIs()
    {
        // ق is no sun letter: al-Qasim is never "Eqqasem", while as-Sabar is Essabar.
        Assert.True(Score("زكريا القاسم", "EQQASEM, Zakarya", Schema.Person) < MatchingOptions.Default.MatchThreshold);
        Assert.True(Score("زكريا الصبار", "ESSABAR, Zakarya", Schema.Person) >= MatchingOptions.Default.MatchThreshold);
    }

    [Fact]
    public void Score_InitialBesideAnUnmatchedWord_StandsForNothing()
    {
        // "B." could stand for Brandt only if Fletcher had found a partner; as it is, only "Mark" agrees.
        Assert.True(Score("Mark B. Fletcher", "BRANDT, Mark", Schema.Person) < 0.3);
        Assert.True(Score("Mark B. Fletcher", "FLETCHER, Mark Brandt", Schema.Person) >= MatchingOptions.Default.MatchThreshold);
    }

    [Fact]
    public void Score_WordInSmallLetters_IsNoAcronym()
    {
        // "Bio" is a word; "BIO", as lists and legacy files write everything, may still be initials.
        Assert.True(Score("Bio GmbH", "Bosnian Investment Organization", Schema.Organization) < MatchingOptions.Default.MatchThreshold);
        Assert.True(Score("Kim", "Kalai Industries Management", Schema.Organization) < MatchingOptions.Default.MatchThreshold);
        Assert.True(Score("BIO", "Bosnian Investment Organization", Schema.Organization) >= MatchingOptions.Default.MatchThreshold);
        Assert.True(Score("PLA", "People's Liberation Army", Schema.Organization) >= MatchingOptions.Default.MatchThreshold);
    }

    [Fact]
    public void Score_ListedThreeLetterName_IsNotSpeltByACustomersInitials()
    {
        // A listed "SPP" has no long form on the list; initials of four letters or more still match either way round.
        Assert.True(Score("Stonegate Prairie Partners", "SPP", Schema.Organization) < MatchingOptions.Default.MatchThreshold);
        Assert.True(Score("SPP", "Stonegate Prairie Partners", Schema.Organization) >= MatchingOptions.Default.MatchThreshold);
        Assert.True(Score("Islamic Republic of Iran Shipping Lines", "IRISL", Schema.Organization) >= MatchingOptions.Default.MatchThreshold);
    }

    [Fact]
    public void Score_AcronymBesideALegalFormOfAnotherKind_IsNoMatch()
    {
        // The initials spell the listed name either way; only the legal forms tell the two apart.
        Assert.True(Score("Nordic Industrial Kraft Systems LLC", "NIKS LLC", Schema.Organization) >= MatchingOptions.Default.MatchThreshold);
        Assert.True(Score("Nordic Industrial Kraft Systems AG", "NIKS LLC", Schema.Organization) < MatchingOptions.Default.MatchThreshold);
    }

    [Fact]
    public void Explain_ShowsEveryTokenAndHowItMatched()
    {
        var x = NameComparer.Default.Explain(NamePreparer.Uniform.Prepare("Ex-Cle Solciones Biometricas", Schema.Organization), NamePreparer.Uniform.Prepare("EX-CLE SOLUCIONES BIOMETRICAS C.A.", Schema.Organization));
        Assert.Contains(x.Tokens, t => t.QueryToken == "solciones" && t.ListedToken == "soluciones" && t.How == TokenMatchKind.Fuzzy);
        Assert.Contains(x.Tokens, t => t.QueryToken.Length == 0 && t.ListedToken == "~ca");
        Assert.Equal(Score("Ex-Cle Solciones Biometricas", "EX-CLE SOLUCIONES BIOMETRICAS C.A.", Schema.Organization), x.Score, 9);
    }

    [Fact]
    public void Explain_GivenNameInAnotherLanguage_IsNamedCognate()
    {
        var translated = NameComparer.Default.Explain(NamePreparer.Uniform.Prepare("Hans Hernandez", Schema.Person), NamePreparer.Uniform.Prepare("HERNANDEZ, Ivan", Schema.Person));
        var spelt = NameComparer.Default.Explain(NamePreparer.Uniform.Prepare("Andrey Petrov", Schema.Person), NamePreparer.Uniform.Prepare("PETROV, Andrei", Schema.Person));

        Assert.Contains(translated.Tokens, t => t.QueryToken == "hans" && t.ListedToken == "ivan" && t.How == TokenMatchKind.Cognate && t.Similarity == TokenSimilarity.CognateSimilarity);
        Assert.Contains(spelt.Tokens, t => t.QueryToken == "andrey" && t.ListedToken == "andrei" && t.How == TokenMatchKind.Variant && t.Similarity == TokenSimilarity.VariantSimilarity);
    }

    [Fact]
    public void Explain_CompoundWrittenTogether_IsNamedCompound()
    {
        var x = NameComparer.Default.Explain(NamePreparer.Uniform.Prepare("EXCLE CA", Schema.Organization), NamePreparer.Uniform.Prepare("EX-CLE C.A.", Schema.Organization));
        Assert.Contains(x.Tokens, t => t.QueryToken == "excle" && t.How == TokenMatchKind.Compound && t.ListedToken == "ex+cle");
    }

    // Initials written together: a person's "jc" spells "jean claude".
    [Fact]
    public void Explain_ConsonantsSpellingInitials_AreACompound()
    {
        var x = NameComparer.Default.Explain(NamePreparer.Uniform.Prepare("JC Dupont", Schema.Person), NamePreparer.Uniform.Prepare("DUPONT, Jean Claude", Schema.Person));
        Assert.Contains(x.Tokens, t => t.QueryToken == "jc" && t.How == TokenMatchKind.Compound && t.ListedToken == "jean+claude");
    }

    // A short word with a vowel is a word, not initials: SU (a Chinese family name) was "Sanjay Ursula" (0.90), KIM
    // "Khamis Imad Mohammad".
    [Theory]
    [InlineData("Sanjay Ursula Zhou", "SU, Zhao")]
    [InlineData("Deepa Kim", "KHAMIS, Imad Mohammad Deeb")]
    [InlineData("Stefan Larsen O'Brien", "LO, Stephen")]
    public void Explain_ShortWordWithAVowel_SpellsNoInitials(string query, string listed)
    {
        var x = NameComparer.Default.Explain(NamePreparer.Uniform.Prepare(query, Schema.Person), NamePreparer.Uniform.Prepare(listed, Schema.Person));
        Assert.DoesNotContain(x.Tokens, t => t.How == TokenMatchKind.Compound);
        Assert.True(x.Score < 0.7, $"{x.Score:0.000} {x.Summary}");
    }

    // An organisation written with initials is named by them: other words with those first letters are another name.
    [Theory]
    [InlineData("Medical Shipping Trading Corp", "M AND S TRADING")]
    [InlineData("Ironclad Trans Coastal Ltd", "LIMITED LIABILITY COMPANY I T C")]
    public void Score_OrganisationsInitialAgainstAWord_NotCredited(string query, string listed) =>
        Assert.True(Score(query, listed, Schema.Organization) < 0.7);

    [Fact]
    public void Explain_OrganisationsInitialAgainstAWord_SaysWhy()
    {
        var x = NameComparer.Default.Explain(NamePreparer.Uniform.Prepare("Medical Shipping Trading Corp", Schema.Organization), NamePreparer.Uniform.Prepare("M AND S TRADING", Schema.Organization));
        Assert.Contains(x.Contributions, c => c.Feature == "initial not credited" && c.Detail.StartsWith("an organisation's initial", StringComparison.Ordinal));
    }

    // ... but a short word may be the letter with one more ("U-MUJAHIDIN" for "UL-"), and an initial that is part of a
    // compound is no initial standing for a word ("ZEEL - M" = ZEELM).
    [Theory]
    [InlineData("HARAKAT U-MUJAHIDIN", "HARAKAT UL-MUJAHIDIN")]
    [InlineData("ZEEL - M CO.", "ZEELM")]
    public void Explain_OrganisationsInitialOfAShortWordOrInACompound_StillCredited(string query, string listed)
    {
        var x = NameComparer.Default.Explain(NamePreparer.Uniform.Prepare(query, Schema.Organization), NamePreparer.Uniform.Prepare(listed, Schema.Organization));
        Assert.True(x.Score >= 0.7, $"{x.Score:0.000} {x.Summary}");
        Assert.DoesNotContain(x.Contributions, c => c.Feature == "initial not credited");
    }

    [Theory]
    [InlineData("IRISL", "Islamic Republic of Iran Shipping Lines Ltd")]
    [InlineData("Islamic Republic of Iran Shipping Lines Ltd", "IRISL")]
    public void Explain_Acronym_NamesTheWordsItSpells(string a, string b)
    {
        var x = NameComparer.Default.Explain(NamePreparer.Uniform.Prepare(a, Schema.Organization), NamePreparer.Uniform.Prepare(b, Schema.Organization));
        var pair = Assert.Single(x.Tokens, t => t.How == TokenMatchKind.Acronym);
        Assert.Equal("irisl", a == "IRISL" ? pair.QueryToken : pair.ListedToken);
        Assert.Equal("islamic+republic+iran+shipping+lines", a == "IRISL" ? pair.ListedToken : pair.QueryToken);
        Assert.Contains(x.Tokens, t => (t.QueryToken == "~ltd" && t.ListedToken is null) || (t.QueryToken.Length == 0 && t.ListedToken == "~ltd"));
        Assert.StartsWith("matched: ", x.Summary, StringComparison.Ordinal);
        Assert.Contains("acronym", x.Summary, StringComparison.Ordinal);
        Assert.Equal(Score(a, b, Schema.Organization), x.Score, 9);
    }

    [Property(MaxTest = 500)]
    public bool Score_AlwaysWithinUnitInterval(string? a, string? b)
    {
        var s = Score(a ?? string.Empty, b ?? string.Empty);
        return s is >= 0 and <= 1 && !double.IsNaN(s);
    }

    [Property(MaxTest = 300)]
    public bool Score_NameAgainstItself_IsAMatchWhenItHasAWord(string? a)
    {
        var prepared = NamePreparer.Uniform.Prepare(a ?? string.Empty, Schema.Person);
        if (!prepared.FoldedTokens.Any(t => t.Length > 1 && t[0] != '~' && !Vigil.Text.Names.WordLists.IsStopword(t)))
        {
            return true;
        }

        return Score(a!, a!, Schema.Person) >= MatchingOptions.Default.MatchThreshold;
    }

    [Fact]
    public void Score_VesselWithoutItsNumber_IsForReviewNotHidden()
    {
        var score = NameComparer.Default.Score(NamePreparer.Uniform.Prepare("Adrian Darya", Schema.LegalEntity), NamePreparer.Uniform.Prepare("ADRIAN DARYA 1", Schema.Vessel));
        Assert.InRange(score, MatchingOptions.Default.MinimumScore, MatchingOptions.Default.MatchThreshold);
    }

    [Fact]
    public void Score_CompanyWithoutTheListedNumber_StaysBelowReview() =>
        Assert.True(Score("Management Company", "Management Company 23", Schema.Organization) < MatchingOptions.Default.MinimumScore);
}
