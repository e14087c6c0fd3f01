using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using System.Text.Json;
using Clout.Core.Access;
using Clout.Storage.Model;
using Clout.Testing;
using Clout.Tests.Campaigns;
using Clout.Tests.Dashboard;
using Clout.Tests.Tracking;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Clout.Tests.Hosting;

/// <summary>
/// Two real servers on one PostgreSQL database, as two `clout serve` nodes behind a load balancer: a browser's
/// session and forms work on either, a click taken by one shows on the other's live page, the day's visitor salt is
/// one, and periodic work runs on one node at a time, moving to the other when its node goes.
/// </summary>
public sealed class SeveralNodesTests
{
    private const string Password = "correct horse battery";

    private static CancellationToken Ct => WebTest.Ct;

    [Fact]
    public async Task Session_SignedInOnA_WorksOnB_AndSigningOutOnB_EndsItOnA()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var nodeA = await CloutServer.StartAsync(database.ConnectionString, Ct);
        await using var nodeB = await CloutServer.StartAsync(database.ConnectionString, Ct);
        var workspace = await nodeA.CreateWorkspaceAsync("acme", Ct);
        await nodeA.CreateUserAsync(workspace, "ana@acme.test", Password, Role.Analyst, Ct);
        // One browser: one cookie jar, whichever node the balancer picks.
        var cookies = new CookieContainer();
        using var browserOnA = Browser(nodeA, cookies);
        using var browserOnB = Browser(nodeB, cookies);

