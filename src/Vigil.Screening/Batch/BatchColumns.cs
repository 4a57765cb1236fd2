using System.Collections.Frozen;
using Vigil.Model;
using Vigil.Screening.Input;

namespace Vigil.Screening.Batch;

/// <summary>
/// The input columns batch screening understands, by name folded to lower-case letters and digits ("Date of Birth",
/// "date_of_birth", "DateOfBirth" and "DATE-OF-BIRTH" are one column), with the aliases customer exports commonly
/// use. A column of another name is ignored, and the CLI says which were.
/// </summary>
internal static class BatchColumns
{
    /// <summary>What a header must name: the name to screen, or the parts of a person's name.</summary>
    public const string NameColumns = "'name' (or 'full_name', 'customer_name', 'company_name'), or 'first_name' / 'last_name'";

    private static readonly FrozenDictionary<string, BatchColumn> Columns = new Dictionary<string, BatchColumn>(StringComparer.Ordinal)
    {
        ["id"] = BatchColumn.Id,
        ["customerid"] = BatchColumn.Id,
        ["clientid"] = BatchColumn.Id,
        ["partyid"] = BatchColumn.Id,
        ["customernumber"] = BatchColumn.Id,
        ["name"] = BatchColumn.Name,
        ["fullname"] = BatchColumn.Name,
        ["customername"] = BatchColumn.Name,
        ["clientname"] = BatchColumn.Name,
        ["partyname"] = BatchColumn.Name,
        ["accountname"] = BatchColumn.Name,
        ["legalname"] = BatchColumn.Name,
        ["companyname"] = BatchColumn.Name,
        ["entityname"] = BatchColumn.Name,
        ["firstname"] = BatchColumn.GivenName,
        ["givenname"] = BatchColumn.GivenName,
        ["givennames"] = BatchColumn.GivenName,
        ["forename"] = BatchColumn.GivenName,
        ["forenames"] = BatchColumn.GivenName,
        ["middlename"] = BatchColumn.MiddleName,
        ["middlenames"] = BatchColumn.MiddleName,
        ["lastname"] = BatchColumn.Surname,
        ["surname"] = BatchColumn.Surname,
        ["familyname"] = BatchColumn.Surname,
        ["type"] = BatchColumn.Type,
        ["schema"] = BatchColumn.Type,
        ["entitytype"] = BatchColumn.Type,
        ["customertype"] = BatchColumn.Type,
        ["partytype"] = BatchColumn.Type,
        ["dob"] = BatchColumn.BirthDate,
        ["birthdate"] = BatchColumn.BirthDate,
        ["dateofbirth"] = BatchColumn.BirthDate,
        ["gender"] = BatchColumn.Gender,
        ["sex"] = BatchColumn.Gender,
        ["country"] = BatchColumn.Country,
        ["countries"] = BatchColumn.Country,
        ["countrycode"] = BatchColumn.Country,
        ["nationality"] = BatchColumn.Country,
        ["citizenship"] = BatchColumn.Country,
        ["countryofresidence"] = BatchColumn.Country,
        ["residencecountry"] = BatchColumn.Country,
        ["idnumber"] = BatchColumn.DocumentNumber,
        ["idno"] = BatchColumn.DocumentNumber,
        ["documentnumber"] = BatchColumn.DocumentNumber,
        ["documentno"] = BatchColumn.DocumentNumber,
        ["identificationnumber"] = BatchColumn.DocumentNumber,
        ["idtype"] = BatchColumn.DocumentType,
        ["documenttype"] = BatchColumn.DocumentType,
        ["identificationtype"] = BatchColumn.DocumentType,
        ["idcountry"] = BatchColumn.IssuingCountry,
        ["idissuingcountry"] = BatchColumn.IssuingCountry,
        ["issuingcountry"] = BatchColumn.IssuingCountry,
        ["countryofissue"] = BatchColumn.IssuingCountry,
        ["documentcountry"] = BatchColumn.IssuingCountry,
        ["passportcountry"] = BatchColumn.IssuingCountry,
        ["passportissuingcountry"] = BatchColumn.IssuingCountry,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>What a column of this name holds, and for an identifier column which identifier (else the default).</summary>
    public static BatchColumn Classify(string header, out IdentifierType identifier)
    {
        var key = FoldedWord.Of(header);
        identifier = default;
        if (Columns.TryGetValue(key, out var column))
        {
            return column;
        }

        return IdentifierTypes.TryParse(key, out identifier) ? BatchColumn.Identifier : BatchColumn.Ignored;
    }

    /// <summary>True for a column that can give a row its name: the whole name or a given name or surname.</summary>
    public static bool Names(BatchColumn column) => column is BatchColumn.Name or BatchColumn.GivenName or BatchColumn.Surname;
}
