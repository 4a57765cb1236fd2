using System.Collections.Immutable;
using Vigil.Model;
using Vigil.Screening.Identifiers;

namespace Vigil.Screening.Payments;

/// <summary>Turns MT103 fields into screenable values, by the layout of each field and option.</summary>
internal static class Mt103Fields
{
    public static void Map(Mt103Field field, ImmutableArray<PaymentField>.Builder output)
    {
        if (field.Tag is not ("70" or "72" or "77B"))
        {
            AddAccount(field, output);
        }

        switch (field.Tag)
        {
            case "50A" or "59A" or "52A" or "56A" or "57A" or "53A" or "54A" or "55A":
                MapBic(field, output);
                break;
            case "50K" or "59" or "52D" or "56D" or "57D" or "53D" or "54D" or "55D":
                MapNameAndAddress(field, output);
                break;
            case "50F" or "59F":
                MapStructured(field, output);
                break;
            case "57B" or "53B" or "54B" or "55B":
                AddLines(field, output, PaymentFieldKind.Address, skipAccount: true);
                break;
            case "70" or "72" or "77B":
                AddText(field, output);
                break;
        }
    }

    /// <summary>[/party identifier] then a BIC.</summary>
    private static void MapBic(Mt103Field field, ImmutableArray<PaymentField>.Builder output)
    {
        var (lines, first) = WithoutAccount(field);
        if (lines.Count != 1)
        {
            throw new PaymentFormatException(field.Label, field.Line, 1, "option A holds an optional account line and one BIC line.");
        }

        var bic = lines[0].Trim();
        if (!Bic.IsValid(bic))
        {
            throw new PaymentFormatException(field.Label, first, 1, $"'{bic}' is not a BIC (8 or 11 capitals and digits, letters 5-6 a country).");
        }

        output.Add(new PaymentField(field.Label, PaymentFieldKind.Bic, bic, null, first));
    }

    /// <summary>[/account] then up to four lines of name and address; the first is the name.</summary>
    private static void MapNameAndAddress(Mt103Field field, ImmutableArray<PaymentField>.Builder output)
    {
        var (lines, first) = WithoutAccount(field);
        if (lines.Count == 0 || lines[0].Trim().Length == 0)
        {
            throw new PaymentFormatException(field.Label, field.Line, 1, "the field gives no name.");
        }

        output.Add(new PaymentField(field.Label, PaymentFieldKind.Name, lines[0].Trim(), null, first));
        if (lines.Count > 1)
        {
            output.Add(new PaymentField(field.Label, PaymentFieldKind.Address, string.Join('\n', lines.Skip(1)), null, first + 1));
        }
    }

