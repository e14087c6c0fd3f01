using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Clout.Hosting.Telemetry;

/// <summary>
/// Liveness and readiness, for a supervisor and a load balancer. /health/live answers while the process does (no check
/// runs: restarting a node because its database is down would not bring the database back). /health/ready runs every
/// registered check (database, queues, and whatever another part adds) and answers 503 when one is Unhealthy, with a
/// JSON body naming each. /health is the readiness of old, with its plain-text body, for the probes already written.
/// </summary>
internal static class HealthEndpoints
{
    public static IHealthChecksBuilder AddCloutHealthChecks(this IServiceCollection services) =>
        services.AddHealthChecks().AddCheck<IntakeQueueHealthCheck>(IntakeQueueHealthCheck.Name);

    public static IEndpointRouteBuilder MapCloutHealthEndpoints(this IEndpointRouteBuilder app)
    {
        // Probes every few seconds are not traffic: they stay out of the HTTP duration metrics.
        app.MapHealthChecks("/health").DisableHttpMetrics();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteJsonAsync }).DisableHttpMetrics();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { ResponseWriter = WriteJsonAsync }).DisableHttpMetrics();
        return app;
    }

    /// <summary>
    /// {"status":"Unhealthy","duration_ms":3.1,"checks":[{"name":"database","status":"Unhealthy","description":…,
    /// "duration_ms":…}]}. No exception text: the endpoint is public, and an exception may name a host or a path.
    /// </summary>
    private static async Task WriteJsonAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await using var json = new Utf8JsonWriter(context.Response.BodyWriter);
        json.WriteStartObject();
        json.WriteString("status", report.Status.ToString());
        json.WriteNumber("duration_ms", Math.Round(report.TotalDuration.TotalMilliseconds, 1));
        json.WriteStartArray("checks");
        foreach (var (name, entry) in report.Entries)
        {
            json.WriteStartObject();
            json.WriteString("name", name);
            json.WriteString("status", entry.Status.ToString());
            json.WriteString("description", Describe(entry));
            json.WriteNumber("duration_ms", Math.Round(entry.Duration.TotalMilliseconds, 1));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
    }

    /// <summary>A check that threw has the exception's message as its description: kept for the log, which has it.</summary>
    private static string Describe(HealthReportEntry entry) => entry switch
    {
        { Exception: not null } => "failed; the log has the reason",
        { Description: { } description } => description,
        { Status: HealthStatus.Healthy } => "ok",
        _ => "failed",
    };
}
