using System.Collections.Immutable;

namespace Vigil.Screening.Contracts;

/// <summary>A result's explanation in the JSON contract.</summary>
/// <param name="Summary">One line for people.</param>
/// <param name="NameScore">The name comparison's score alone.</param>
/// <param name="Tokens">Token alignment: query token, listed token, how, similarity, weight.</param>
/// <param name="Features">Every contribution to the log-odds: name features, then dates, countries, identifiers.</param>
public sealed record ExplanationDto(string Summary, double NameScore, ImmutableArray<TokenDto> Tokens, ImmutableArray<ContributionDto> Features);

/// <summary>One aligned token.</summary>
/// <param name="Query">Folded query token ("" for a listed token with no partner).</param>
/// <param name="Listed">Folded listed token(s), or null when unmatched.</param>
/// <param name="How">exact, fuzzy, phonetic, variant, initial, compound, prefix, acronym, legalform, transliterated (a word read from Arabic letters and a Latin spelling writing each of them) or none.</param>
/// <param name="Similarity">Token similarity.</param>
/// <param name="Weight">Token weight.</param>
public sealed record TokenDto(string Query, string? Listed, string How, double Similarity, double Weight);

/// <summary>One contribution to the log-odds.</summary>
/// <param name="Feature">What it is.</param>
/// <param name="Contribution">Log-odds added.</param>
/// <param name="Detail">Short account.</param>
public sealed record ContributionDto(string Feature, double Contribution, string Detail);
