namespace Vigil.Screening.Batch;

/// <summary>The output record's fields, shared by the CSV header and the JSON property names.</summary>
internal static class BatchOutputColumns
{
    public static readonly string[] Csv =
        ["input_id", "input_name", "entity_id", "entity_name", "matched_name", "schema", "score", "match", "programs", "explanation"];

    public static readonly string[] Json =
        ["inputId", "inputName", "entityId", "entityName", "matchedName", "schema", "score", "match", "programs", "explanation"];
}
