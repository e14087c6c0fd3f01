using System.Net;
using Clout.Hosting;
using Clout.Storage.Model;
using Clout.Testing;
using Clout.Tests.Tracking;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Clout.Tests.Hosting;

/// <summary>The host's graceful stop (what SIGTERM and Ctrl+C start): every intake queue is drained before the process ends.</summary>
public sealed class GracefulStopTests
{
    private const int Clicks = 1_500;

    private static CancellationToken Ct => WebTest.Ct;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Stop_WhileClicksAreQueued_EveryAcknowledgedClickStoredAndEveryQueueEmpty(DatabaseProvider provider)
    {
        // Small group commits, so that a queue builds up behind the writer under a burst.
        await using var app = await WebTest.StartAsync(provider, settings: ["--Clout:Tracking:MaxBatch=5"]);
        await TrackingLinkSeed.SeedAsync(app.Server);
        var queues = app.Server.Services.GetServices<IIntakeQueue>().ToList();
        Assert.NotEmpty(queues);
        using var client = app.Server.CreateClient();

        var sends = Enumerable.Range(0, Clicks).Select(_ => ClickAsync(client)).ToList();
        await WaitUntilAsync(() => queues.Sum(q => q.Depth) > 0 || sends.All(s => s.IsCompleted));
        await app.Server.StopAsync(Ct);
        var answers = await Task.WhenAll(sends);

        Assert.All(queues, q => Assert.True(q.Depth == 0, $"{q.Name} still holds {q.Depth}"));
        var acknowledged = answers.OfType<string>().ToHashSet();
        Assert.NotEmpty(acknowledged);
        var stored = (await TrackingLinkSeed.ClicksAsync(app.Server)).Select(c => c.Ref).ToHashSet();
        Assert.Subset(stored, acknowledged);
    }

    [Fact]
    public async Task Create_ShutdownTimeout_DefaultCoversAFullClickQueueAndCanBeRaised()
    {
        var db = $"--{CloutConfiguration.ConnectionStringKey}=Data Source=unused.db";
        await using var byDefault = CloutWebApp.Create([db]);
        await using var raised = CloutWebApp.Create([db, "--shutdownTimeoutSeconds=90"]);

        // A full click queue (10,000) drains in well under a second at the group commit's rate (bench/README.md).
        Assert.Equal(TimeSpan.FromSeconds(30), byDefault.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
        Assert.Equal(TimeSpan.FromSeconds(90), raised.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
    }

    /// <summary>The click's reference when it was acknowledged (a 302 carries it); null when it was refused or cut off.</summary>
    private static async Task<string?> ClickAsync(HttpClient client)
    {
        try
        {
            using var response = await client.SendAsync(TrackingLinkSeed.Request(TrackingLinkSeed.Code), Ct);
            return response.StatusCode == HttpStatusCode.Redirect ? QueryHelpers.ParseQuery(response.Headers.Location!.Query)["clout_ref"].ToString() : null;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        limit.CancelAfter(TimeSpan.FromMinutes(2));
        while (!condition())
        {
            await Task.Delay(5, limit.Token);
        }
    }
}
