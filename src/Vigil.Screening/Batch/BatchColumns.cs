using System.Collections.Frozen;
using Vigil.Model;

namespace Vigil.Screening.Batch;

/// <summary>
/// The input columns batch screening understands, by normalised name (trimmed, lower case, spaces and dashes as
/// underscores), with the few aliases customer exports commonly use.
/// </summary>
internal static class BatchColumns
{
    /// <summary>What a header must name: the name to screen, or the parts of a person's name.</summary>
    public const string NameColumns = "'name' (or 'full_name', 'customer_name', 'company_name'), or 'first_name' / 'last_name'";

    private static readonly FrozenDictionary<string, BatchColumn> Columns = new Dictionary<string, BatchColumn>(StringComparer.Ordinal)
    {
        ["id"] = BatchColumn.Id,
        ["customer_id"] = BatchColumn.Id,
        ["name"] = BatchColumn.Name,
        ["full_name"] = BatchColumn.Name,
        ["customer_name"] = BatchColumn.Name,
        ["account_name"] = BatchColumn.Name,
        ["legal_name"] = BatchColumn.Name,
        ["company_name"] = BatchColumn.Name,
        ["first_name"] = BatchColumn.GivenName,
        ["firstname"] = BatchColumn.GivenName,
        ["given_name"] = BatchColumn.GivenName,
        ["given_names"] = BatchColumn.GivenName,
        ["forename"] = BatchColumn.GivenName,
        ["forenames"] = BatchColumn.GivenName,
        ["middle_name"] = BatchColumn.MiddleName,
        ["middlename"] = BatchColumn.MiddleName,
        ["middle_names"] = BatchColumn.MiddleName,
        ["last_name"] = BatchColumn.Surname,
        ["lastname"] = BatchColumn.Surname,
        ["surname"] = BatchColumn.Surname,
        ["family_name"] = BatchColumn.Surname,
        ["type"] = BatchColumn.Type,
        ["schema"] = BatchColumn.Type,
        ["dob"] = BatchColumn.BirthDate,
        ["birth_date"] = BatchColumn.BirthDate,
        ["date_of_birth"] = BatchColumn.BirthDate,
        ["gender"] = BatchColumn.Gender,
        ["sex"] = BatchColumn.Gender,
        ["country"] = BatchColumn.Country,
        ["countries"] = BatchColumn.Country,
        ["nationality"] = BatchColumn.Country,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, IdentifierType> Identifiers = new Dictionary<string, IdentifierType>(StringComparer.Ordinal)
    {
        ["passport"] = IdentifierType.Passport,
        ["national_id"] = IdentifierType.NationalId,
        ["cedula"] = IdentifierType.Cedula,
        ["tax_id"] = IdentifierType.TaxId,
        ["registration"] = IdentifierType.Registration,
        ["registration_number"] = IdentifierType.Registration,
        ["imo"] = IdentifierType.Imo,
        ["mmsi"] = IdentifierType.Mmsi,
        ["bic"] = IdentifierType.SwiftBic,
        ["swift"] = IdentifierType.SwiftBic,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>What a column of this name holds, and for an identifier column which identifier (else the default).</summary>
    public static BatchColumn Classify(string header, out IdentifierType identifier)
    {
        var key = Normalise(header);
        identifier = default;
        if (Columns.TryGetValue(key, out var column))
        {
            return column;
        }

        return Identifiers.TryGetValue(key, out identifier) ? BatchColumn.Identifier : BatchColumn.Ignored;
    }

    /// <summary>True for a column that can give a row its name: the whole name or a given name or surname.</summary>
    public static bool Names(BatchColumn column) => column is BatchColumn.Name or BatchColumn.GivenName or BatchColumn.Surname;

    private static string Normalise(string header)
    {
        // A BOM that survived decoding (a file read as Latin-1, say) must not hide the first column.
        var trimmed = header.Trim().TrimStart('\uFEFF').Trim();
        return string.Create(trimmed.Length, trimmed, static (span, text) =>
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                span[i] = c is ' ' or '-' ? '_' : char.ToLowerInvariant(c);
            }
        });
    }
}
