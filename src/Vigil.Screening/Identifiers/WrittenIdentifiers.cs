using System.Buffers;
using System.Collections.Frozen;
using Vigil.Model;

namespace Vigil.Screening.Identifiers;

/// <summary>
/// The listed identifiers that text writes as words of their own and that name their holder alone: digital currency
/// addresses ("sent to 12QtD5BF..."), SWIFT/BIC codes ("via KDBKKPPY") and aircraft registration marks ("EP-MMH"). A
/// remittance line or a news report gives them without the holder's name, or under another. Found as written: exact
/// keys only, so a word of prose is never taken for one.
/// </summary>
internal sealed class WrittenIdentifiers
{
    /// <summary>Digital currency addresses run from 25 characters (the shortest of XRP's) to 106 (a Monero integrated address).</summary>
    public const int MinWalletLength = 25;

    // The longest written identifier looked up.
    private const int MaxWalletLength = 106;

    // The shortest registration mark looked up, nationality prefix included ("N200VR"; a BIC has eight).
    private const int MinMarkLength = 4;

    // A BIC with its branch has eleven characters, the longest registration mark listed eight ("RA-65690").
    private const int MaxCodeLength = 11;

    private static readonly SearchValues<char> CodeCharacters = SearchValues.Create("-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static readonly SearchValues<char> LettersAndDigits = SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private readonly FrozenSet<string> wallets;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> marks;

    public WrittenIdentifiers(IReadOnlyCollection<SanctionsEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var identifiers = entities.SelectMany(e => e.Identifiers).ToList();
        wallets = KeysOf(identifiers, IdentifierType.CryptoAddress);
        marks = KeysOf(identifiers, IdentifierType.AircraftTailNumber).GetAlternateLookup<ReadOnlySpan<char>>();
        Bics = new BicIndex(entities);
    }

    /// <summary>The listed SWIFT/BIC codes, which payments' BIC fields are matched against too.</summary>
    public BicIndex Bics { get; }

    /// <summary>
    /// The listed identifier <paramref name="written"/> is, typed as listed, or null. Codes and registration marks count
    /// only in capitals, as they are written, which keeps words of prose out; a wallet counts however written.
    /// </summary>
    public Identifier? Find(ReadOnlySpan<char> written)
    {
        if (written.Length is >= MinWalletLength and <= MaxWalletLength)
        {
            if (written.ContainsAnyExcept(LettersAndDigits))
            {
                return null;
            }

            var wallet = new Identifier(IdentifierType.CryptoAddress, written.ToString());
            return wallets.Contains(wallet.Key) ? wallet : null;
        }

        if (written.Length is < MinMarkLength or > MaxCodeLength || written.ContainsAnyExcept(CodeCharacters))
        {
            return null;
        }

        if (Bic.IsValid(written) && Bics.Find(written.ToString()) is [var (_, listed), ..])
        {
            return listed;
        }

        // Every capitalised word of four letters or more in a remittance line comes here: the key is made in place.
        Span<char> key = stackalloc char[MaxCodeLength];
        var n = 0;
        foreach (var c in written)
        {
            if (c != '-')
            {
                key[n++] = c;
            }
        }

        return marks.Contains(key[..n]) ? new Identifier(IdentifierType.AircraftTailNumber, written.ToString()) : null;
    }

    private static FrozenSet<string> KeysOf(List<Identifier> identifiers, IdentifierType type) =>
        identifiers.Where(i => i.Type == type && i.Key.Length > 0).Select(i => i.Key).ToFrozenSet(StringComparer.Ordinal);
}
