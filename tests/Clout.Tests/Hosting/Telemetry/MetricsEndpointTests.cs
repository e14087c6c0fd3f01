using System.Net;
using Clout.Storage.Model;
using Clout.Testing;
using Clout.Tests.Tracking;

namespace Clout.Tests.Hosting.Telemetry;

/// <summary>
/// GET /metrics: Prometheus' text with HTTP, queue and group-commit metrics when Clout:Telemetry:Prometheus is on, to the
/// allowed networks only; a 404 otherwise, as when it is off (the default).
/// </summary>
public sealed class MetricsEndpointTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private static CancellationToken Ct => WebTest.Ct;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Metrics_PrometheusOn_AfterAClick_ShowsCommitSizeQueueDepthAndHttpDuration(DatabaseProvider provider)
    {
        await using var app = await RunningApp.StartAsync(provider, Ct, settings: ["--Clout:Telemetry:Prometheus=true"]);
        await TrackingLinkSeed.SeedAsync(app.Server);
        using var client = app.Server.CreateClient();

        using (var click = await client.SendAsync(TrackingLinkSeed.Request(TrackingLinkSeed.Code), Ct))
        {
            Assert.Equal(HttpStatusCode.Redirect, click.StatusCode);
        }
        // The request's duration is recorded as its response ends, a moment after the client has it.
        var text = await ScrapeUntilAsync(client, t => t.Contains("http_server_request_duration", StringComparison.Ordinal));

        Assert.Contains("clout_clicks_commit_size_bucket{", text);
        Assert.Contains("clout_clicks_committed_total", text);
        Assert.Contains("clout_intake_queue_depth{", text);
        Assert.Contains("queue=\"clicks\"", text);
        Assert.Contains("clout_intake_queue_capacity{", text);
        Assert.Contains("http_server_request_duration_seconds_bucket{", text);
    }

    [Fact]
    public async Task Metrics_Default_IsNotFound()
    {
        await using var app = await RunningApp.StartAsync(DatabaseProvider.Sqlite, Ct);
        using var client = app.Server.CreateClient();

        using var response = await client.GetAsync("/metrics", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Metrics_ScraperOutsideTheNetworks_IsNotFound()
    {
        await using var app = await RunningApp.StartAsync(DatabaseProvider.Sqlite, Ct,
            settings: ["--Clout:Telemetry:Prometheus=true", "--Clout:Telemetry:MetricsNetworks:0=10.0.0.0/8"]);
        using var client = app.Server.CreateClient();

        using var response = await client.GetAsync("/metrics", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Metrics_ThroughAnUntrustedProxy_IsNotFound()
    {
        await using var app = await RunningApp.StartAsync(DatabaseProvider.Sqlite, Ct, settings: ["--Clout:Telemetry:Prometheus=true"]);
        using var client = app.Server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        // A local proxy the proxy settings do not trust: the address is its, the client is anyone.
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        using var response = await client.SendAsync(request, Ct);
        using var direct = await client.GetAsync("/metrics", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, direct.StatusCode);
    }

    private static async Task<string> ScrapeUntilAsync(HttpClient client, Func<string, bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            using var response = await client.GetAsync("/metrics", Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var text = await response.Content.ReadAsStringAsync(Ct);
            if (done(text) || DateTime.UtcNow > deadline)
            {
                return text;
            }
            await Task.Delay(100, Ct);
        }
    }
}
