namespace Vigil.Screening.Text;

/// <summary>What a word can be in a name found in text.</summary>
internal enum TokenRole : byte
{
    /// <summary>Not part of any name: a lower-case word, a number, a title, a month, a function word.</summary>
    Break = 0,

    /// <summary>A lower-case particle that may join a name's parts ("de", "del", "bin", "of").</summary>
    Connector = 1,

    /// <summary>A word written like a name.</summary>
    Name = 2,
}
