using System.Diagnostics.Metrics;
using Clout.Storage;
using Clout.Storage.Model;
using Microsoft.Extensions.Options;
using Npgsql;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Clout.Hosting.Telemetry;

/// <summary>
/// Metrics and traces through OpenTelemetry: HTTP (ASP.NET Core's own meters and spans), the database (Npgsql's meter
/// and spans on PostgreSQL; on SQLite, which has neither, EF Core's spans), the runtime, and everything on the meter
/// <see cref="MeterName"/> (intake queues, group-commit sizes). Exported over OTLP/HTTP and/or scraped at /metrics, as
/// <see cref="TelemetryOptions"/> says; with both off the SDK is not registered, so no listener makes any instrument
/// record anything.
/// </summary>
public static class CloutTelemetry
{
    /// <summary>The meter every part of Clout creates its instruments on (through IMeterFactory).</summary>
    public const string MeterName = "Clout";

    private const string ServiceName = "clout";

    public static WebApplicationBuilder AddCloutTelemetry(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddCloutOptions<TelemetryOptions>(TelemetryOptions.Section);
        builder.Services.AddSingleton<MetricsGate>();
        // Read here because the SDK is registered (or not) before the host is built; a bad value is reported by the
        // settings check at start, with its name.
        var options = new TelemetryOptions();
        try
        {
            builder.Configuration.GetSection(TelemetryOptions.Section).Bind(options);
        }
        catch (InvalidOperationException)
        {
            return builder;
        }
        Uri? otlp = Uri.TryCreate(options.OtlpEndpoint?.Trim().TrimEnd('/'), UriKind.Absolute, out var endpoint) ? endpoint : null;
        if (!options.Prometheus && otlp is null)
        {
            return builder;
        }
        var onSqlite = StorageServiceCollectionExtensions.DetectProvider(CloutConfiguration.ConnectionString(builder.Configuration)) == DatabaseProvider.Sqlite;
        var version = typeof(CloutTelemetry).Assembly.GetName().Version?.ToString();
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(ServiceName, serviceVersion: version))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(MeterName, "System.Runtime", "Microsoft.EntityFrameworkCore")
                    .AddAspNetCoreInstrumentation()
                    .AddNpgsqlInstrumentation()
                    .AddInstrumentation(s => new IntakeQueueMetrics(s.GetRequiredService<IMeterFactory>(), s.GetServices<IIntakeQueue>()));
                if (options.Prometheus)
                {
                    metrics.AddPrometheusExporter();
                }
                if (otlp is not null)
                {
                    metrics.AddOtlpExporter(o => Otlp(o, otlp, "v1/metrics"));
                }
            });
        // Traces have nowhere to go but OTLP: with Prometheus alone no span is even started.
        if (otlp is not null)
        {
            telemetry.WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation(o => o.Filter = context => !IsProbe(context.Request.Path))
                    .AddNpgsql();
                if (onSqlite)
                {
                    // Npgsql's spans cover PostgreSQL (EF's commands and the raw ones alike); EF's would repeat them.
                    tracing.AddEntityFrameworkCoreInstrumentation();
                }
                tracing.AddOtlpExporter(o => Otlp(o, otlp, "v1/traces"));
            });
        }
        return builder;
    }

    /// <summary>Serves /metrics to the scrapers <see cref="MetricsGate"/> lets in, when Prometheus is on.</summary>
    public static IApplicationBuilder UseCloutMetricsEndpoint(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.ApplicationServices.GetRequiredService<IOptions<TelemetryOptions>>().Value;
        if (!options.Prometheus)
        {
            return app;
        }
        var gate = app.ApplicationServices.GetRequiredService<MetricsGate>();
        return app.UseOpenTelemetryPrometheusScrapingEndpoint(gate.Allows);
    }

    private static bool IsProbe(PathString path) =>
        path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments(MetricsGate.Path, StringComparison.OrdinalIgnoreCase);

    /// <summary>OTLP over HTTP with protobuf: one port (4318) through any proxy, no HTTP/2 needed; the signal's path is added.</summary>
    private static void Otlp(OtlpExporterOptions options, Uri endpoint, string signalPath)
    {
        options.Protocol = OtlpExportProtocol.HttpProtobuf;
        options.Endpoint = new Uri(endpoint.AbsoluteUri.TrimEnd('/') + "/" + signalPath);
    }
}
