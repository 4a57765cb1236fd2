namespace Vigil.Server.Security;

/// <summary>
/// Opens keyless access under <c>--insecure-local</c> only once every bound address was checked to be loopback;
/// until then, and always without the option, a request without a key is refused.
/// </summary>
internal sealed class InsecureLocalGate
{
    private volatile bool open;

    /// <summary>True once keyless access is allowed.</summary>
    public bool IsOpen => open;

    /// <summary>Allows keyless access; called after the address check passed.</summary>
    public void Open() => open = true;
}
