using System.Net;
using Microsoft.Extensions.Options;

namespace Clout.Hosting.Telemetry;

/// <summary>
/// Who may read /metrics. Prometheus scrapes without credentials, so the endpoint is answered only to addresses inside
/// <see cref="TelemetryOptions.MetricsNetworks"/>; everyone else gets the same 404 as when it is off. A request that
/// still carries X-Forwarded-For came through a proxy that is not trusted to say who the client is (the proxy settings
/// miss it), so its loopback or private address is the proxy's, not the client's: refused too. That keeps a
/// misconfigured proxy from publishing the metrics to the internet.
/// </summary>
internal sealed class MetricsGate(IOptions<TelemetryOptions> options)
{
    /// <summary>This machine and the private ranges, where a Prometheus server of the same installation lives.</summary>
    public static readonly IReadOnlyList<string> PrivateNetworks =
        ["127.0.0.0/8", "::1/128", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"];

    public const string Path = "/metrics";

    private readonly IPNetwork[] _networks = [.. (options.Value.MetricsNetworks ?? PrivateNetworks).Select(n => IPNetwork.Parse(n))];

    public bool Allows(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Request.Path.Equals(Path, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        if (context.Request.Headers.ContainsKey("X-Forwarded-For") || context.Connection.RemoteIpAddress is not { } address)
        {
            return false;
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        return _networks.Any(n => n.Contains(address));
    }
}
