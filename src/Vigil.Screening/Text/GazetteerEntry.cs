namespace Vigil.Screening.Text;

/// <summary>One listed name in the gazetteer: its entity and which of its identifying words count for little.</summary>
/// <param name="Entity">Index of the entity in the screener's entity list.</param>
/// <param name="ContentCount">Number of identifying words (legal forms and particles excluded), at most 16.</param>
/// <param name="WeakMask">Bit k set when word k is a generic or common word ("bank", "national"), which cannot carry a mention alone.</param>
/// <param name="PlaceMask">Bit k set when word k is a place a company trades from ("europe", "dubai"): it says where, not who.</param>
internal readonly record struct GazetteerEntry(int Entity, byte ContentCount, ushort WeakMask, ushort PlaceMask = 0)
{
    /// <summary>Bits of every identifying word.</summary>
    public ushort AllMask => (ushort)((1 << ContentCount) - 1);

    /// <summary>Bits of the words that are no place: the name's words but for where it trades.</summary>
    public ushort NamingMask => (ushort)(AllMask & ~PlaceMask);
}
