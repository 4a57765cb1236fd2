using System.Collections.Immutable;
using System.Globalization;
using Vigil.Matching.Screening;
using Vigil.Model;
using Vigil.Screening.Input;
using Vigil.Text.Countries;

namespace Vigil.Screening.Batch;

/// <summary>
/// Turns a row's raw fields, from either input format, into a query or into the reason it is skipped. Only a row
/// without a screenable name or an identifier is skipped (and says so). A type, date of birth, country or gender that cannot be read
/// leaves the row screened without it, with a warning naming the line: a customer left unscreened is a worse outcome
/// for a compliance team than one screened on less evidence, and each of these only adds or subtracts evidence
/// (screened without it, a namesake is ruled out less, never a match lost to a misread field). A date whose day and
/// month could be either way round (03/04/1962) keeps its year, which is certain.
/// </summary>
internal static class BatchRowParser
{
    /// <summary>Why a row holding bytes its file's encoding cannot read is skipped: screened, its name would match nothing.</summary>
    public const string UnreadableBytes = "bytes that are not text in the file's encoding (U+FFFD): not screened; " + InputEncoding.Hint;

    /// <summary>
    /// Longest name screened, in characters: the HTTP API's default. The longest listed name is under 300; a longer
    /// cell is a name run together with an address or notes, which would be screened as one long name.
    /// </summary>
    public const int MaxNameLength = 500;

    private static readonly char[] CountrySeparators = [';', '|'];

