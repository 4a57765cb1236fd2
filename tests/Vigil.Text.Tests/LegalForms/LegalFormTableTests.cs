using FsCheck.Xunit;
using Vigil.Text.LegalForms;
using Vigil.Text.Normalization;

namespace Vigil.Text.Tests.LegalForms;

public sealed class LegalFormTableTests
{
    [Theory]
    [InlineData("EX-CLE SOLUCIONES BIOMETRICAS C.A.", "ca")]
    [InlineData("Ex Cle Soluciones Biometricas Compania Anonima", "ca")]
    [InlineData("OOO Oboronnye Initsiativy", "llc")]
    [InlineData("Obshchestvo s Ogranichennoy Otvetstvennostyu Ромашка", "llc")]
    [InlineData("Siemens Aktiengesellschaft", "ag")]
    [InlineData("Grupo Industrial S.A. de C.V.", "sa")]
    [InlineData("Gazprom PJSC", "jsc")]
    [InlineData("Volkswagen Gesellschaft mit beschränkter Haftung", "gmbh")]
    [InlineData("STATE CORPORATION ROSTEC", "gk")]
    [InlineData("FEDERAL STATE ENTERPRISE PERM POWDER PLANT", "gp")]
    [InlineData("FEDERAL STATE BUDGETARY EDUCATIONAL INSTITUTION OF HIGHER EDUCATION GROZNY STATE OIL TECHNICAL UNIVERSITY", "gu")]
    [InlineData("AUTONOMOUS NON-PROFIT ORGANIZATION OF ADDITIONAL PROFESSIONAL EDUCATION ECHELON TRAINING CENTER", "ano")]
    [InlineData("EUROBET TRADING EOOD", "llc")]
    [InlineData("PROFESIONALEN BASKETBOLEN KLUB TSSKA 48 AD", "jsc")]
    [InlineData("GARANTEX EUROPE OÜ", "ltd")]
    [InlineData("OU INELSO", "ltd")]
    [InlineData("SIA FALCON INTERNATIONAL GROUP", "llc")]
    [InlineData("ORKA FAJNANS SKOPJE DOOEL", "llc")]
    [InlineData("SIDAR INTERNATIONAL HOLDING COMPANY W.L.L.", "llc")]
    [InlineData("SHERKATE BASARGANI PETROCHEMIE (SAHAMI KHASS)", "jsc")]
    [InlineData("VALFAJR SHIPPING COMPANY PJS", "jsc")]
    [InlineData("CYTROX HOLDINGS ZRT.", "jsc")]
    [InlineData("VENTORA DEVELOPMENT SASU", "sa")]
    [InlineData("ASHIQ JEWELLERS CC", "cc")]
    [InlineData("راحت لمتد", "ltd")] // Rahat Ltd in Arabic letters
    [InlineData("راحت لمیٹڈ", "ltd")] // ... and in Urdu
    [InlineData("AAT BELARUSKALIY", "jsc")] // Belarusian ААТ
    [InlineData("TAA BREMINA GRUP", "llc")] // Belarusian ТАА
    public void Mark_KnownLegalForm_IsRecognisedWithItsCode(string name, string code)
    {
        var tokens = TextFolder.Fold(name).Split(' ');
        var marks = LegalFormTable.Mark(tokens);
        Assert.Contains(code, marks);
    }

    [Theory]
    [InlineData("tactical missiles corporation joint stock compan", "jsc")]
    [InlineData("romashka limited liability compa", "llc")]
    public void Mark_LegalFormCutAtTheEnd_IsRecognised(string name, string code)
    {
        var marks = LegalFormTable.Mark(name.Split(' '));
        Assert.Equal(code, marks[^1]);
        Assert.Null(marks[0]);
    }

    [Theory]
    [InlineData("international tanker limtied", "ltd", 1)]
    [InlineData("national petrochemical compani", "co", 1)]
    [InlineData("oil industry investment compacny", "co", 1)]
    [InlineData("gtlk middle east free zone compabny", "fze", 3)]
    [InlineData("acme corporaton", "corp", 1)]

    // Respelt as a transliteration writes it: ee for i.
    [InlineData("international tanker limeeted", "ltd", 1)]
    [InlineData("spicy code company limeeted", "ltd", 2)]
    public void Mark_OneSlipInALongFormAtTheEnd_IsTheForm(string name, string code, int words)
    {
        var marks = LegalFormTable.Mark(name.Split(' '));
        Assert.All(marks[^words..], m => Assert.Equal(code, m));
        Assert.All(marks[..^words], Assert.Null);
    }

    [Theory]
    [InlineData("asb group of companies")]
    [InlineData("limtied")]
    [InlineData("acme limtied holdings")]
    public void Mark_PluralOrLoneOrInside_IsNoSlip(string name) =>
        Assert.All(LegalFormTable.Mark(name.Split(' ')), Assert.Null);

    [Fact]
    public void Mark_WordOfAnotherForm_IsThatForm()
    {
        var marks = LegalFormTable.Mark("lider asig societatea cu raspundere limitata".Split(' '));
        Assert.All(marks[2..], m => Assert.Equal("llc", m));
        Assert.All(marks[..2], Assert.Null);
    }

