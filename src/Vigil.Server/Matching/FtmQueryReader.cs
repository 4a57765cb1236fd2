using System.Collections.Immutable;
using System.Text.Json;
using Vigil.Matching.Screening;
using Vigil.Model;
using Vigil.Server.Screening;
using Vigil.Sources.OpenSanctions;
using Vigil.Text.Countries;

namespace Vigil.Server.Matching;

/// <summary>
/// Turns a FollowTheMoney query (yente's <c>/match</c> input) into Vigil queries: the names to screen and what else
/// is known. The property mapping is documented in docs/api.md; properties not listed there are ignored, as yente
/// ignores properties its matcher does not use.
/// </summary>
internal static class FtmQueryReader
{
    private static readonly string[] NameProperties = ["name", "alias", "previousName", "weakAlias"];
    private static readonly string[] NamePartProperties = ["firstName", "middleName", "fatherName", "lastName"];
    private static readonly string[] CountryProperties = ["nationality", "citizenship", "country", "jurisdiction", "mainCountry", "flag"];
    private static readonly string[] DateProperties = ["birthDate", "incorporationDate"];

    /// <summary>Reads a query; null with <paramref name="errors"/> filled when it cannot be read.</summary>
    public static (ImmutableArray<string> Names, ScreeningQuery Template)? Read(MatchQuery query, int maxNameLength, int maxNames, Dictionary<string, string[]> errors)
    {
        // A CryptoWallet query describes a wallet, not its holder: whoever is listed under its publicKey is the answer.
        var schema = query.Schema == "CryptoWallet" ? null : QueryParser.Type(query.Schema, "schema", errors);
        var values = Values(query.Properties, errors);
        var identifiers = Identifiers(values);

        var names = new List<string>();
        foreach (var property in NameProperties)
        {
            foreach (var name in values.GetValueOrDefault(property, []))
            {
                if (!string.IsNullOrWhiteSpace(name) && !names.Contains(name, StringComparer.Ordinal))
                {
                    names.Add(name);
                }
            }
        }

        if (names.Count == 0)
        {
            var parts = NamePartProperties
                .Select(p => values.GetValueOrDefault(p, []).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)))
                .Where(p => p is not null);
            var composed = string.Join(' ', parts);
            if (composed.Length > 0)
            {
                names.Add(composed);
            }
        }

        if (names.Count == 0 && identifiers.Any(i => i.Type != IdentifierType.Other))
        {
            // Screened by its identifiers alone, as a search by id or a batch row without a name is. An idNumber says
            // nothing of its kind, so it never names a holder alone: with no name it could only answer "nobody".
            names.Add(string.Empty);
        }
        else if (names.Count == 0)
        {
            errors["properties.name"] = ["A query needs a name (name, alias, previousName, weakAlias, or firstName and lastName) or a typed identifier (passportNumber, publicKey, imoNumber, ...; idNumber alone says nothing of its kind)."];
        }
        else if (names.Count > maxNames)
        {
            errors["properties.name"] = [$"A query has at most {maxNames} names; this one has {names.Count}."];
        }
        else
        {
            foreach (var name in names)
            {
                if (QueryParser.Name(name, "properties.name", maxNameLength, errors) is null)
                {
                    break;
                }
            }
        }

        PartialDate? date = null;
        foreach (var property in DateProperties)
        {
            foreach (var text in values.GetValueOrDefault(property, []))
            {
                var parsed = QueryParser.Date(text, "properties." + property, errors);
                date ??= parsed;
            }
        }

        var countries = QueryParser.Countries(CountryProperties.SelectMany(p => values.GetValueOrDefault(p, [])), "properties.country", errors);
        countries = AddressCountries(values.GetValueOrDefault("address", []), countries);

        // FollowTheMoney also knows "other", which is no evidence either way.
        var gender = Genders.TryParse(values.GetValueOrDefault("gender", []).FirstOrDefault(), out var read) ? read : Gender.Unknown;

        if (errors.Count > 0)
        {
            return null;
        }

        var template = new ScreeningQuery
        {
            Name = names[0],
            Schema = schema,
            BirthDate = date,
            Countries = countries,
            Identifiers = identifiers,
            Gender = gender,
        };
        return ([.. names], template);
    }

    private static ImmutableArray<Identifier> Identifiers(Dictionary<string, List<string>> values)
    {
        var identifiers = ImmutableArray.CreateBuilder<Identifier>();
        foreach (var (property, listedType, _) in FtmIdentifierProperty.All)
        {
            // A query's idNumber says nothing of the document's kind: it is compared with listed documents of every kind.
            var type = property == FtmIdentifierProperty.IdNumber ? IdentifierType.Other : listedType;
            foreach (var value in values.GetValueOrDefault(property, []))
            {
                if (!string.IsNullOrWhiteSpace(value))
                {
                    identifiers.Add(new Identifier(type, value.Trim()));
                }
            }
        }

        return identifiers.ToImmutable();
    }

    private static Dictionary<string, List<string>> Values(Dictionary<string, JsonElement>? properties, Dictionary<string, string[]> errors)
    {
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (properties is null)
        {
            return values;
        }

        foreach (var (property, element) in properties)
        {
            var list = new List<string>();
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    list.Add(element.GetString()!);
                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        if (item.ValueKind != JsonValueKind.String)
                        {
                            errors["properties." + property] = ["Property values are strings."];
                            break;
                        }

                        list.Add(item.GetString()!);
                    }

                    break;
                case JsonValueKind.Null:
                    break;
                default:
                    errors["properties." + property] = ["A property is a list of strings."];
                    break;
            }

            values[property] = list;
        }

        return values;
    }

    /// <summary>An address counts through the country it ends with ("..., Caracas, Venezuela"), when that is a known country.</summary>
    private static ImmutableArray<string> AddressCountries(List<string> addresses, ImmutableArray<string> countries)
    {
        foreach (var address in addresses)
        {
            var comma = address.LastIndexOf(',');
            var tail = (comma < 0 ? address : address[(comma + 1)..]).Trim();
            if (tail.Length > 0 && CountryCodes.CodeOf(tail) is { } code && !countries.Contains(code))
            {
                countries = countries.Add(code);
            }
        }

        return countries;
    }
}
