using System.Collections.Immutable;
using Vigil.Matching.Screening;
using Vigil.Screening.Identifiers;
using Vigil.Screening.Text;
using Vigil.Text.Countries;

namespace Vigil.Screening.Payments;

/// <summary>
/// Screens a parsed payment message: party and institution names through the matcher (with the party's country as
/// evidence), addresses and free text through the <see cref="TextScreener"/>, countries (and the countries of BICs and
/// IBANs) against the sanctioned jurisdictions, and BICs exactly against listed SWIFT/BIC identifiers. Any hit holds the payment.
/// Immutable once built and safe to share across threads.
/// </summary>
public sealed class PaymentScreener
{
    private const int ResultsPerName = 5;

    private readonly TextScreener text;
    private readonly BicIndex bics;

    /// <summary>Creates a payment screener over a text screener (and so over its <see cref="Screener"/>).</summary>
    public PaymentScreener(TextScreener textScreener)
    {
        ArgumentNullException.ThrowIfNull(textScreener);
        text = textScreener;
        bics = textScreener.Identifiers.Bics;
    }

    /// <summary>The screener names are scored with.</summary>
    public Screener Screener => text.Screener;

    /// <summary>Screens a message.</summary>
    /// <param name="message">The parsed message.</param>
    /// <param name="threshold">Score names and mentions must reach; default the screener's match threshold.</param>
    public PaymentScreeningResult Screen(PaymentMessage message, double? threshold = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        var cut = threshold ?? text.Options.Threshold ?? Screener.Options.MatchThreshold;
        var hits = ImmutableArray.CreateBuilder<PaymentHit>();
        var seen = new HashSet<(string Path, string? Transaction, string What)>();
        foreach (var field in message.Fields)
        {
            foreach (var hit in ScreenField(field, cut))
            {
                var what = hit.Entity?.Id ?? hit.Jurisdiction!.Code;
                if (seen.Add((field.Path, field.Transaction, what)))
                {
                    hits.Add(hit);
                }
            }
        }

        return new PaymentScreeningResult(message, hits.Count > 0 ? PaymentDecision.Hold : PaymentDecision.Pass, hits.ToImmutable(), cut);
    }

    private IEnumerable<PaymentHit> ScreenField(PaymentField field, double cut)
    {
        switch (field.Kind)
        {
            case PaymentFieldKind.Name:
                var query = new ScreeningQuery
                {
                    Name = field.Value,
                    Countries = field.Country is { } c && CountryCodes.All.Contains(c) ? [c] : [],
                    Identifiers = field.Identifiers,
                };
                foreach (var hit in Screener.Screen(query, ResultsPerName, cut))
                {
                    if (hit.IsMatch)
                    {
                        yield return new PaymentHit(field, PaymentHitKind.Name, hit.Entity, hit, null, null, field.Value);
                    }
                }

                break;
            case PaymentFieldKind.Address or PaymentFieldKind.Text:
                var found = text.Screen(field.Value, cut);
                foreach (var mention in found.Mentions)
                {
                    yield return new PaymentHit(field, PaymentHitKind.TextMention, mention.Entity, mention.Hit, null, null, mention.Best.Text);
                }

                foreach (var place in found.Jurisdictions)
                {
                    yield return new PaymentHit(field, PaymentHitKind.Jurisdiction, null, null, null, place.Jurisdiction, place.Occurrences[0].Text);
                }

                break;
            case PaymentFieldKind.Country:
                if (HeldIn(field, field.Value) is { } country)
                {
                    yield return country;
                }

                break;
            case PaymentFieldKind.Bic:
                foreach (var (entity, identifier) in bics.Find(field.Value))
                {
                    yield return new PaymentHit(field, PaymentHitKind.Bic, entity, null, identifier, null, field.Value);
                }

                // The institution's country is written into its BIC (letters 5 and 6).
                if (field.Value.Length >= 6 && HeldIn(field, Bic.CountryOf(field.Value)) is { } home)
                {
                    yield return home;
                }

                break;
            case PaymentFieldKind.Account:
                // The account-holding bank's country is written into the IBAN (letters 1 and 2).
                if (HeldIn(field, Iban.CountryOf(field.Value)) is { } bank)
                {
                    yield return bank;
                }

                break;
        }
    }

    /// <summary>A jurisdiction hit on the field when <paramref name="country"/> (its own, its BIC's or its IBAN's) is sanctioned.</summary>
    private static PaymentHit? HeldIn(PaymentField field, string country) =>
        SanctionedJurisdictions.Find(country) is { } jurisdiction ? new PaymentHit(field, PaymentHitKind.Jurisdiction, null, null, null, jurisdiction, field.Value) : null;
}