    [Theory]
    [InlineData("OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU KAMI GRUPP", "llc", 4)]
    [InlineData("OBSHCHESTVO S ORGANICHENNOI OTVETSTVENNOSTYU ALFA", "llc", 4)]
    [InlineData("OBSHCHESTVO S OGRANICHENNOI OTVETSVENNOSTYU ALFA", "llc", 4)]
    [InlineData("OBSHCHESTVO S OGRANNICHENOY OTVETSTVENNOSTYU ALFA", "llc", 4)]
    [InlineData("TAVARYSTVA Z ABMEZHAVANAY ADKAZNASTSYU BELKAZTRANS", "llc", 4)]
    [InlineData("AKTSIONERNOE OBSCHCHESTVO NOVO", "jsc", 2)]
    [InlineData("JOINT STOCK LCOMPANY SALUTE", "jsc", 3)]
    [InlineData("LIMITED COMPANY LIABILITY AVIATRADE", "llc", 3)]
    [InlineData("OPEN JOINT STOKC COMPANY STANKOGOMEL", "jsc", 4)]
    [InlineData("JOINT STACK COMPANY ROMASHKA", "jsc", 3)]

    // A word respelt as a transliteration writes it (zh for j, ee for i), even a short one of a two-word phrase.
    [InlineData("LIMITED LIABEELITY COMPANY TENRON", "llc", 3)]
    [InlineData("ZHOINT STOCK BANK AVANGARD", "jsc", 2)]

    // The preposition of a phrase left out.
    [InlineData("OBSHCHESTVO OGRANICHENNOY OTVETSTVENNOSTYU ALFA", "llc", 3)]
    [InlineData("TAVARYSTVA ABMEZHAVANAY ADKAZNASTSYU BELKAZTRANS", "llc", 3)]

    // Two long words of a phrase in the other order.
    [InlineData("OBSHCHESTVO AKTSIONERNOE TASKOM", "jsc", 2)]
    public void Mark_LegalFormAsListsPrintIt_IsRecognisedAtTheStart(string name, string code, int words)
    {
        var marks = LegalFormTable.Mark(TextFolder.Fold(name).Split(' '));
        Assert.All(marks[..words], m => Assert.Equal(code, m));
        Assert.All(marks[words..], m => Assert.Null(m));
    }

    [Theory]
    [InlineData("ANKA PORT DIS TICARET LIMITED SIRKETI", "ltd", 2)]
    [InlineData("ANKA PORT DIS TICARET LTD. STI.", "ltd", 2)]
    [InlineData("ROMASHKA LIMITED LIEABILITY COMPANY", "llc", 3)]
    [InlineData("ROMASHKA PUBLIC COMPNAY LIMITED", "plc", 3)]

    // The name's last word, a short word of a phrase one slip off, the phrase's other words intact.
    [InlineData("LEON TECHNOLOGY CO., LTDH.", "ltd", 2)]
    [InlineData("MEROE GOLD CO. LTHD.", "ltd", 2)]

    // A slip in a shorter word beside a long one.
    [InlineData("BUMERZ DENIZCILIK VE TICARET AKNONIM SIRKETI", "sa", 2)]
    [InlineData("YALTA SEA TRADING PORT TATE ENTERPRISE", "gp", 2)]
    public void Mark_LegalFormAsListsPrintIt_IsRecognisedAtTheEnd(string name, string code, int words)
    {
        var marks = LegalFormTable.Mark(TextFolder.Fold(name).Split(' '));
        Assert.All(marks[^words..], m => Assert.Equal(code, m));
        Assert.All(marks[..^words], m => Assert.Null(m));
    }

    [Theory]
    [InlineData("obshchestvo s organichennoi otvetsvennostyu romashka")]
    [InlineData("obshchestvo s ogranichennoi ostrovityanin romashka")]
    [InlineData("joint stick compnay romashka")]
    [InlineData("open joint stcko company romashka")]
    [InlineData("joimt stock romashka")]
    [InlineData("stock joint romashka")]
    [InlineData("de rl de cv romashka")]
    [InlineData("c v s a romashka")]
    public void Mark_PhraseChangedBeyondAMisspeltWord_IsNotALegalForm(string name) =>
        Assert.Null(LegalFormTable.Mark(name.Split(' '))[0]);

    [Fact]
    public void Mark_ShortFormWordOneSlipOffInsideAName_IsNotAForm() =>
        Assert.Null(LegalFormTable.Mark("romashka co ltdh trading".Split(' '))[2]);

    [Theory]
    [InlineData("blackstone capital partners")]
    [InlineData("acme joint stock comp")]
    [InlineData("vale inco")]
    public void Mark_WordThatOnlyLooksCut_IsNotALegalForm(string name) =>
        Assert.Null(LegalFormTable.Mark(name.Split(' '))[^1]);