    public static BatchRow ToRow(long line, BatchFields fields, DateOrder dateOrder = DateOrder.Unknown)
    {
        var id = string.IsNullOrWhiteSpace(fields.Id) ? line.ToString(CultureInfo.InvariantCulture) : fields.Id.Trim();

        // A whole name wins over its parts; parts alone (first_name, last_name) are a person's.
        var name = fields.Name?.Trim();
        Schema? schema = null;
        if (string.IsNullOrEmpty(name))
        {
            name = fields.NameFromParts();
            schema = name.Length > 0 ? Schema.Person : null;
        }

        // A party may be given by an identifier alone (a vessel's IMO number, a passport), which finds whoever is
        // listed under it when the number identifies its holder (Screener: identifiers find listed entities).
        var (identifiers, unreadDocument) = ReadIdentifiers(fields);
        if (string.IsNullOrEmpty(name) && identifiers.Any(i => i.Key.Length > 0))
        {
            name = string.Empty;
            schema = identifiers.Any(i => i.Type == IdentifierType.Imo && i.Key.Length > 0) ? Schema.Vessel : null;
        }
        else if (string.IsNullOrEmpty(name))
        {
            return BatchRow.Invalid(line, id, "missing name");
        }

        if (name.Length > MaxNameLength)
        {
            return BatchRow.Invalid(line, id, string.Create(CultureInfo.InvariantCulture, $"name of {name.Length:N0} characters, more than {MaxNameLength} (a name and an address in one column?)"));
        }

        string? unreadType = null;
        if (!string.IsNullOrWhiteSpace(fields.Type))
        {
            if (EntityTypes.TryParse(fields.Type, out var parsed))
            {
                schema = parsed;
            }
            else
            {
                unreadType = $"unknown type '{fields.Type.Trim()}' ({EntityTypes.Names}; screened without it)";
            }
        }

        PartialDate? birthDate = null;
        string? unreadDate = null;
        if (!string.IsNullOrWhiteSpace(fields.BirthDate))
        {
            if (!CustomerDates.TryRead(fields.BirthDate, dateOrder, out birthDate, out var orderUnknown))
            {
                var read = dateOrder switch
                {
                    DateOrder.DayFirst => "; numeric dates read day first, as --date-order dmy says",
                    DateOrder.MonthFirst => "; numeric dates read month first, as --date-order mdy says",
                    _ => string.Empty,
                };
                unreadDate = $"bad date of birth '{fields.BirthDate.Trim()}' ({CustomerDates.Forms}{read}; screened without it)";
            }
            else if (orderUnknown)
            {
                unreadDate = $"day and month of '{fields.BirthDate.Trim()}' could be either way round: screened with the year {birthDate} (--date-order dmy or mdy reads it whole)";
            }
        }

        var countries = ImmutableArray<string>.Empty;
        List<string>? unknown = null;
        if (fields.Countries.Count > 0)
        {
            var codes = ImmutableArray.CreateBuilder<string>();
            foreach (var value in fields.Countries)
            {
                foreach (var part in value.Split(CountrySeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    // Customer files write codes or names ("VE", "Venezuela"); either is taken.
                    if (!CountryCodes.TryGetCode(part, out var code))
                    {
                        (unknown ??= []).Add(part);
                    }
                    else if (!codes.Contains(code))
                    {
                        codes.Add(code);
                    }
                }
            }

            countries = codes.ToImmutable();
        }

        // Like a country, a gender only adds or takes evidence: one that cannot be read is left out, with a warning.
        var gender = Gender.Unknown;
        string? unreadGender = null;
        if (!string.IsNullOrWhiteSpace(fields.Gender) && !Genders.TryParse(fields.Gender, out gender))
        {
            unreadGender = $"unknown gender '{fields.Gender.Trim()}' (male, female, m, f; screened without it)";
        }

        var query = new ScreeningQuery
        {
            Name = name,
            Schema = schema,
            BirthDate = birthDate,
            Countries = countries,
            Identifiers = identifiers,
            Gender = gender,
        };
        string?[] warnings = [unreadType, unreadDate, unknown is null ? null : UnknownCountries(unknown), unreadGender, unreadDocument];
        var warning = string.Join("; ", warnings.Where(w => w is not null));
        return BatchRow.Valid(line, id, query, warning.Length == 0 ? null : warning);
    }

    /// <summary>
    /// The row's identifiers: each identifier column's, and a document number typed by the document type column
    /// (untyped, with a warning, when that names no kind known); documents a country issues carry the row's issuing
    /// country. An issuing country or document type that cannot be read is left out with a warning, like a country.
    /// </summary>
    private static (ImmutableArray<Identifier> Identifiers, string? Warning) ReadIdentifiers(BatchFields fields)
    {
        if (fields.Identifiers.Count == 0 && string.IsNullOrWhiteSpace(fields.DocumentNumber))
        {
            return ([], null);
        }

        List<string>? warnings = null;
        string? issuer = null;
        if (!string.IsNullOrWhiteSpace(fields.IssuingCountry) && !CountryCodes.TryGetCode(fields.IssuingCountry.Trim(), out issuer))
        {
            issuer = null;
            (warnings ??= []).Add($"unknown issuing country '{fields.IssuingCountry.Trim()}' (documents screened without it)");
        }

        var builder = ImmutableArray.CreateBuilder<Identifier>(fields.Identifiers.Count + 1);
        foreach (var (type, value) in fields.Identifiers)
        {
            builder.Add(new Identifier(type, value.Trim(), IdentifierTypes.HasIssuingCountry(type) ? issuer : null));
        }

        if (!string.IsNullOrWhiteSpace(fields.DocumentNumber))
        {
            var type = IdentifierType.Other;
            if (!string.IsNullOrWhiteSpace(fields.DocumentType) && !IdentifierTypes.TryParse(fields.DocumentType, out type))
            {
                type = IdentifierType.Other;
                (warnings ??= []).Add($"unknown document type '{fields.DocumentType.Trim()}' ({IdentifierTypes.Names}; its number screened as one of any kind)");
            }

            builder.Add(new Identifier(type, fields.DocumentNumber.Trim(), IdentifierTypes.HasIssuingCountry(type) ? issuer : null));
        }

        return (builder.ToImmutable(), warnings is null ? null : string.Join("; ", warnings));
    }

    private static string UnknownCountries(List<string> parts) => parts.Count == 1
        ? $"unknown country '{parts[0]}' (screened without it)"
        : $"unknown countries {string.Join(", ", parts.Select(p => $"'{p}'"))} (screened without them)";
}
