namespace Vigil.Screening.Text;

/// <summary>Every tunable of free-text screening, with its default and the reason for it.</summary>
public sealed record TextScreeningOptions
{
    /// <summary>
    /// Score at or above which a mention is reported; null (the default) takes the screener's match threshold, so a
    /// name found in text must score as a typed name would.
    /// </summary>
    public double? Threshold { get; init; }

    /// <summary>
    /// Most name words (particles and legal forms not counted) in one mention (default 6): longer listed names exist,
    /// but six words always identify, and a longer window only lets separate names run together.
    /// </summary>
    public int MaxMentionWords { get; init; } = 6;

    /// <summary>
    /// Listed entities scored by the matcher per candidate span (default 3): the gazetteer ranks them by how many of
    /// their words the span covers, and the right one is first or second in every case we have seen.
    /// </summary>
    public int CandidatesPerSpan { get; init; } = 3;

    /// <summary>
    /// Shortest word looked up with one edit (default 5). Shorter words match exactly: one edit in a four-letter word
    /// ("Juan"/"Joan") is a different name as often as a typo.
    /// </summary>
    public int MinFuzzyLength { get; init; } = 5;

    /// <summary>
    /// Most listed names a word may appear in for it to count as a one-word name by itself (default 25). In the bundled
    /// lists "Hizballah" is in 13 names and "Rosneft" in 7, so both are found alone; "Hassan" (250) is no name at all,
    /// nor "Star" (64), though a listed company's whole name. A word in more names still counts when it is coined, no
    /// English word and all but in organisations' names: "Gazprom" (64, the group's companies), "Qaida" (32), "ISIS"
    /// (36). Persons never match on one word. (A stretch the gate passes whose one word is an organisation's whole
    /// name, "PJSC Sberbank", is scored against it whatever this says.)
    /// </summary>
    public int RareNameFrequency { get; init; } = 25;

    /// <summary>Words before (and, less one, after) a vessel or aircraft name searched for "tanker", "M/V", "buque" (default 3).</summary>
    public int ContextWindow { get; init; } = 3;

    /// <summary>The defaults.</summary>
    public static TextScreeningOptions Default { get; } = new();

    /// <summary>Throws when an option is out of range, so hosts fail at start.</summary>
    public void Validate()
    {
        if (Threshold is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Threshold), Threshold, "Threshold must be within 0..1.");
        }

        if (MaxMentionWords is < 1 or > Gazetteer.MaxNameWords)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxMentionWords), MaxMentionWords, $"A mention holds 1..{Gazetteer.MaxNameWords} words.");
        }

        if (CandidatesPerSpan < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(CandidatesPerSpan), CandidatesPerSpan, "At least one candidate must be scored.");
        }

        if (MinFuzzyLength < 3)
        {
            throw new ArgumentOutOfRangeException(nameof(MinFuzzyLength), MinFuzzyLength, "Words under 3 letters cannot be looked up with an edit.");
        }

        if (RareNameFrequency < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(RareNameFrequency), RareNameFrequency, "Frequency cannot be negative.");
        }

        if (ContextWindow < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(ContextWindow), ContextWindow, "The context window holds at least one word.");
        }
    }
}