    [Fact]
    public void GroupOf_LooseEquivalents_ShareAGroup()
    {
        Assert.Equal(LegalFormTable.GroupOf("co"), LegalFormTable.GroupOf("corp"));
        Assert.Equal(LegalFormTable.GroupOf("inc"), LegalFormTable.GroupOf("corp"));
        Assert.NotEqual(LegalFormTable.GroupOf("ag"), LegalFormTable.GroupOf("gmbh"));
        Assert.NotEqual(LegalFormTable.GroupOf("llc"), LegalFormTable.GroupOf("ano"));
        Assert.InRange(LegalFormTable.GroupOf("jsc"), 0, 63);
        Assert.Equal(-1, LegalFormTable.GroupOf("nonsense"));
    }

    [Fact]
    public void IsKindless_OnlyTheFormThatSaysCompany()
    {
        Assert.True(LegalFormTable.IsKindless("co"));
        Assert.False(LegalFormTable.IsKindless("corp"));
        Assert.False(LegalFormTable.IsKindless("ltd"));
        Assert.False(LegalFormTable.IsKindless("nonsense"));
    }

    [Fact]
    public void Mark_NeverMarksEveryToken()
    {
        var marks = LegalFormTable.Mark(["ltd", "corp"]);
        Assert.Contains(marks, m => m is null);
    }

    [Fact]
    public void Mark_OrdinaryName_MarksNothing()
    {
        var marks = LegalFormTable.Mark(["banco", "de", "venezuela"]);
        Assert.All(marks, m => Assert.Null(m));
    }

    [Theory]
    [InlineData("finance limited liability company holding", "llc", 1, 3)]
    [InlineData("sberbank pjsc moscow branch", "jsc", 1, 1)]
    [InlineData("zavod joint stock company nevsky", "jsc", 1, 3)]
    [InlineData("alpha m stock company research and production complex", "jsc", 2, 2)]
    [InlineData("nexign gmbh trading house", "gmbh", 1, 1)]
    public void Mark_LegalFormInsideAName_IsRecognised(string name, string code, int at, int words)
    {
        var marks = LegalFormTable.Mark(name.Split(' '));
        Assert.All(marks[at..(at + words)], m => Assert.Equal(code, m));
        Assert.All(marks[..at], m => Assert.Null(m));
        Assert.All(marks[(at + words)..], m => Assert.Null(m));
    }

    [Theory]
    [InlineData("atlas co trading")]
    [InlineData("banco sa de la republica")]
    [InlineData("grupo as de oros")]
    [InlineData("east india company ventures")]
    public void Mark_AmbiguousLegalWordInsideAName_StaysAWord(string name) =>
        Assert.All(LegalFormTable.Mark(name.Split(' ')), m => Assert.Null(m));

    [Theory]
    [InlineData("public joint stock rosbank", "jsc", 3)]
    [InlineData("limited liability aforra engineering", "llc", 2)]
    public void Mark_PhraseWithoutItsLastWord_IsRecognised(string name, string code, int words)
    {
        var marks = LegalFormTable.Mark(name.Split(' '));
        Assert.All(marks[..words], m => Assert.Equal(code, m));
        Assert.All(marks[words..], m => Assert.Null(m));
    }

    [Fact]
    public void Mark_InsideAName_LeavesAWordUnmarked()
    {
        var marks = LegalFormTable.Mark(["alfa", "gmbh", "inc"]);
        Assert.Null(marks[0]);
        marks = LegalFormTable.Mark(["alfa", "gmbh", "inc", "beta"]);
        Assert.Equal("-,gmbh,inc,-", string.Join(",", marks.Select(m => m ?? "-")));
    }

    private static readonly string[] Vocabulary =
        ["llc", "ooo", "inc", "ltd", "gmbh", "pjsc", "joint", "stock", "company", "co", "limited", "liability", "public",
         "open", "sa", "de", "cv", "s", "r", "l", "obshchestvo", "aktsionernoe", "alfa", "zavod", "trading"];

    // Wherever legal forms stand, at the ends or inside, a name of two words or more keeps a word that is not one.
    [Property(MaxTest = 2000)]
    public bool Mark_AnyMixOfLegalFormWords_LeavesAWordUnmarked(int[] picks)
    {
        if (picks is null || picks.Length < 2)
        {
            return true;
        }

        var tokens = picks.Take(9).Select(p => Vocabulary[(int)((uint)p % (uint)Vocabulary.Length)]).ToArray();
        return LegalFormTable.Mark(tokens).Any(m => m is null);
    }

    [Theory]
    [InlineData("ltdh")]
    [InlineData("zhsc")]
    [InlineData("leemited")]
    [InlineData("companiy")]
    [InlineData("joint")]
    public void IsWordOfAFormOrSlip_MistypedForm_True(string word) => Assert.True(LegalFormTable.IsWordOfAFormOrSlip(word));

    [Theory]
    [InlineData("sterling")]
    [InlineData("harbor")]
    [InlineData("seguros")]
    public void IsWordOfAFormOrSlip_WordOfItsOwn_False(string word) => Assert.False(LegalFormTable.IsWordOfAFormOrSlip(word));
}
