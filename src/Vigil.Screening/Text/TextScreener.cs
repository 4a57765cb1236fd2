using Vigil.Matching.Screening;
using Vigil.Screening.Identifiers;

namespace Vigil.Screening.Text;

/// <summary>
/// Finds mentions of listed persons, organisations, vessels and aircraft in English, Spanish, German, French, Russian and
/// Ukrainian free text (news, remittance information, case notes) and names of sanctioned jurisdictions. Built once over a
/// <see cref="Screener"/>, whose loaded names serve as the gazetteer; immutable and safe to share across threads.
/// </summary>
/// <remarks>
/// Runs of capitalised words (with particles such as "de" or "bin" inside) are looked up word by word in the
/// gazetteer; only a stretch sharing at least two words with some listed name (half the name or more) reaches the
/// matcher, which scores it against the few best candidates exactly as it scores a typed name. A single word is
/// reported only as a later mention of an entity the text names in full, or when a listed organisation's whole name
/// is that one rare word; ships and aircraft need context ("the tanker", quotes, their IMO number) or their whole
/// multi-word name. Jurisdictions are reported apart and never as entities.
/// </remarks>
public sealed class TextScreener
{
    private readonly Gazetteer gazetteer;
    private readonly WrittenIdentifiers identifiers;

    /// <summary>Builds the gazetteer over the screener's entities (about a second for the bundled lists).</summary>
    public TextScreener(Screener screener, TextScreeningOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(screener);
        Options = options ?? TextScreeningOptions.Default;
        Options.Validate();
        Screener = screener;
        gazetteer = Gazetteer.Build(screener, Options.MinFuzzyLength);
        identifiers = new WrittenIdentifiers(screener.Entities);
    }

    /// <summary>The screener that scores mentions.</summary>
    public Screener Screener { get; }

    /// <summary>The listed identifiers text may write (with the listed BICs payments' BIC fields are matched against).</summary>
    internal WrittenIdentifiers Identifiers => identifiers;

    /// <summary>The options in force.</summary>
    public TextScreeningOptions Options { get; }

    /// <summary>Screens a text.</summary>
    /// <param name="text">The text; offsets in the result index into it.</param>
    /// <param name="threshold">Score a mention must reach; default <see cref="TextScreeningOptions.Threshold"/>, else the screener's.</param>
    public TextScreeningResult Screen(string text, double? threshold = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cut = threshold ?? Options.Threshold ?? Screener.Options.MatchThreshold;
        if (cut is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), cut, "Threshold must be within 0..1.");
        }

        return new TextPass(text, Screener, gazetteer, identifiers, Options, cut).Run();
    }
}
