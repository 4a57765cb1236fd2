using System.Collections.Immutable;

namespace Vigil.Sources.Ofac.Xml;

/// <summary>A whole sdn.xml (or consolidated.xml) publication.</summary>
/// <param name="PublishDate">publshInformation/Publish_Date as written (MM/dd/yyyy).</param>
/// <param name="RecordCount">publshInformation/Record_Count, when present and numeric.</param>
/// <param name="Entries">Every sdnEntry, in file order.</param>
internal sealed record OfacXmlDocument(string? PublishDate, int? RecordCount, ImmutableArray<OfacXmlEntry> Entries);
