using Vigil.Evaluation.Candidates;
using Vigil.Model;

namespace Vigil.Evaluation.Tests.Candidates;

public sealed class CustomerQueryTests
{
    [Theory]
    [InlineData("af", "AF")]
    [InlineData("Iraq", "IQ")]
    [InlineData("United States", "US")]
    public void From_Nationality_BecomesAnIsoCode(string nationality, string code)
    {
        var q = CustomerQuery.From(Row("A B", "1970", nationality));

        Assert.Equal([code], q.Countries.ToArray());
        Assert.Equal(Schema.Person, q.Schema);
    }

    [Fact]
    public void From_NoNationalityNoDate_LeavesThemOut()
    {
        var q = CustomerQuery.From(Row("Jennifer L. McClellan", string.Empty, string.Empty));

        Assert.Empty(q.Countries);
        Assert.Null(q.BirthDate);
        Assert.Equal("Jennifer L. McClellan", q.Name);
    }

    [Fact]
    public void From_BlankFullName_JoinsTheParts() =>
        Assert.Equal("Ana Maria Lopez", CustomerQuery.From(new CandidateRow(1, 2, " ", "Ana", "Maria", "Lopez", string.Empty, string.Empty, string.Empty, string.Empty)).Name);

    private static CandidateRow Row(string name, string dob, string nationality) =>
        new(1, 2, name, string.Empty, string.Empty, string.Empty, string.Empty, dob, string.Empty, nationality);
}
