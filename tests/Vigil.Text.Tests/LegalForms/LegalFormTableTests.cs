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
    public void Mark_KnownLegalForm_IsRecognisedWithItsCode(string name, string code)
    {
        var tokens = TextFolder.Fold(name).Split(' ');
        var marks = LegalFormTable.Mark(tokens);
        Assert.Contains(code, marks);
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
}
