namespace Vigil.Screening.Batch;

/// <summary>What an input column (CSV header or JSON property) holds.</summary>
internal enum BatchColumn
{
    /// <summary>A column batch screening does not use; customer files carry many.</summary>
    Ignored = 0,

    /// <summary>The row's own id.</summary>
    Id,

    /// <summary>The name to screen (required, unless the row gives its parts).</summary>
    Name,

    /// <summary>A person's given name(s), screened with the other parts when the row has no whole name.</summary>
    GivenName,

    /// <summary>A person's middle name(s) or initial.</summary>
    MiddleName,

    /// <summary>A person's surname(s).</summary>
    Surname,

    /// <summary>person, organization, vessel or aircraft.</summary>
    Type,

    /// <summary>Date of birth or incorporation, in any form <see cref="Input.CustomerDates"/> reads.</summary>
    BirthDate,

    /// <summary>A person's gender: male, female, m, f.</summary>
    Gender,

    /// <summary>Countries, ISO codes or names, separated by ';' or '|'.</summary>
    Country,

    /// <summary>An identifier column; <see cref="BatchColumns.Classify"/> says which.</summary>
    Identifier,

    /// <summary>A document number whose kind another column gives ("id_number" beside "id_type"), as KYC exports write it.</summary>
    DocumentNumber,

    /// <summary>The kind of the row's document number: passport, national id, ...; another word makes it untyped.</summary>
    DocumentType,

    /// <summary>The country that issued the row's documents (passport, national id, tax id, registration).</summary>
    IssuingCountry,
}
