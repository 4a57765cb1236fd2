namespace Vigil.Screening.Text;

/// <summary>How a word of running text is written, which decides whether it can be part of a name.</summary>
internal enum TokenShape : byte
{
    /// <summary>Starts with a lower-case letter ("said", "de", "iPhone").</summary>
    Lower = 0,

    /// <summary>Starts with a capital ("Maduro", "McDonald").</summary>
    Capitalised = 1,

    /// <summary>Every letter a capital, at least two of them ("EXCLE", "OFAC").</summary>
    AllCaps = 2,

    /// <summary>Letters of a script without case (Arabic, Chinese): treated like a capitalised word.</summary>
    Uncased = 3,

    /// <summary>Digits only.</summary>
    Number = 4,
}
