using System.Net;
using Clout.Core.Tracking;
using Clout.Storage.Model;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Clout.Tests.WebTest;

namespace Clout.Tests.Tracking;

/// <summary>Clout:Retention:ClickMonths on a running app: old raw clicks go, every report answers as before.</summary>
public sealed class ClickRetentionJobTests
{
    // SmallShop's clicks are of March 10th; in May, keeping one whole month (April) drops March.
    private static readonly DateTimeOffset May = new(2026, 5, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTime Cutoff = new(2026, 4, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly string[] Pages =
        ["/api/v1/reports/tiers", "/api/v1/reports/conversions", "/api/v1/reports/campaigns", "/api/v1/campaigns/Spring",
         "/api/v1/reports/tiers?from=2026-03-01&to=2026-05-01", "/api/v1/reports/conversions?campaign=Spring&from=2026-03-10T06:00:00Z"];

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Serve_WithClickMonths_DropsOldClicksAtStart_ReportsAnswerTheSame(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(May);
        var before = new Dictionary<string, string>();
        Storage.Workspaces.WorkspaceInfo workspace;
        await using (var server = await CloutServer.StartAsync(database.ConnectionString, Ct, clock))
        {
            workspace = await server.CreateWorkspaceAsync("shop", Ct);
            await SmallShop.SeedAsync(server, workspace, Ct);
            // A kept click in April, beside the dropped ones of March.
            await server.InScopeAsync(workspace, async services =>
            {
                var db = services.GetRequiredService<CloutDbContext>();
                db.Clicks.Add(new Click
                {
                    CollaborationId = await db.Collaborations.Where(c => c.LinkCode == "lmila").Select(c => c.Id).SingleAsync(Ct),
                    OccurredAtUtc = new DateTime(2026, 4, 2, 8, 0, 0, DateTimeKind.Utc), Ref = "kept", VisitorId = "april", Kind = ClickKind.Human,
                });
                return await db.SaveChangesAsync(Ct);
            });
            using var client = server.CreateClient(await server.CreateApiKeyAsync(workspace, Ct));
            foreach (var page in Pages)
            {
                var response = await client.GetAsync(page, Ct);
                before[page] = await response.Content.ReadAsStringAsync(Ct);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page}: {(int)response.StatusCode} {before[page]}");
            }
        }

        await using (var server = await CloutServer.StartAsync(database.ConnectionString, Ct, clock, ["--Clout:Retention:ClickMonths=1"]))
        {
            await WaitAsync(() => server.InScopeAsync(workspace, s => s.GetRequiredService<CloutDbContext>().Clicks.AllAsync(c => c.OccurredAtUtc >= Cutoff, Ct)));
            Assert.Equal(1, await server.InScopeAsync(workspace, s => s.GetRequiredService<CloutDbContext>().Clicks.CountAsync(Ct)));
            using var client = server.CreateClient(await server.CreateApiKeyAsync(workspace, Ct));
            foreach (var page in Pages)
            {
                var response = await client.GetAsync(page, Ct);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal(before[page], await response.Content.ReadAsStringAsync(Ct));
            }
        }
    }

    [Fact]
    public async Task Serve_NegativeClickMonths_StopsNamingTheSetting()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var error = await Assert.ThrowsAnyAsync<Exception>(() => CloutServer.StartAsync(database.ConnectionString, Ct, null, ["--Clout:Retention:ClickMonths=-1"]));
        Assert.Contains("Clout:Retention:ClickMonths must be between 0 and 1200", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The job runs in the background at start: waits for its effect, generously (CI is slow).</summary>
    private static async Task WaitAsync(Func<Task<bool>> done)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!await done())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(60), "the old clicks were not dropped within 60 s");
            await Task.Delay(100, Ct);
        }
    }
}
