using System.Collections.Frozen;

namespace Vigil.Text.Names;

/// <summary>The reference word lists that shape how much a name token counts: stopwords and generic organisation words.</summary>
public static class WordLists
{
    private static readonly Lazy<FrozenSet<string>> StopwordSet = new(() => ReferenceData.ReadWordSet("Names/stopwords.tsv"));
    private static readonly Lazy<FrozenSet<string>> GenericSet = new(() => ReferenceData.ReadWordSet("Names/generic_words.tsv"));
    private static readonly Lazy<FrozenSet<string>> PlaceSet = new(() => ReferenceData.ReadWordSet("Names/place_words.tsv"));
    private static readonly Lazy<FrozenSet<string>> BodySet = new(() => ReferenceData.ReadWordSet("Names/body_words.tsv"));
    private static readonly Lazy<FrozenSet<string>> GenerationSet = new(() => ReferenceData.ReadWordSet("Names/generations.tsv"));
    private static readonly Lazy<FrozenSet<string>> TitleSet = new(() => ReferenceData.ReadWordSet("Names/titles.tsv"));
    private static readonly Lazy<FrozenSet<string>> PersonHonorificSet = new(() => ReferenceData.ReadWordSet("Names/person_honorifics.tsv"));

    /// <summary>Loads the tables now (<see cref="ReferenceTables.Load"/>).</summary>
    internal static void LoadNow()
    {
        _ = StopwordSet.Value;
        _ = GenericSet.Value;
        _ = PlaceSet.Value;
        _ = BodySet.Value;
        _ = GenerationSet.Value;
        _ = TitleSet.Value;
        _ = PersonHonorificSet.Value;
    }

    /// <summary>Articles, particles and honorifics (folded form) that carry no identity.</summary>
    public static FrozenSet<string> Stopwords => StopwordSet.Value;

    /// <summary>Words common to countless organisation names (folded form).</summary>
    public static FrozenSet<string> GenericWords => GenericSet.Value;

    /// <summary>True for a stopword.</summary>
    public static bool IsStopword(string token) => StopwordSet.Value.Contains(token);

    /// <summary>True for a word that tells a generation apart in a person's name ("jr", "senior", "iii").</summary>
    public static bool IsGeneration(string token) => GenerationSet.Value.Contains(token);

    /// <summary>True for a title or form of address that may open a person's name ("sr", "ing", "capt").</summary>
    public static bool IsTitle(string token) => TitleSet.Value.Contains(token);

    /// <summary>True for an honorific given to a person only ("mr", "frau", "sheikh"), in folded form.</summary>
    public static bool IsPersonHonorific(ReadOnlySpan<char> token) =>
        PersonHonorificSet.Value.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token);

    /// <summary>True for a generic organisation word.</summary>
    public static bool IsGeneric(string token) => GenericSet.Value.Contains(token);

    /// <summary>True for a place that says where a company trades ("dubai", "hongkong", "europe"), in folded form.</summary>
    public static bool IsPlace(string token) => PlaceSet.Value.Contains(token);

    /// <summary>True for a generic word that says what kind of body an organisation is ("association", "movement"), in folded form.</summary>
    public static bool IsBody(string token) => BodySet.Value.Contains(token);

    /// <summary>
    /// The place that folded words i and i + 1 write apart ("hong" "kong" is "hongkong"), or null. Only the pair is the
    /// place: "hong" and "kong" alone are also syllables of Chinese and Korean names.
    /// </summary>
    public static string? PlaceInTwoWords(ReadOnlySpan<string> tokens, int i) =>
        i + 1 < tokens.Length && tokens[i] == "hong" && tokens[i + 1] == "kong" ? "hongkong" : null;
}
