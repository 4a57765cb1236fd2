namespace Vigil.Server.Options;

/// <summary>Where the server reads its lists (section <c>Vigil:Lists</c>).</summary>
internal sealed class ListsOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Vigil:Lists";

    /// <summary>
    /// Folder holding list folders, as <c>--data-dir</c> of the CLI. Default null: <c>VIGIL_DATA_DIR</c>, else the
    /// lists bundled with Vigil.
    /// </summary>
    public string? DataDirectory { get; set; }
}
