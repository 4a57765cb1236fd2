using Vigil.Model;

namespace Vigil.Screening.Batch;

/// <summary>The raw text of one input row's known columns, before validation; reused row after row by a reader.</summary>
internal sealed class BatchFields
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Type { get; set; }

    public string? BirthDate { get; set; }

    public List<string> Countries { get; } = [];

    public List<(IdentifierType Type, string Value)> Identifiers { get; } = [];

    public void Clear()
    {
        Id = Name = Type = BirthDate = null;
        Countries.Clear();
        Identifiers.Clear();
    }
}
