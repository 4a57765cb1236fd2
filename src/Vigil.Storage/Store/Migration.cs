namespace Vigil.Storage.Store;

/// <summary>One step of the store schema, written once per backend; versions are shared by both backends.</summary>
/// <param name="Version">Schema version this step brings the store to, from 1 up without gaps.</param>
/// <param name="Description">What the step does, recorded in the migrations table.</param>
/// <param name="Sql">The statements, separated by semicolons.</param>
internal sealed record Migration(int Version, string Description, string Sql);
