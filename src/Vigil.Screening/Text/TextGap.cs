namespace Vigil.Screening.Text;

/// <summary>What separates a word from the one before it; a name never spans a <see cref="Soft"/> or <see cref="Sentence"/> gap.</summary>
internal enum TextGap : byte
{
    /// <summary>Spaces, a hyphen, one line break, an ampersand: the words may belong to one name.</summary>
    None = 0,

    /// <summary>A comma, quote, bracket, colon, dash or slash: a new phrase starts.</summary>
    Soft = 1,

    /// <summary>The end of a sentence or paragraph, or the start of the text.</summary>
    Sentence = 2,
}
