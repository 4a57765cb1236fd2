using System.Collections.Immutable;
using Vigil.Model;

namespace Vigil.Matching.Names;

/// <summary>
/// A name normalised once, at index or query time: folded tokens, their kinds, weights and phonetic keys.
/// Scoring reads these arrays and never normalises again.
/// </summary>
public sealed class PreparedName
{
    internal PreparedName(string display, Schema schema, NameKind kind, string[] tokens, TokenKind[] kinds, float[] weights, string[] keys, string acronym)
    {
        Display = display;
        Schema = schema;
        Kind = kind;
        Tokens = tokens;
        Kinds = kinds;
        Weights = weights;
        Keys = keys;
        Acronym = acronym;
        Roles = new TokenRoles[tokens.Length];
        for (var i = 0; i < kinds.Length; i++)
        {
            if (IsContent(kinds[i]))
            {
                ContentCount++;
                ContentWeight += weights[i];
                HasSpecific |= kinds[i] is TokenKind.Word or TokenKind.Number;
            }
        }
    }

    /// <summary>
    /// The name holds a word or number of its own, beyond generic words, initials and legal forms: without one
    /// ("INTERNATIONAL TANKER LIMITED", "L D S COMPUTER SYSTEMS TRADING LLC") its generic words are its identity.
    /// </summary>
    internal bool HasSpecific { get; }

    /// <summary>The name as published or typed.</summary>
    public string Display { get; }

    /// <summary>The schema the name belongs to (Person names allow initials).</summary>
    public Schema Schema { get; }

    /// <summary>Primary name, alias, ...</summary>
    public NameKind Kind { get; }

    /// <summary>Folded tokens; a legal form phrase is one token "~code".</summary>
    internal string[] Tokens { get; }

    /// <summary>Kind of each token.</summary>
    internal TokenKind[] Kinds { get; }

    /// <summary>Weight of each token.</summary>
    internal float[] Weights { get; }

    /// <summary>Phonetic key of each token (empty for legal forms and numbers).</summary>
    internal string[] Keys { get; }

    /// <summary>Per token, the legal-form code ("~llc") of a written-out legal form word that was not peeled, else null; null when none.</summary>
    internal string?[]? LegalCodes { get; init; }

    /// <summary>One bit per group of legal forms the name carries (see <c>LegalFormTable.GroupOf</c>); 0 when none.</summary>
    internal ulong LegalGroups { get; init; }

    /// <summary>The same, of the forms that name a kind of company (not "Co.": <c>LegalFormTable.IsKindless</c>).</summary>
    internal ulong KindedLegalGroups { get; init; }

    /// <summary>Per token, the given-name variant classes it belongs to (empty when none), looked up once at preparation.</summary>
    internal int[][] VariantClasses { get; init; } = [];

    /// <summary>
    /// True for a name written in Chinese characters or Korean Hangul only: each token romanises fixed characters.
    /// Romanising a character is deterministic, so two such tokens spelt differently stand for different characters
    /// (习近平 / 习近朋, 김정은 / 김종은), never a typo: between two such names tokens only ever match exactly.
    /// </summary>
    internal bool IsSyllabic { get; init; }

    /// <summary>
    /// True for a name written in Arabic, Hebrew, Syriac or Thaana letters, which leave short vowels unwritten: its
    /// romanised words may be bare consonants ("mhmd"), where a word of a Latin name without vowels is an acronym.
    /// </summary>
    internal bool WithoutShortVowels { get; init; }

    /// <summary>
    /// True when the name's one identifying word is written with small letters ("Bio", "Kim"): a word, never the
    /// initials of a longer name, which are written in capitals ("PLA", "IRISL").
    /// </summary>
    internal bool SoleWordInSmallLetters { get; init; }

    /// <summary>Per token, its roles within the name (ancestor's name, repeated), found once at preparation.</summary>
    internal TokenRoles[] Roles { get; init; }

    /// <summary>
    /// Initials of the content tokens ("PLA" for People's Liberation Army), for acronym matches; empty for a person,
    /// or when there are fewer than <see cref="NamePreparer.MinAcronymLength"/>.
    /// </summary>
    internal string Acronym { get; }

    /// <summary>The packed phonetic keys of its tokens and joined windows (<c>Scoring.SoundCodes</c>), once made.</summary>
    internal ulong[]? SoundCodes { get; set; }

    /// <summary>Number of tokens that identify (words, numbers, generic words, initials).</summary>
    internal int ContentCount { get; }

    /// <summary>Sum of the weights of identifying tokens.</summary>
    internal float ContentWeight { get; }

    /// <summary>True when at least one token identifies the party (not only stopwords or legal forms).</summary>
    public bool HasIdentifyingTokens => ContentCount > 0;

    /// <summary>The folded tokens, for explanations and tests.</summary>
    public ImmutableArray<string> FoldedTokens => [.. Tokens];

    /// <summary>True when a token of this kind identifies the party (legal forms and stopwords do not).</summary>
    internal static bool IsContent(TokenKind kind) => kind is not (TokenKind.Stopword or TokenKind.LegalForm);

    /// <summary>Position of the first identifying token, or -1 when there is none.</summary>
    internal int FirstContent()
    {
        for (var i = 0; i < Kinds.Length; i++)
        {
            if (IsContent(Kinds[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <inheritdoc />
    public override string ToString() => string.Join(' ', Tokens);
}
