namespace Vigil.Screening.Text;

/// <summary>How a stretch of text was tied to a listed entity.</summary>
public enum MentionKind
{
    /// <summary>The stretch names the entity: two or more of its words, scored by the matcher.</summary>
    Name = 0,

    /// <summary>One word of a name the text gave in full elsewhere ("Maduro" after "Nicolás Maduro").</summary>
    LaterMention = 1,

    /// <summary>The entity's whole listed name is one rare word, found by itself (and, for ships and aircraft, in context).</summary>
    OneWordName = 2,

    /// <summary>
    /// An identifier listed for the entity, written in the text: a digital currency address, a SWIFT/BIC code or an
    /// aircraft registration mark, which names its holder alone.
    /// </summary>
    Identifier = 3,
}
