namespace Vigil.Model;

/// <summary>What kind of party a listed entity is.</summary>
public enum Schema
{
    /// <summary>A party whose kind the source does not state (OFAC's "-0-" entity rows are organisations; this is for truly unknown).</summary>
    LegalEntity = 0,

    /// <summary>A natural person.</summary>
    Person = 1,

    /// <summary>A company, government body, group or other organisation.</summary>
    Organization = 2,

    /// <summary>A ship.</summary>
    Vessel = 3,

    /// <summary>An aircraft.</summary>
    Aircraft = 4,
}
