namespace Vigil.Screening.Batch;

/// <summary>What an input column (CSV header or JSON property) holds.</summary>
internal enum BatchColumn
{
    /// <summary>A column batch screening does not use; customer files carry many.</summary>
    Ignored = 0,

    /// <summary>The row's own id.</summary>
    Id,

    /// <summary>The name to screen (required).</summary>
    Name,

    /// <summary>person, organization, vessel or aircraft.</summary>
    Type,

    /// <summary>Date of birth or incorporation: YYYY, YYYY-MM or YYYY-MM-DD.</summary>
    BirthDate,

    /// <summary>Countries, ISO codes or names, separated by ';' or '|'.</summary>
    Country,

    /// <summary>An identifier column; <see cref="BatchColumns.Classify"/> says which.</summary>
    Identifier,
}
