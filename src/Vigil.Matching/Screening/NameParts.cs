using System.Buffers;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Vigil.Matching.Screening;

/// <summary>
/// The names a customer record gives together in one field: "Northbridge Ltd t/a Ex-Cle Soluciones", "John Smith f/k/a
/// Nicolas Maduro Moros", "Nicolas Maduro / Cilia Flores" (a joint account), "Nicolas Maduro (aka El Presidente)",
/// "Mr and Mrs Nicolas Maduro", "Muhammad Saeed s/o Kamal ud Din". Screened as one name each of these found the
/// listed party at 0.6 or not at all: the other name's words are a conflict. Each part is screened on its own, besides
/// the whole.
/// </summary>
internal static partial class NameParts
{
    /// <summary>Most parts taken from one field.</summary>
    public const int MostParts = 6;

    private static readonly SearchValues<char> Hints = SearchValues.Create("()[]/&;.");

    /// <summary>
    /// The names within <paramref name="name"/> other than itself: empty when it is one name (most are: those are
    /// told apart by a character scan and a few matches of compiled patterns). "&amp;", "and" and a slash between
    /// words join two names only when <paramref name="personName"/> (null: never) takes both for persons' names:
    /// organisations' names hold them ("Element Oil &amp; Gas", "Ministry of Intelligence and Security").
    /// </summary>
    public static ImmutableArray<NamePart> Of(string name, Func<string, bool>? personName)
    {
        ArgumentNullException.ThrowIfNull(name);
        // "Mr and Mrs" holds " and ", "Mr & Mrs" an ampersand: the couple needs no test of its own here.
        if (name.AsSpan().IndexOfAny(Hints) < 0 && !Marker().IsMatch(name) && !Joined().IsMatch(name))
        {
            return [];
        }

        var parts = new List<NamePart>();
        var bracketed = new List<NamePart>();

        // "Acme (UK) Ltd" is one name, and "(aka El Presidente)" another: brackets go, and what they held counts only
        // after an alias marker.
        var main = Bracket().Replace(name, m =>
        {
            var inner = m.Groups["inner"].Value;
            if (Marker().Match(inner) is { Success: true, Index: var at } marker && inner[..at].Trim().Length == 0)
            {
                SplitJoined(inner[(at + marker.Length)..], personName, bracketed);
            }

            return " ";
        });
        main = Couple().Replace(main, " ");

        // "Muhammad Saeed s/o Kamal ud Din": the party, then a relative (or a residence, "r/o Lahore"), who is not the
        // party and is not screened as one. Split at the slash as joint holders are, "Muhammad Saeed s" and "o Kamal ud
        // Din" were two parties.
        if (Relation().Match(main) is { Success: true } relation)
        {
            main = main[..relation.Index];
        }

        foreach (var piece in Marker().Split(main))
        {
            SplitJoined(piece, personName, parts);
        }

        parts.AddRange(bracketed);

        var distinct = new List<NamePart>();
        foreach (var part in parts)
        {
            var clean = Spaces().Replace(part.Name, " ").Trim(' ', ',', '-', ';');
            if (clean.Any(char.IsLetter) && !clean.Equals(name.Trim(), StringComparison.Ordinal) && !distinct.Exists(d => d.Name.Equals(clean, StringComparison.OrdinalIgnoreCase)))
            {
                distinct.Add(part with { Name = clean });
            }
        }

        return [.. distinct.Take(MostParts)];
    }

    /// <summary>
    /// Splits at ";" and at a slash set apart by spaces (lists of names), and at "&amp;", "and" or a slash between
    /// words only when every piece is a person's name: "Maersk A/S", "Procter &amp; Gamble" and "Trade and Industry
    /// Bank" stay whole.
    /// </summary>
    private static void SplitJoined(string text, Func<string, bool>? personName, List<NamePart> parts)
    {
        foreach (var listed in Separator().Split(text))
        {
            var pieces = Joiner().Split(listed);
            if (pieces.Length > 1 && personName is not null && pieces.All(personName))
            {
                parts.AddRange(pieces.Select(p => new NamePart(p, Person: true)));
            }
            else
            {
                parts.Add(new NamePart(listed, Person: false));
            }
        }
    }

    /// <summary>Alias and trading-name markers, as whole words.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:a\.?k\.?a\.?|a/k/a|f\.?k\.?a\.?|f/k/a|n\.?k\.?a\.?|n/k/a|d\.?b\.?a\.?|d/b/a|t/a|o/a|c/o|(?:also|formerly|now)\s+known\s+as|formerly|trading\s+as|doing\s+business\s+as|operating\s+as|alias)(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    /// <summary>South Asian relation markers: son, daughter, wife, husband of; resident of.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])[sdwhr]\s*/\s*o(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Relation();

    [GeneratedRegex(@"\s*;\s*|\s+/\s+")]
    private static partial Regex Separator();

    [GeneratedRegex(@"\s*(?:/|&|\band\b)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Joiner();

    /// <summary>" and " between two words, which <see cref="Joiner"/> may split on.</summary>
    [GeneratedRegex(@"\s+and\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Joined();

    /// <summary>"Mr and Mrs", "Mr &amp; Mrs": a couple addressed by one name.</summary>
    [GeneratedRegex(@"^\s*(?:mr|mrs|ms|dr)\.?\s*(?:and|&)\s*(?:mr|mrs|ms|dr)\.?\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Couple();

    [GeneratedRegex(@"[(\[](?<inner>[^()\[\]]*)[)\]]")]
    private static partial Regex Bracket();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

/// <summary>One name of several given together; <paramref name="Person"/> when it was told apart as a person's name.</summary>
internal readonly record struct NamePart(string Name, bool Person);
