using System.Collections.Immutable;

namespace Vigil.Sources.Ofac.Csv;

/// <summary>One record of an OFAC CSV file.</summary>
/// <param name="Line">1-based line on which the record starts.</param>
/// <param name="Fields">The fields, unquoted; OFAC's "-0-" null and empty unquoted fields are null.</param>
/// <param name="Text">The record exactly as written, without its line break; kept as the entity's raw source.</param>
internal readonly record struct OfacCsvRow(int Line, ImmutableArray<string?> Fields, string Text);
