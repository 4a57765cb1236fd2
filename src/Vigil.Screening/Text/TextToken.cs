namespace Vigil.Screening.Text;

/// <summary>One word of the screened text: where it stands in the original, its folded form, how it is written.</summary>
/// <param name="Start">Offset of the first character in the original text.</param>
/// <param name="End">Offset just past the last character (a possessive "'s" is left outside).</param>
/// <param name="Folded">Lower-case, accent-free Latin form, as list names are folded.</param>
/// <param name="Shape">Capitalisation.</param>
/// <param name="Gap">What separates the word from the previous one.</param>
/// <param name="Cyrillic">Written in Cyrillic letters: words of a Russian text fold to Latin spellings that may be
/// names elsewhere, so their vocabulary applies to Cyrillic words only.</param>
/// <param name="Arabic">Written in Arabic letters: the same for the Arabic vocabulary ("fy", في, is no Latin word).</param>
/// <param name="Written">For a word in Arabic letters, its <see cref="Vigil.Text.Names.ArabicScriptNames.WrittenForm"/>:
/// the Arabic vocabulary is looked up as written, since words unlike in Arabic fold alike (على, "on", and علي, Ali).</param>
internal readonly record struct TextToken(int Start, int End, string Folded, TokenShape Shape, TextGap Gap, bool Cyrillic = false, bool Arabic = false, string? Written = null)
{
    /// <summary>True for a word written like a name: capitalised, all capitals or in a script without case.</summary>
    public bool LooksLikeName => Shape is TokenShape.Capitalised or TokenShape.AllCaps or TokenShape.Uncased;
}
