namespace Vigil.Screening.Batch;

/// <summary>One CSV record: its fields, the line it starts on, and what is wrong with it if anything.</summary>
/// <param name="Line">The physical line the record starts on (1-based).</param>
/// <param name="Fields">The unquoted field values.</param>
/// <param name="Error">Why the record is malformed, or null.</param>
internal readonly record struct CsvRecord(long Line, string[] Fields, string? Error);
