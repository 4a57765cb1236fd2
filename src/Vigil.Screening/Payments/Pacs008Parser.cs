using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Xml;
using Vigil.Model;
using Vigil.Screening.Identifiers;

namespace Vigil.Screening.Payments;

/// <summary>
/// Reads ISO 20022 <c>pacs.008.001.08</c> (FI to FI customer credit transfer) with a forward-only
/// <see cref="XmlReader"/>: parties (debtor, creditor, ultimate parties, initiating party) with their names, postal
/// addresses and BICs; agents (debtor's, creditor's, intermediary, instructing, instructed) with BICs, names and
/// addresses; the parties' and agents' accounts given by IBAN; remittance information and instructions. DTDs are refused. Anything malformed is a
/// <see cref="PaymentFormatException"/> naming the element and its line.
/// </summary>
public static class Pacs008Parser
{
    /// <summary>The message's XML namespace.</summary>
    public const string Namespace = "urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08";

    private static readonly FrozenSet<string> Parties = FrozenSet.Create(StringComparer.Ordinal, "Dbtr", "Cdtr", "UltmtDbtr", "UltmtCdtr", "InitgPty");

    private static readonly FrozenSet<string> Agents = FrozenSet.Create(
        StringComparer.Ordinal, "DbtrAgt", "CdtrAgt", "IntrmyAgt1", "IntrmyAgt2", "IntrmyAgt3", "InstgAgt", "InstdAgt", "PrvsInstgAgt1", "PrvsInstgAgt2", "PrvsInstgAgt3");

    // The elements a credit transfer transaction must have (pacs.008.001.08 schema, minOccurs 1).
    private static readonly string[] MandatoryInTransaction = ["PmtId", "IntrBkSttlmAmt", "Dbtr", "DbtrAgt", "CdtrAgt", "Cdtr"];

    /// <summary>Parses a message from text.</summary>
    /// <exception cref="PaymentFormatException">When the XML is malformed or is not a pacs.008.001.08 credit transfer.</exception>
    public static PaymentMessage Parse(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        using var reader = new StringReader(xml);
        return Parse(reader);
    }