        using (var signIn = await DashboardLogin.SignInAsync(browserOnA, "ana@acme.test", Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }
        using (var pageOnB = await browserOnB.GetAsync("/campaigns", Ct))
        {
            Assert.Equal(HttpStatusCode.OK, pageOnB.StatusCode);
        }
        // A form rendered by A, posted to B.
        var token = await DashboardLogin.AntiforgeryTokenAsync(browserOnA, "/campaigns");
        using (var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = "Winter", ["goal"] = "conversion", ["startsAt"] = "2026-12-01", ["endsAt"] = "2027-01-01", ["budget"] = "5000",
            [DashboardLogin.TokenField] = token,
        }))
        {
            using var created = await browserOnB.PostAsync("/campaigns", form, Ct);
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
            Assert.StartsWith("/campaigns/", created.Headers.Location?.OriginalString);
        }

        // Signing out deletes the browser's cookie; a copy kept from before (a stolen one) must be refused too.
        var copy = cookies.GetCookieHeader(nodeA.Address);
        using (var signOut = await DashboardLogin.SignOutAsync(browserOnB))
        {
            Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        }
        using var withCopy = new HttpRequestMessage(HttpMethod.Get, "/campaigns") { Headers = { { "Cookie", copy } } };
        using var copyOnA = nodeA.CreateClient();
        using var oldCookieOnA = await copyOnA.SendAsync(withCopy, Ct);
        Assert.Equal(HttpStatusCode.Redirect, oldCookieOnA.StatusCode);
        Assert.Contains(DashboardLogin.LoginPath, oldCookieOnA.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LiveFeed_OpenOnB_ShowsAClickTakenByA()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var nodeA = await CloutServer.StartAsync(database.ConnectionString, Ct);
        await using var nodeB = await CloutServer.StartAsync(database.ConnectionString, Ct);
        var workspace = await CampaignEndpointTests.SeedAsync(nodeA);
        await nodeA.CreateUserAsync(workspace, "ana@acme.test", Password, Role.Viewer, Ct);
        using var browserOnB = nodeB.CreateClient();
        (await DashboardLogin.SignInAsync(browserOnB, "ana@acme.test", Password)).Dispose();
        var campaignId = await nodeB.InScopeAsync(workspace, s => s.GetRequiredService<CloutDbContext>().Campaigns.Where(c => c.Name == "Spring").Select(c => c.Id).SingleAsync(Ct));

        using var live = await browserOnB.GetAsync($"/campaigns/{campaignId}/live", HttpCompletionOption.ResponseHeadersRead, Ct);
        using var reader = new StreamReader(await live.Content.ReadAsStreamAsync(Ct));
        var before = await NextSnapshotAsync(reader);
        using var visitor = nodeA.CreateClient();
        using (var click = await visitor.SendAsync(TrackingLinkSeed.Request("mila-spring"), Ct))
        {
            Assert.Equal(HttpStatusCode.Redirect, click.StatusCode);
        }
        var after = await NextSnapshotAsync(reader);

        Assert.Equal(0, before.GetProperty("clicks").GetInt32());
        Assert.Equal(1, after.GetProperty("clicks").GetInt32());
    }

    [Fact]
    public async Task FirstClicksOfTheDay_OnTwoNodesAtOnce_GiveTheSameVisitorOneId()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var nodeA = await CloutServer.StartAsync(database.ConnectionString, Ct);
        await using var nodeB = await CloutServer.StartAsync(database.ConnectionString, Ct);
        await TrackingLinkSeed.SeedAsync(nodeA);
        using var onA = nodeA.CreateClient();
        using var onB = nodeB.CreateClient();

        var clicks = await Task.WhenAll(onA.SendAsync(TrackingLinkSeed.Request(TrackingLinkSeed.Code), Ct), onB.SendAsync(TrackingLinkSeed.Request(TrackingLinkSeed.Code), Ct));
        foreach (var click in clicks)
        {
            Assert.Equal(HttpStatusCode.Redirect, click.StatusCode);
            click.Dispose();
        }

        var stored = await WaitForAsync(() => TrackingLinkSeed.ClicksAsync(nodeA), c => c.Count == 2);
        Assert.Single(stored.Select(c => c.VisitorId).Distinct());
        Assert.Equal(1, await nodeA.InScopeAsync(null, s => s.GetRequiredService<CloutDbContext>().VisitorSalts.IgnoreQueryFilters().CountAsync(Ct)));
    }

    [Fact]
    public async Task SaltSweep_OnTwoNodes_RunsOncePerHour_AndMovesToTheOtherNodeWhenItsNodeDies()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var turns = new TurnCounter("visitor-salt-sweep");
        var nodeA = await CloutServer.StartAsync(database.ConnectionString, Ct, clock);
        await using var nodeB = await CloutServer.StartAsync(database.ConnectionString, Ct, clock);
        turns.Track(Scope(nodeA), Scope(nodeB));
        try
        {
            await turns.WaitForTurnsAsync(2);
            Assert.Equal(1, turns.Ran);
            var holder = turns.RanOn.Single();
            for (var hour = 1; hour <= 3; hour++)
            {
                clock.Advance(TimeSpan.FromHours(1));
                await turns.WaitForTurnsAsync(2 * (hour + 1));
                Assert.Equal(hour + 1, turns.Ran); // one sweep an hour, always on the same node
                Assert.Equal([holder], turns.RanOn);
            }
            var (dying, surviving) = holder == Scope(nodeA) ? (nodeA, nodeB) : (nodeB, nodeA);

            // The holder dies: the database ends its sessions, and its locks go with them.
            Assert.True(await TerminateAdvisoryLockHoldersAsync(database.ConnectionString) >= 1);
            await dying.DisposeAsync();
            clock.Advance(TimeSpan.FromHours(1));
            await WaitForAsync(() => Task.FromResult(turns.RanOn), r => r.Contains(Scope(surviving)));
            Assert.Equal(5, turns.Ran);
        }
        finally
        {
            await nodeA.DisposeAsync();
        }
    }

    [Fact]
    public async Task ClickRetention_OnTwoNodes_RunsAtStartAndDaily_OnOneNode()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var turns = new TurnCounter("click-retention");
        string[] settings = ["--Clout:Retention:ClickMonths=1"];
        await using var nodeA = await CloutServer.StartAsync(database.ConnectionString, Ct, clock, settings);
        await using var nodeB = await CloutServer.StartAsync(database.ConnectionString, Ct, clock, settings);
        turns.Track(Scope(nodeA), Scope(nodeB));

        await turns.WaitForTurnsAsync(2);
        Assert.Equal(1, turns.Ran);
        clock.Advance(TimeSpan.FromDays(1));
        await turns.WaitForTurnsAsync(4);

        Assert.Equal(2, turns.Ran);
        Assert.Single(turns.RanOn);
    }

    private static object Scope(CloutServer node) => node.Services.GetRequiredService<IMeterFactory>();

    private static HttpClient Browser(CloutServer node, CookieContainer cookies) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = cookies }) { BaseAddress = node.Address };

    private static async Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromMinutes(1));
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(50), timeout.Token);
        }
    }

    private static async Task<int> TerminateAdvisoryLockHoldersAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
            connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<JsonElement> NextSnapshotAsync(StreamReader reader)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromMinutes(1));
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                using var json = JsonDocument.Parse(line["data: ".Length..]);
                return json.RootElement.Clone();
            }
        }
        throw new InvalidOperationException("the event stream ended");
    }

    /// <summary>Reads clout.cluster.turns of one job from every node in this process, by node (the meter's scope).</summary>
    private sealed class TurnCounter : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentQueue<(object? Node, bool Ran)> _turns = new();

        public TurnCounter(string job)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Name == "clout.cluster.turns")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) =>
            {
                string? jobTag = null, outcome = null;
                foreach (var tag in tags)
                {
                    jobTag = tag.Key == "job" ? tag.Value as string : jobTag;
                    outcome = tag.Key == "outcome" ? tag.Value as string : outcome;
                }
                if (jobTag == job)
                {
                    _turns.Enqueue((instrument.Meter.Scope, outcome == "this_node"));
                }
            });
            _listener.Start();
        }

        /// <summary>The nodes of this test: servers of other tests in the same process take their turns too.</summary>
        private object[] _nodes = [];

        public void Track(params object[] nodes) => _nodes = nodes;

        private IEnumerable<(object? Node, bool Ran)> Turns => _turns.Where(t => _nodes.Contains(t.Node));

        public int Ran => Turns.Count(t => t.Ran);

        public IReadOnlyList<object?> RanOn => [.. Turns.Where(t => t.Ran).Select(t => t.Node).Distinct()];

        public Task<int> WaitForTurnsAsync(int count) => WaitForAsync(() => Task.FromResult(Turns.Count()), c => c >= count);

        public void Dispose() => _listener.Dispose();
    }
}
