using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Clout.Hosting.Proxy;

/// <summary>Readiness detail "proxy": which proxies are trusted, or Degraded once an untrusted one has sent forwarded headers.</summary>
internal sealed class ProxyHealthCheck(ProxyTrust trust) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(trust.Untrusted is { } address
            ? HealthCheckResult.Degraded($"forwarded headers from untrusted {address} ignored: set {ProxyOptions.Section}:KnownProxies")
            : HealthCheckResult.Healthy(trust.Description));
}
