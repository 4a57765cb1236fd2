namespace Vigil.Screening.Text;

/// <summary>One way of naming a sanctioned jurisdiction, as folded words.</summary>
/// <param name="Words">The folded words ("corea", "del", "norte").</param>
/// <param name="Jurisdiction">The jurisdiction named.</param>
/// <param name="IsAdjective">True for a demonym or adjective ("Venezuelan", "venezolana"), which may be lower case.</param>
/// <param name="RequiresCapitals">True for a short acronym that counts only in capitals ("DPRK", "DNR").</param>
/// <param name="Arabic">Written in Arabic letters: it names a jurisdiction only in words written so (folded, فنزويلا
/// is "fnzwyla", which a Latin word may spell).</param>
internal sealed record JurisdictionPhrase(string[] Words, SanctionedJurisdiction Jurisdiction, bool IsAdjective, bool RequiresCapitals, bool Arabic = false);