    /// <summary>
    /// Option F: a party identifier line, then numbered lines: 1/ name, 2/ address, 3/ country and town, 4/ date of
    /// birth, 5/ country and place of birth, 6/ country, issuer and number, 7/ country and national id, 8/ more name.
    /// </summary>
    private static void MapStructured(Mt103Field field, ImmutableArray<PaymentField>.Builder output)
    {
        var lines = field.Lines;
        var name = new List<string>();
        var address = new List<string>();
        var nameLine = 0;
        var addressLine = 0;
        string? country = null;
        var countries = new List<(string Code, int Line)>();
        var identifiers = ImmutableArray.CreateBuilder<Identifier>();
        var start = lines.Count > 0 && !IsNumbered(lines[0]) ? 1 : 0;

        // The party identifier line: an account ("/...") or a coded document ("CCPT/IR/K1234567").
        if (start == 1 && !lines[0].StartsWith('/') && lines[0].Split('/', 3) is [var scheme, var issuer, var partyNumber]
            && PartyIdentifiers.Of(scheme, partyNumber, issuer) is { } coded)
        {
            identifiers.Add(coded);
        }

        if (field.Tag == "59F" && start == 1 && !lines[0].StartsWith('/'))
        {
            throw new PaymentFormatException(field.Label, field.Line, 1, "option F's first line is an account ('/...') or the first numbered line.");
        }

        for (var i = start; i < lines.Count; i++)
        {
            var line = lines[i];
            var at = field.Line + i;
            if (!IsNumbered(line))
            {
                throw new PaymentFormatException(field.Label, at, 1, $"line '{line}' does not start with a line number and '/' (1/ name, 2/ address, 3/ country and town, ...).");
            }

            var code = line[0];
            var rest = line[2..].Trim();
            switch (code)
            {
                case '1' or '8':
                    nameLine = nameLine == 0 ? at : nameLine;
                    name.Add(rest);
                    break;
                case '2':
                    addressLine = addressLine == 0 ? at : addressLine;
                    address.Add(rest);
                    break;
                case '3' or '5' or '6' or '7':
                    var cc = rest.Split('/')[0];
                    if (cc.Length != 2 || !cc.All(char.IsAsciiLetterUpper))
                    {
                        throw new PaymentFormatException(field.Label, at, 3, $"'{cc}' is not an ISO country code; line {code}/ starts with one.");
                    }

                    countries.Add((cc, at));

                    // 6/ country, issuer and customer identification number; 7/ country and national identity number.
                    if (code is '6' or '7' && rest.Length > 3)
                    {
                        var after = rest[3..];
                        var documentNumber = code == '7' ? after : after[(after.IndexOf('/', StringComparison.Ordinal) + 1)..];
                        if (PartyIdentifiers.Of(code == '7' ? "NIDN" : null, documentNumber, cc) is { } id)
                        {
                            identifiers.Add(id);
                        }
                    }

                    if (code == '3')
                    {
                        country ??= cc;
                        var town = rest.Length > 3 ? rest[3..].Trim() : string.Empty;
                        if (town.Length > 0)
                        {
                            addressLine = addressLine == 0 ? at : addressLine;
                            address.Add(town);
                        }
                    }

                    break;
                case '4':
                    break;
                default:
                    throw new PaymentFormatException(field.Label, at, 1, $"line number {code} is not defined for option F.");
            }
        }

        if (name.Count == 0)
        {
            throw new PaymentFormatException(field.Label, field.Line, 1, "option F gives no name (line 1/).");
        }

        output.Add(new PaymentField(field.Label, PaymentFieldKind.Name, string.Join(' ', name), country, nameLine) { Identifiers = identifiers.ToImmutable() });
        if (address.Count > 0)
        {
            output.Add(new PaymentField(field.Label, PaymentFieldKind.Address, string.Join('\n', address), null, addressLine));
        }

        foreach (var (code, line) in countries)
        {
            output.Add(new PaymentField(field.Label, PaymentFieldKind.Country, code, null, line));
        }

        static bool IsNumbered(string line) => line.Length >= 2 && line[0] is >= '1' and <= '8' && line[1] == '/';
    }

    private static void AddText(Mt103Field field, ImmutableArray<PaymentField>.Builder output)
    {
        // Field 72 continues a coded line with "//"; the codes themselves ("/ACC/", "/INS/") read as words.
        var text = string.Join('\n', field.Lines.Select(l => l.StartsWith("//", StringComparison.Ordinal) ? l[2..] : l));
        if (text.Trim().Length > 0)
        {
            output.Add(new PaymentField(field.Label, PaymentFieldKind.Text, text, null, field.Line));
        }
    }

    private static void AddLines(Mt103Field field, ImmutableArray<PaymentField>.Builder output, PaymentFieldKind kind, bool skipAccount)
    {
        var (lines, first) = skipAccount ? WithoutAccount(field) : ([.. field.Lines], field.Line);
        var text = string.Join('\n', lines);
        if (text.Trim().Length > 0)
        {
            output.Add(new PaymentField(field.Label, kind, text, null, first));
        }
    }

    /// <summary>
    /// The optional account line of a party or institution ("/IR580540105180021273113007", with options A and D
    /// "/C/..." or "/D/..." for credit or debit): an IBAN whose check digits hold is screened for its bank's country.
    /// Other account numbers say nothing of where they are held.
    /// </summary>
    private static void AddAccount(Mt103Field field, ImmutableArray<PaymentField>.Builder output)
    {
        if (field.Lines.Count == 0 || !field.Lines[0].StartsWith('/'))
        {
            return;
        }

        var account = field.Lines[0].AsSpan(1).Trim();
        if (account is ['C' or 'D', '/', ..])
        {
            account = account[2..];
        }

        if (Iban.IsValid(account))
        {
            output.Add(new PaymentField(field.Label, PaymentFieldKind.Account, account.ToString(), null, field.Line));
        }
    }

    /// <summary>The lines after an optional first line holding an account or party identifier ("/12345", "/D/123").</summary>
    private static (List<string> Lines, int First) WithoutAccount(Mt103Field field)
    {
        var lines = field.Lines.ToList();
        if (lines.Count > 0 && (lines[0].StartsWith('/') || lines[0].Trim().Length == 0))
        {
            lines.RemoveAt(0);
            return (lines, field.Line + 1);
        }

        return (lines, field.Line);
    }
}
