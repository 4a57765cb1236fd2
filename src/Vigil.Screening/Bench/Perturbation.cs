namespace Vigil.Screening.Bench;

/// <summary>How a synthetic customer name was derived from a listed name.</summary>
public enum Perturbation
{
    /// <summary>Not derived from a listed name: a generic synthetic customer.</summary>
    None = 0,

    /// <summary>One letter substituted, inserted, deleted or two letters swapped in one word.</summary>
    Typo,

    /// <summary>One word of three or more left out.</summary>
    DroppedToken,

    /// <summary>Words in another order (family name first, or last).</summary>
    ReorderedTokens,

    /// <summary>
    /// Accents and other diacritics removed where the listed name has them, or added (one letter) where it has none:
    /// lists mostly print plain capitals, while customer data keeps "Nicolás".
    /// </summary>
    AccentsChanged,

    /// <summary>An organisation's legal form replaced, dropped or added.</summary>
    LegalFormChanged,

    /// <summary>Another romanisation of the same name (kh/h, ou/u, Mohammed/Muhammad, ...).</summary>
    Transliterated,
}
