using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Clout.Hosting.Telemetry;

/// <summary>
/// Readiness of the intake queues: Unhealthy when one is full (its requests wait for room, so a load balancer should
/// send new ones elsewhere), Degraded above <see cref="DegradedShare"/> of its capacity (falling behind).
/// </summary>
internal sealed class IntakeQueueHealthCheck(IEnumerable<IIntakeQueue> queues) : IHealthCheck
{
    public const string Name = "queues";

    /// <summary>Above this share of its capacity a queue is reported before it is full: there is time to act.</summary>
    public const double DegradedShare = 0.8;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = HealthStatus.Healthy;
        var parts = new List<string>();
        var data = new Dictionary<string, object>();
        foreach (var queue in queues)
        {
            var depth = queue.Depth;
            var capacity = queue.Capacity;
            var queueStatus = depth >= capacity ? HealthStatus.Unhealthy
                : depth > capacity * DegradedShare ? HealthStatus.Degraded
                : HealthStatus.Healthy;
            status = (HealthStatus)Math.Min((int)status, (int)queueStatus);
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{queue.Name} {depth} of {capacity}{(queueStatus == HealthStatus.Unhealthy ? " (full)" : "")}"));
            data[queue.Name] = depth;
        }
        var description = parts.Count == 0 ? "no intake queues" : string.Join(", ", parts);
        return Task.FromResult(new HealthCheckResult(status, description, data: data));
    }
}
