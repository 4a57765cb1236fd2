namespace Vigil.Model;

/// <summary>How much of a <see cref="PartialDate"/> is known.</summary>
public enum DatePrecision
{
    /// <summary>Only the year.</summary>
    Year = 0,

    /// <summary>Year and month.</summary>
    Month = 1,

    /// <summary>Year, month and day.</summary>
    Day = 2,
}
