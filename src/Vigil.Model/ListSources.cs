namespace Vigil.Model;

/// <summary>The short source codes that prefix every entity id (<c>&lt;source&gt;:&lt;source id&gt;</c>).</summary>
public static class ListSources
{
    /// <summary>US OFAC Specially Designated Nationals list.</summary>
    public const string OfacSdn = "ofac-sdn";

    /// <summary>US OFAC consolidated non-SDN lists.</summary>
    public const string OfacConsolidated = "ofac-cons";

    /// <summary>UN Security Council consolidated list.</summary>
    public const string UnSecurityCouncil = "un-sc";

    /// <summary>UK Sanctions List (FCDO).</summary>
    public const string UnitedKingdom = "uk";

    /// <summary>EU Financial Sanctions File.</summary>
    public const string EuropeanUnion = "eu";

    /// <summary>OpenSanctions FollowTheMoney data.</summary>
    public const string OpenSanctions = "os";

    /// <summary>Every known source code.</summary>
    public static IReadOnlyList<string> All { get; } = [OfacSdn, OfacConsolidated, UnSecurityCouncil, UnitedKingdom, EuropeanUnion, OpenSanctions];

    /// <summary>Builds an entity id from a source code and the source's own id.</summary>
    public static string EntityId(string source, string sourceId) => source + ":" + sourceId;
}
