namespace Vigil.Matching.Scoring;

/// <summary>How a query token was matched to a listed token; shown in explanations.</summary>
public enum TokenMatchKind : byte
{
    /// <summary>Not matched.</summary>
    None = 0,

    /// <summary>Identical after folding.</summary>
    Exact,

    /// <summary>
    /// Listed forms of one given name: one language's form spelt, romanised or shortened otherwise, or the name as English
    /// writes it and any other form (Ted / Theodore, Andrei / Andrey, Peter / Pyotr).
    /// </summary>
    Variant,

    /// <summary>Same phonetic key, spelt differently.</summary>
    Phonetic,

    /// <summary>Spelling differs by a few edits.</summary>
    Fuzzy,

    /// <summary>An initial standing for the word.</summary>
    Initial,

    /// <summary>One token equals two tokens of the other name written together ("ExCle" = "Ex Cle").</summary>
    Compound,

    /// <summary>One token abbreviates the other ("Corp" for "Corporation").</summary>
    Prefix,

    /// <summary>An acronym of the other name ("PLA" for People's Liberation Army).</summary>
    Acronym,

    /// <summary>The same legal form, however spelt.</summary>
    LegalForm,

    /// <summary>
    /// A word read from Arabic or Persian letters and a Latin spelling that writes each of them, with the short vowels
    /// that script leaves out ("abrahym", ابراهيم, and "Ibrahim").
    /// </summary>
    Transliterated,

    /// <summary>A given name and its form in another language ("Hans" / "Ivan", "Giuseppe" / "Joseph").</summary>
    Cognate,
}
