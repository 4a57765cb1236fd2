using Vigil.Model;
using Vigil.Text.Countries;

namespace Vigil.Screening.Input;

/// <summary>
/// An identifier given with a query as <c>TYPE:NUMBER</c>, or <c>TYPE:NUMBER:COUNTRY</c> for a document a country
/// issues (<c>passport:K1234567:IR</c>): <c>vigil screen --id</c> and the API's <c>id</c> parameter read it alike.
/// </summary>
public static class QueryIdentifiers
{
    /// <summary>The form, for messages.</summary>
    public const string Form = "TYPE:NUMBER or TYPE:NUMBER:COUNTRY (passport:K1234567:IR), TYPE one of " + IdentifierTypes.Names;

    /// <summary>Reads one identifier; false with the problem (to follow the text quoted) when it cannot be read.</summary>
    public static bool TryParse(string? text, out Identifier? identifier, out string problem)
    {
        identifier = null;
        var trimmed = (text ?? string.Empty).Trim();
        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            problem = $" is not {Form}";
            return false;
        }

        if (!IdentifierTypes.TryParse(trimmed[..colon], out var type))
        {
            problem = $": '{trimmed[..colon]}' is no identifier type ({IdentifierTypes.Names})";
            return false;
        }

        var value = trimmed[(colon + 1)..].Trim();
        string? country = null;
        var last = value.LastIndexOf(':');
        if (IdentifierTypes.HasIssuingCountry(type) && last >= 0)
        {
            var issuer = value[(last + 1)..].Trim();
            country = CountryCodes.CodeOf(issuer);
            if (country is null)
            {
                problem = $": '{issuer}' is not a known country name or ISO code";
                return false;
            }

            value = value[..last].Trim();
        }

        if (Identifier.MakeKey(value).Length == 0)
        {
            problem = ": the number holds no letters or digits";
            return false;
        }

        identifier = new Identifier(type, value, country);
        problem = string.Empty;
        return true;
    }

    /// <summary>The identifier in the form <see cref="TryParse"/> reads.</summary>
    public static string Format(Identifier identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        var type = IdentifierTypes.NameOf(identifier.Type);
        return identifier.CountryCode is null ? $"{type}:{identifier.Value}" : $"{type}:{identifier.Value}:{identifier.CountryCode}";
    }
}
