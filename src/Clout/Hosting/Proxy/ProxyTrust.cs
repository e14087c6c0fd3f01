using System.Net;
using Microsoft.Extensions.Options;
using ForwardedHeadersDefaults = Microsoft.AspNetCore.HttpOverrides.ForwardedHeadersDefaults;
using IPNetwork = System.Net.IPNetwork;

namespace Clout.Hosting.Proxy;

/// <summary>
/// Which reverse proxies are believed (<see cref="ProxyOptions"/>), in words for the start-up log and the readiness
/// details, and the first request that carried forwarded headers from an address that is not one of them: the sign of
/// a proxy nobody told Clout about, under which every visitor has the proxy's address.
/// </summary>
internal sealed partial class ProxyTrust
{
    private readonly ILogger<ProxyTrust> _logger;
    private IPAddress? _untrusted;

    public ProxyTrust(IOptions<ProxyOptions> options, ILogger<ProxyTrust> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _logger = logger;
        Proxies = [.. options.Value.KnownProxies.Select(IPAddress.Parse)];
        Networks = [.. options.Value.KnownNetworks.Select(n => IPNetwork.Parse(n))];
        Description = IsConfigured
            ? $"X-Forwarded-For and X-Forwarded-Proto are believed from {string.Join(", ", [.. Proxies.Select(p => p.ToString()), .. Networks.Select(n => n.ToString())])} only"
            : $"no proxy is trusted, X-Forwarded-For and X-Forwarded-Proto are ignored (behind a reverse proxy set {ProxyOptions.Section}:KnownProxies or {ProxyOptions.Section}:KnownNetworks)";
    }

    public IReadOnlyList<IPAddress> Proxies { get; }

    public IReadOnlyList<IPNetwork> Networks { get; }

    public bool IsConfigured => Proxies.Count > 0 || Networks.Count > 0;

    public string Description { get; }

    /// <summary>The first address that sent forwarded headers without being trusted; null while none has.</summary>
    public IPAddress? Untrusted => Volatile.Read(ref _untrusted);

    /// <summary>Notes a request that carries X-Forwarded-For from an untrusted address, and warns once, not per request.</summary>
    public void Observe(HttpContext context)
    {
        if (Volatile.Read(ref _untrusted) is not null || !context.Request.Headers.ContainsKey(ForwardedHeadersDefaults.XForwardedForHeaderName)
            || context.Connection.RemoteIpAddress is not { } address || Trusts(address))
        {
            return;
        }
        if (Interlocked.CompareExchange(ref _untrusted, address, null) is null)
        {
            LogUntrusted(_logger, address, ProxyOptions.Section + ":KnownProxies");
        }
    }

    public bool Trusts(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var plain = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return Proxies.Any(p => p.Equals(plain) || p.Equals(address)) || Networks.Any(n => n.Contains(plain) || n.Contains(address));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Forwarded headers from untrusted {Address} ignored: if it is your reverse proxy, set {Setting}; until then every visitor it relays has its address (this is logged once)")]
    private static partial void LogUntrusted(ILogger logger, IPAddress address, string setting);
}
