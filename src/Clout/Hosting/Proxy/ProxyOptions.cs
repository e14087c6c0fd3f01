namespace Clout.Hosting.Proxy;

/// <summary>
/// The reverse proxies whose X-Forwarded-For and X-Forwarded-Proto headers Clout believes, bound from the
/// "Clout:Proxy" section (environment variables Clout__Proxy__KnownProxies__0=127.0.0.1, or one comma-separated value
/// Clout__Proxy__KnownProxies=127.0.0.1,10.0.0.5). Nothing set: no proxy is trusted and those headers are ignored,
/// which is right for a server that faces the clients itself and wrong behind nginx (every visitor would be nginx).
/// </summary>
public sealed class ProxyOptions
{
    public const string Section = CloutConfiguration.Section + ":Proxy";

    /// <summary>Addresses of the proxies in front of Clout, e.g. 127.0.0.1 for an nginx on the same machine.</summary>
    [IpAddresses]
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks the proxies are in, in CIDR notation, e.g. 10.0.0.0/24 for a load balancer pool.</summary>
    [IpNetworks]
    public string[] KnownNetworks { get; set; } = [];
}
