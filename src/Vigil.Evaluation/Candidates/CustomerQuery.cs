using Vigil.Evaluation.Data;
using Vigil.Matching.Screening;
using Vigil.Model;
using Vigil.Text.Countries;

namespace Vigil.Evaluation.Candidates;

/// <summary>
/// Builds the query a customer record would send: the person's name, date of birth (year or full) and nationality,
/// where given. Gender and place of birth are left out, as most screening integrations send neither.
/// </summary>
public static class CustomerQuery
{
    /// <summary>The query for one fixture row.</summary>
    public static ScreeningQuery From(CandidateRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var name = string.IsNullOrWhiteSpace(row.FullName)
            ? string.Join(' ', new[] { row.FirstName, row.MiddleName, row.LastName }.Where(p => !string.IsNullOrWhiteSpace(p)))
            : row.FullName;
        var country = CountryCodes.CodeOf(row.Nationality);
        return new ScreeningQuery
        {
            Name = name,
            Schema = Schema.Person,
            BirthDate = LenientDate.Parse(row.DateOfBirth),
            Countries = country is null ? [] : [country],
        };
    }
}
