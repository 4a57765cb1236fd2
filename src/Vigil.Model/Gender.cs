namespace Vigil.Model;

/// <summary>Gender as published by the list.</summary>
public enum Gender
{
    /// <summary>Not stated.</summary>
    Unknown = 0,

    /// <summary>Male.</summary>
    Male = 1,

    /// <summary>Female.</summary>
    Female = 2,
}
