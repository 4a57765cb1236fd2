namespace Vigil.Screening.Input;

/// <summary>
/// Which comes first in a numeric date written with the year last, such as 03/04/1962: the text alone cannot tell
/// 3 April from March 4, but a customer file is written one way throughout, and its owner knows which.
/// </summary>
public enum DateOrder
{
    /// <summary>Not known: such a date is read whole only when one reading is impossible (23/11/1962).</summary>
    Unknown,

    /// <summary>Day, month, year (most of the world: 23/11/1962).</summary>
    DayFirst,

    /// <summary>Month, day, year (the United States: 11/23/1962).</summary>
    MonthFirst,
}
