using System.Collections.Immutable;
using Vigil.Model;
using Vigil.Sources.Ofac.Remarks;

namespace Vigil.Sources.Ofac.Mapping;

/// <summary>
/// One listing gathered from either format (CSV rows or an sdn.xml entry) before links between listings are
/// resolved; <see cref="OfacEntityBuilder"/> turns a whole list of drafts into entities.
/// </summary>
internal sealed record OfacEntityDraft
{
    /// <summary>ent_num / uid.</summary>
    public required string SourceId { get; init; }

    /// <summary>Person, organisation, vessel or aircraft.</summary>
    public required Schema Schema { get; init; }

    /// <summary>The listed name.</summary>
    public required EntityName Primary { get; init; }

    /// <summary>Names from alt.csv or the XML akaList.</summary>
    public ImmutableArray<EntityName> Aliases { get; init; } = [];

    /// <summary>Program tags.</summary>
    public ImmutableArray<string> Programs { get; init; } = [];

    /// <summary>Titles.</summary>
    public ImmutableArray<string> Titles { get; init; } = [];

    /// <summary>Vessel call sign.</summary>
    public string? CallSign { get; init; }

    /// <summary>Vessel flag as written.</summary>
    public string? VesselFlag { get; init; }

    /// <summary>Vessel owner as written.</summary>
    public string? VesselOwner { get; init; }

    /// <summary>Addresses.</summary>
    public ImmutableArray<Address> Addresses { get; init; } = [];

    /// <summary>Remarks as published (overflow appended).</summary>
    public string? Remarks { get; init; }

    /// <summary>What the remarks (and XML id list) say.</summary>
    public OfacRemarks Parsed { get; init; } = OfacRemarks.Empty;

    /// <summary>The raw record(s).</summary>
    public required string Raw { get; init; }
}
