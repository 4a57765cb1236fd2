using Vigil.Model;

namespace Vigil.Screening.Batch;

/// <summary>
/// The raw text of one input row's known columns, before validation; reused row after row by a reader. Both readers
/// fill it through <see cref="Add"/>, so a CSV column and a JSON property of the same name mean the same thing, and
/// <see cref="BatchRowParser"/> validates it whatever the input format.
/// </summary>
internal sealed class BatchFields
{
    public string? Id { get; private set; }

    public string? Name { get; private set; }

    public string? GivenName { get; private set; }

    public string? MiddleName { get; private set; }

    public string? Surname { get; private set; }

    public string? Type { get; private set; }

    public string? BirthDate { get; private set; }

    public string? Gender { get; private set; }

    public string? DocumentNumber { get; private set; }

    public string? DocumentType { get; private set; }

    public string? IssuingCountry { get; private set; }

    public List<string> Countries { get; } = [];

    public List<(IdentifierType Type, string Value)> Identifiers { get; } = [];

    /// <summary>
    /// Takes one column's value. The first of a repeated single-value column wins (a customer export with two
    /// <c>name</c> columns screens the first); countries and identifiers add up; blank ones are no value.
    /// </summary>
    /// <param name="column">What the column holds.</param>
    /// <param name="identifier">Which identifier, for an <see cref="BatchColumn.Identifier"/> column.</param>
    /// <param name="value">The column's text as read.</param>
    public void Add(BatchColumn column, IdentifierType identifier, string value)
    {
        switch (column)
        {
            case BatchColumn.Id:
                Id ??= value;
                break;
            case BatchColumn.Name:
                Name ??= value;
                break;
            case BatchColumn.GivenName:
                GivenName ??= value;
                break;
            case BatchColumn.MiddleName:
                MiddleName ??= value;
                break;
            case BatchColumn.Surname:
                Surname ??= value;
                break;
            case BatchColumn.Type:
                Type ??= value;
                break;
            case BatchColumn.BirthDate:
                BirthDate ??= value;
                break;
            case BatchColumn.Gender:
                Gender ??= value;
                break;
            case BatchColumn.DocumentNumber:
                DocumentNumber ??= value;
                break;
            case BatchColumn.DocumentType:
                DocumentType ??= value;
                break;
            case BatchColumn.IssuingCountry:
                IssuingCountry ??= value;
                break;
            case BatchColumn.Country when !string.IsNullOrWhiteSpace(value):
                Countries.Add(value);
                break;
            case BatchColumn.Identifier when !string.IsNullOrWhiteSpace(value):
                Identifiers.Add((identifier, value));
                break;
        }
    }

    /// <summary>The name's parts in reading order (given, middle, surname), or empty when the row gives none.</summary>
    public string NameFromParts()
    {
        string?[] parts = [GivenName?.Trim(), MiddleName?.Trim(), Surname?.Trim()];
        return string.Join(' ', parts.Where(p => !string.IsNullOrEmpty(p)));
    }

    public void Clear()
    {
        Id = Name = GivenName = MiddleName = Surname = Type = BirthDate = Gender = DocumentNumber = DocumentType = IssuingCountry = null;
        Countries.Clear();
        Identifiers.Clear();
    }
}
