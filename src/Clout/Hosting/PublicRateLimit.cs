using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.HttpOverrides;

namespace Clout.Hosting;

/// <summary>
/// The per-client-address limit of the public routes (tracking links, survey intake): a token bucket of so many
/// requests a minute per address, none for the machine itself when the feature exempts loopback (health probes, load
/// tests). The address is the client's: behind a trusted proxy, the one it forwarded (see Proxy/ProxyServices).
/// </summary>
internal static class PublicRateLimit
{
    public static RateLimitPartition<string> PerAddress(HttpContext context, int permitsPerMinute, bool exemptLoopback)
    {
        ArgumentNullException.ThrowIfNull(context);
        var address = context.Connection.RemoteIpAddress;
        // A request relayed by a proxy Clout does not trust still names its client in X-Forwarded-For (a trusted
        // proxy's header is consumed): it comes from somewhere else, not from the machine, and gets no exemption.
        return address is not null && exemptLoopback && IPAddress.IsLoopback(address) && !context.Request.Headers.ContainsKey(ForwardedHeadersDefaults.XForwardedForHeaderName)
            ? RateLimitPartition.GetNoLimiter("loopback")
            : RateLimitPartition.GetTokenBucketLimiter(address?.ToString() ?? "unknown", _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = permitsPerMinute,
                TokensPerPeriod = permitsPerMinute,
                ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
    }
}
