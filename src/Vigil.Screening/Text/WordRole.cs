namespace Vigil.Screening.Text;

/// <summary>What a word of <c>non_name_words.tsv</c> does in text screening.</summary>
[Flags]
internal enum WordRole : byte
{
    /// <summary>An ordinary word.</summary>
    None = 0,

    /// <summary>Ends a run of capitalised words and never forms a mention (function words, months, weekdays, titles).</summary>
    Break = 1,

    /// <summary>May stand inside a name, but a mention made only of such words is not reported.</summary>
    Common = 2,

    /// <summary>Says that a ship's name is near ("tanker", "M/V", "buque").</summary>
    VesselContext = 4,

    /// <summary>Says that an aircraft's registration or name is near.</summary>
    AircraftContext = 8,

    /// <summary>A function word ("the", "un"): capitalised right after a name word it continues the name ("Kim Jong Un").</summary>
    Function = 16,
}
