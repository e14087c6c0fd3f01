using System.Threading.RateLimiting;
using Clout.Hosting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Clout.Tracking;

/// <summary>
/// Redirects per client address and minute (<see cref="TrackingOptions.PermitsPerMinute"/>); the machine itself is not
/// limited when <see cref="TrackingOptions.ExemptLoopback"/>. A policy object made once, so that a click does not open
/// the request's service scope just to read the options.
/// </summary>
internal sealed class TrackingRateLimitPolicy(IOptions<TrackingOptions> options) : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => null;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        PublicRateLimit.PerAddress(httpContext, options.Value.PermitsPerMinute, options.Value.ExemptLoopback);
}
