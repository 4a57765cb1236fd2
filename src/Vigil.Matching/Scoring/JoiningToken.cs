using Vigil.Matching.Names;

namespace Vigil.Matching.Scoring;

/// <summary>
/// A token that may be the compound of another name's adjacent tokens, as <see cref="Alignment.WindowSimilarity(in JoiningToken, PreparedName, int, int, Span{char}, Span{char})"/>
/// measures it: its text and phonetic key, whether its name is a person's, and whether its name was read from a
/// script that writes no short vowels. Taken from a name, or from a listed token's entry in a <c>NameTable</c>.
/// </summary>
internal readonly ref struct JoiningToken(ReadOnlySpan<char> text, ReadOnlySpan<char> key, bool person, bool vowelsUnwritten)
{
    public ReadOnlySpan<char> Text { get; } = text;

    public ReadOnlySpan<char> Key { get; } = key;

    public bool Person { get; } = person;

    public bool VowelsUnwritten { get; } = vowelsUnwritten;

    /// <summary>Token i of a name.</summary>
    public static JoiningToken Of(PreparedName name, int i) =>
        new(name.Tokens[i], name.Keys[i], name.Schema == Model.Schema.Person, name.WithoutShortVowels);
}
