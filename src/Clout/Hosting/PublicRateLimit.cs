using System.Net;
using System.Threading.RateLimiting;

namespace Clout.Hosting;

/// <summary>
/// The per-client-address limit of the public routes (tracking links, survey intake): a token bucket of so many
/// requests a minute per address, none for the machine itself when the feature exempts loopback (health probes, a
/// local reverse proxy, load tests).
/// </summary>
internal static class PublicRateLimit
{
    public static RateLimitPartition<string> PerAddress(HttpContext context, int permitsPerMinute, bool exemptLoopback)
    {
        ArgumentNullException.ThrowIfNull(context);
        var address = context.Connection.RemoteIpAddress;
        return address is not null && exemptLoopback && IPAddress.IsLoopback(address)
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