    /// <summary>Parses a message from a reader.</summary>
    /// <exception cref="PaymentFormatException">When the XML is malformed or is not a pacs.008.001.08 credit transfer.</exception>
    public static PaymentMessage Parse(TextReader input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
        };
        var path = new List<string>();
        var state = new State();
        using var reader = XmlReader.Create(input, settings);
        var info = (IXmlLineInfo)reader;
        try
        {
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        if (path.Count == 0 && (reader.LocalName != "Document" || reader.NamespaceURI != Namespace))
                        {
                            throw new PaymentFormatException(reader.LocalName, info.LineNumber, info.LinePosition, $"the root element must be Document in namespace {Namespace}, not {reader.LocalName} in '{reader.NamespaceURI}'.");
                        }

                        path.Add(reader.LocalName);
                        state.Enter(path, info.LineNumber, info.LinePosition);
                        if (reader.IsEmptyElement)
                        {
                            state.Leave(path);
                            path.RemoveAt(path.Count - 1);
                        }

                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA:
                        state.Text(path, reader.Value, info.LineNumber, info.LinePosition);
                        break;
                    case XmlNodeType.EndElement:
                        state.Leave(path);
                        path.RemoveAt(path.Count - 1);
                        break;
                }
            }
        }
        catch (XmlException ex)
        {
            throw new PaymentFormatException(path.Count > 0 ? string.Join('/', path) : "XML", ex.LineNumber, ex.LinePosition, "malformed XML: " + ex.Message, ex);
        }

        return state.Finish();
    }

    /// <summary>What the reader has seen so far.</summary>
    private sealed class State
    {
        private readonly ImmutableArray<PaymentField>.Builder fields = ImmutableArray.CreateBuilder<PaymentField>();
        private readonly HashSet<string> present = new(StringComparer.Ordinal);
        private string? reference;
        private bool sawBody;
        private int transactions;
        private int transactionLine;
        private int transactionPosition;
        private string? transaction;
        private Party? party;

        public void Enter(List<string> path, int line, int position)
        {
            if (path.Count == 2 && path[1] == "FIToFICstmrCdtTrf")
            {
                sawBody = true;
            }

            if (IsTransaction(path))
            {
                transactions++;
                transactionLine = line;
                transactionPosition = position;
                transaction = transactions.ToString(CultureInfo.InvariantCulture);
                present.Clear();
            }

            if (InTransaction(path) && path.Count == 4)
            {
                present.Add(path[3]);
            }

            // A party or agent: directly in a transaction, or an agent in the group header.
            var root = RootOf(path);
            if (root is not null && path.Count == root.Value.Depth + 1 && party is null)
            {
                var name = path[^1];
                party = new Party(root.Value.Prefix + name, Agents.Contains(name));
            }
        }

        public void Text(List<string> path, string value, int line, int position)
        {
            value = value.Trim();
            if (value.Length == 0)
            {
                return;
            }

            if (path.Count == 4 && path[2] == "GrpHdr" && path[3] == "MsgId")
            {
                reference = value;
                return;
            }

            if (!InTransaction(path))
            {
                if (party is not null && RootOf(path) is { } headerRoot)
                {
                    party.Add(Relative(path, headerRoot.Depth + 1), value, line, position, transaction: null);
                }

                return;
            }

            var relative = Relative(path, 3);
            if (relative == "PmtId/EndToEndId")
            {
                transaction = value;
                return;
            }

            if (party is not null)
            {
                party.Add(Relative(path, 4), value, line, position, transaction);
                return;
            }

            // An account of a party or agent (CdtrAcct, DbtrAcct, IntrmyAgt1Acct, ...) given by its IBAN.
            if (path.Count == 6 && path[3].EndsWith("Acct", StringComparison.Ordinal) && relative.EndsWith("/Id/IBAN", StringComparison.Ordinal))
            {
                if (!Iban.HasForm(value))
                {
                    throw new PaymentFormatException(relative, line, position, $"'{value}' is not an IBAN (two capitals for the country, two check digits, then capitals and digits, 15 to 34 in all).");
                }

                fields.Add(new PaymentField(relative, PaymentFieldKind.Account, value, null, line, transaction));
                return;
            }

            // Free text: remittance information (unstructured and structured), instructions, purpose, regulatory details.
            var isText = relative.StartsWith("RmtInf/", StringComparison.Ordinal)
                || relative is "InstrForCdtrAgt/InstrInf" or "InstrForNxtAgt/InstrInf" or "Purp/Prtry"
                || (relative.StartsWith("RgltryRptg/", StringComparison.Ordinal) && relative.EndsWith("/Inf", StringComparison.Ordinal));
            if (isText)
            {
                fields.Add(new PaymentField(relative, PaymentFieldKind.Text, value, null, line, transaction));
            }
        }

        public void Leave(List<string> path)
        {
            if (party is not null && RootOf(path) is { } root && path.Count == root.Depth + 1)
            {
                fields.AddRange(party.Fields());
                party = null;
            }

            if (IsTransaction(path))
            {
                foreach (var mandatory in MandatoryInTransaction)
                {
                    if (!present.Contains(mandatory))
                    {
                        throw new PaymentFormatException("CdtTrfTxInf/" + mandatory, transactionLine, transactionPosition, $"transaction {transactions} has no {mandatory} element, which pacs.008.001.08 requires.");
                    }
                }
            }
        }

        public PaymentMessage Finish()
        {
            if (!sawBody)
            {
                throw new PaymentFormatException("FIToFICstmrCdtTrf", 0, 0, "the document holds no FIToFICstmrCdtTrf element.");
            }

            if (transactions == 0)
            {
                throw new PaymentFormatException("CdtTrfTxInf", 0, 0, "the message holds no credit transfer transaction.");
            }

            return new PaymentMessage(PaymentFormat.Pacs008, reference, fields.ToImmutable());
        }

        private static bool IsTransaction(List<string> path) => path.Count == 3 && path[2] == "CdtTrfTxInf";

        private static bool InTransaction(List<string> path) => path.Count > 3 && path[2] == "CdtTrfTxInf";

        /// <summary>Where a party or agent element sits: its depth and the path prefix reported for it.</summary>
        private static (int Depth, string Prefix)? RootOf(List<string> path)
        {
            if (path.Count > 3 && path[2] == "CdtTrfTxInf" && (Parties.Contains(path[3]) || Agents.Contains(path[3])))
            {
                return (3, string.Empty);
            }

            if (path.Count > 3 && path[2] == "GrpHdr" && Agents.Contains(path[3]))
            {
                return (3, "GrpHdr/");
            }

            return null;
        }

        private static string Relative(List<string> path, int from) => string.Join('/', path.Skip(from));
    }

    /// <summary>One party or agent being read; its fields are released when its element closes, so the name carries the country.</summary>
    private sealed class Party(string path, bool isAgent)
    {
        private readonly List<PaymentField> fields = [];
        private readonly List<(string Number, string? Code, string? Issuer)> ids = [];
        private string? country;

        public void Add(string relative, string value, int line, int position, string? transaction)
        {
            var inner = isAgent && relative.StartsWith("FinInstnId/", StringComparison.Ordinal) ? relative["FinInstnId/".Length..] : relative;
            var at = path + "/" + relative;
            switch (inner)
            {
                case "Nm":
                    fields.Add(new PaymentField(at, PaymentFieldKind.Name, value, null, line, transaction));
                    break;
                case "PstlAdr/Ctry" or "CtryOfRes" or "Id/PrvtId/DtAndPlcOfBirth/CtryOfBirth":
                    if (value.Length != 2 || !value.All(char.IsAsciiLetterUpper))
                    {
                        throw new PaymentFormatException(at, line, position, $"'{value}' is not an ISO 3166 alpha-2 country code.");
                    }

                    country ??= inner == "PstlAdr/Ctry" || inner == "CtryOfRes" ? value : null;
                    fields.Add(new PaymentField(at, PaymentFieldKind.Country, value, null, line, transaction));
                    break;
                case "BICFI" or "Id/OrgId/AnyBIC":
                    if (!Bic.IsValid(value))
                    {
                        throw new PaymentFormatException(at, line, position, $"'{value}' is not a BIC (8 or 11 capitals and digits, letters 5-6 a country).");
                    }

                    fields.Add(new PaymentField(at, PaymentFieldKind.Bic, value, null, line, transaction));
                    break;
                // Each Othr holds Id, then SchmeNm and Issr: an Id opens the next identification.
                case "Id/PrvtId/Othr/Id" or "Id/OrgId/Othr/Id" or "Id/OrgId/LEI":
                    ids.Add((value, inner == "Id/OrgId/LEI" ? "LEI" : null, null));
                    break;
                case "Id/PrvtId/Othr/SchmeNm/Cd" or "Id/OrgId/Othr/SchmeNm/Cd" when ids.Count > 0:
                    ids[^1] = ids[^1] with { Code = value };
                    break;
                case "Id/PrvtId/Othr/Issr" or "Id/OrgId/Othr/Issr" when ids.Count > 0:
                    ids[^1] = ids[^1] with { Issuer = value };
                    break;
                case "PstlAdr/AdrLine" or "PstlAdr/TwnNm" or "PstlAdr/StrtNm" or "PstlAdr/TwnLctnNm" or "PstlAdr/DstrctNm" or "PstlAdr/CtrySubDvsn"
                    or "PstlAdr/Dept" or "PstlAdr/SubDept" or "PstlAdr/BldgNm" or "Id/PrvtId/DtAndPlcOfBirth/CityOfBirth":
                    fields.Add(new PaymentField(at, PaymentFieldKind.Address, value, null, line, transaction));
                    break;
            }
        }

        public IEnumerable<PaymentField> Fields()
        {
            var identifiers = ids.Select(i => PartyIdentifiers.Of(i.Code, i.Number, i.Issuer)).OfType<Identifier>().ToImmutableArray();
            return fields.Select(f => f.Kind == PaymentFieldKind.Name ? f with { Country = country, Identifiers = identifiers } : f);
        }
    }
}
