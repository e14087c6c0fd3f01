namespace Clout.Hosting.Telemetry;

/// <summary>
/// Where Clout's metrics and traces go, bound from "Clout:Telemetry" (environment variables Clout__Telemetry__…). Both
/// exports are off by default, and then OpenTelemetry is not set up at all: the redirect pays nothing for it.
/// </summary>
public sealed class TelemetryOptions
{
    public const string Section = CloutConfiguration.Section + ":Telemetry";

    /// <summary>
    /// An OpenTelemetry collector's OTLP/HTTP address, e.g. http://collector:4318 (metrics go to /v1/metrics and traces
    /// to /v1/traces below it); empty: no OTLP export.
    /// </summary>
    [HttpUrlOrEmpty]
    public string? OtlpEndpoint { get; set; }

    /// <summary>Serves GET /metrics in Prometheus' text format, to the <see cref="MetricsNetworks"/> only.</summary>
    public bool Prometheus { get; set; }

    /// <summary>
    /// The networks (CIDR, e.g. 10.0.0.0/8) a Prometheus server may scrape /metrics from; unset: this machine and the
    /// private networks (<see cref="MetricsGate.PrivateNetworks"/>). A request that came through a reverse proxy is
    /// judged by the client's address the proxy forwarded, never by the proxy's own.
    /// </summary>
    [IpNetworks]
    public string[]? MetricsNetworks { get; set; }
}
