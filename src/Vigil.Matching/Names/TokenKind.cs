namespace Vigil.Matching.Names;

/// <summary>What a name token is, which decides how much it counts.</summary>
public enum TokenKind : byte
{
    /// <summary>An ordinary name word.</summary>
    Word = 0,

    /// <summary>An article, particle or honorific ("the", "al", "de").</summary>
    Stopword = 1,

    /// <summary>A legal form, replaced by its code ("~jsc").</summary>
    LegalForm = 2,

    /// <summary>A word common to many organisation names ("trading", "group").</summary>
    Generic = 3,

    /// <summary>A number, which must match exactly.</summary>
    Number = 4,

    /// <summary>A single letter, likely an initial.</summary>
    Initial = 5,
}
