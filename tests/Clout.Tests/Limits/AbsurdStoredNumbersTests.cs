using System.Net;
using System.Net.Http.Json;
using Clout.Core.Access;
using Clout.Storage.Model;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Clout.Tests.Dashboard;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Tests.Limits;

/// <summary>
/// Numbers no door accepts any more, written straight into the database as an older version or a hand-made SQL
/// script could have: every page and report of the workspace still answers.
/// </summary>
public sealed class AbsurdStoredNumbersTests
{
    private const string Email = "ana@acme.test";
    private const string Password = "correct horse battery";

    private static CancellationToken Ct => WebTest.Ct;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EveryPageAndReport_AbsurdStoredNumbers_AnswersOk(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var workspace = await app.Server.CreateWorkspaceAsync("acme", Ct);
        await SmallShop.SeedAsync(app.Server, workspace, Ct);
        var (influencers, campaignId) = await StoreAbsurdNumbersAsync(app.Server, workspace);
        using var api = app.Server.CreateClient(await app.Server.CreateApiKeyAsync(workspace, Ct));
        await app.Server.CreateUserAsync(workspace, Email, Password, Role.Owner, Ct);
        using var dashboard = app.Server.CreateClient();
        using (var signIn = await DashboardLogin.SignInAsync(dashboard, Email, Password, returnUrl: "/"))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        List<string> apiPaths =
        [
            "/api/v1/reports/tiers", "/api/v1/reports/tiers?format=html", "/api/v1/reports/tiers?campaign=Spring",
            "/api/v1/reports/conversions", "/api/v1/reports/campaigns", "/api/v1/campaigns", "/api/v1/campaigns/Spring",
            "/api/v1/campaigns/Spring/reconciliation", "/api/v1/influencers", "/api/v1/posts", "/api/v1/orders/mila-order-0",
            .. influencers.Select(id => $"/api/v1/influencers/{id}"),
            .. influencers.Select(id => $"/api/v1/audits/{id}"),
        ];
        List<string> pages =
        [
            "/", "/influencers", "/campaigns", $"/campaigns/{campaignId}", $"/charts/campaigns/{campaignId}.svg",
            "/plan", "/plan?budget=6000&goal=conversions", "/plan?budget=6000&goal=reach", "/plan?budget=6000&goal=engagement", $"/comments?campaign={campaignId}",
            "/reports/tiers.html",
            .. influencers.Select(id => $"/influencers/{id}"),
            .. influencers.Select(id => $"/charts/influencers/{id}.svg"),
            .. influencers.Select(id => $"/comments?influencer={id}"),
        ];
        var failures = new List<string>();
        foreach (var path in apiPaths)
        {
            using var response = await api.GetAsync(path, Ct);
            Expect(failures, path, response.StatusCode, HttpStatusCode.OK);
        }
        foreach (var goal in new[] { "conversions", "reach", "engagement" })
        {
            using var plan = await api.PostAsJsonAsync("/api/v1/plans", new { budget = 6000, goal }, Ct);
            Expect(failures, $"POST /api/v1/plans ({goal})", plan.StatusCode, HttpStatusCode.OK);
        }
        foreach (var path in pages)
        {
            using var response = await dashboard.GetAsync(path, Ct);
            Expect(failures, path, response.StatusCode, HttpStatusCode.OK);
        }
        // The live feed is a stream: its first snapshot is where a sum would fail.
        using (var live = await dashboard.GetAsync($"/campaigns/{campaignId}/live", HttpCompletionOption.ResponseHeadersRead, Ct))
        {
            Expect(failures, "/campaigns/{id}/live", live.StatusCode, HttpStatusCode.OK);
            using var reader = new StreamReader(await live.Content.ReadAsStreamAsync(Ct));
            string? line;
            while ((line = await reader.ReadLineAsync(Ct)) is not null && !line.StartsWith("data:", StringComparison.Ordinal))
            {
            }
            Assert.Contains("\"revenue\"", line ?? "the stream ended without a snapshot", StringComparison.Ordinal);
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task TierReportPdf_AbsurdStoredNumbers_IsPrinted()
    {
        Reports.ReportPdf.RequireChromium();
        await using var app = await WebTest.StartAsync();
        var workspace = await app.Server.CreateWorkspaceAsync("acme", Ct);
        await SmallShop.SeedAsync(app.Server, workspace, Ct);
        await StoreAbsurdNumbersAsync(app.Server, workspace);
        using var api = app.Server.CreateClient(await app.Server.CreateApiKeyAsync(workspace, Ct));

        using var response = await api.GetAsync("/api/v1/reports/tiers?format=pdf", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(Reports.ReportPdf.Read(await response.Content.ReadAsByteArrayAsync(Ct)).Pages >= 1);
    }

    private static void Expect(List<string> failures, string what, HttpStatusCode actual, HttpStatusCode expected)
    {
        if (actual != expected)
        {
            failures.Add($"{what}: {(int)actual}");
        }
    }

    /// <summary>
    /// long.MaxValue where a count or an amount is kept (likes on two posts of one influencer, followers, reach, views,
    /// impressions, a comment's likes), two orders of 92,233,720,368,547,758.07, a fee of 10^15 and a budget of long.MaxValue.
    /// </summary>
    private static Task<(long[] Influencers, long CampaignId)> StoreAbsurdNumbersAsync(CloutServer server, WorkspaceInfo workspace) =>
        server.InScopeAsync(workspace, async services =>
        {
            const long Max = long.MaxValue;
            var db = services.GetRequiredService<CloutDbContext>();
            var ids = await db.Influencers.ToDictionaryAsync(i => i.Handle, i => i.Id, Ct);
            await db.Influencers.Where(i => i.Handle == "noor").ExecuteUpdateAsync(s => s.SetProperty(i => i.Followers, Max).SetProperty(i => i.Following, Max), Ct);
            await db.Posts.Where(p => p.ExternalId == "m1" || p.ExternalId == "m2" || p.ExternalId == "s1")
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Likes, Max).SetProperty(p => p.Impressions, Max), Ct);
            await db.Posts.Where(p => p.ExternalId == "n1" || p.ExternalId == "n2")
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Comments, Max).SetProperty(p => p.Shares, Max).SetProperty(p => p.Saves, Max), Ct);
            await db.Posts.Where(p => p.ExternalId == "o1" || p.ExternalId == "o2")
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Views, Max).SetProperty(p => p.Reach, Max).SetProperty(p => p.Impressions, Max), Ct);
            await db.Orders.Where(o => o.ExternalId == "mila-order-0" || o.ExternalId == "mila-order-1" || o.ExternalId == "star1-order-0")
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.TotalMinor, Max), Ct);
            await db.Collaborations.Where(c => c.InfluencerId == ids["star1"]).ExecuteUpdateAsync(s => s.SetProperty(c => c.FeeMinor, 100_000_000_000_000_000L), Ct);
            await db.Collaborations.Where(c => c.InfluencerId == ids["star2"] || c.InfluencerId == ids["star3"])
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.FeeMinor, Max).SetProperty(c => c.ProductCostMinor, Max), Ct);
            await db.Collaborations.Where(c => c.InfluencerId == ids["mila"]).ExecuteUpdateAsync(s => s.SetProperty(c => c.CommissionRate, 1.0), Ct);
            await db.Campaigns.ExecuteUpdateAsync(s => s.SetProperty(c => c.BudgetMinor, Max), Ct);
            await db.Workspaces.ExecuteUpdateAsync(s => s.SetProperty(w => w.GrossMargin, 1.0), Ct);
            var m1 = await db.Posts.Where(p => p.ExternalId == "m1").Select(p => p.Id).SingleAsync(Ct);
            var day = new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc);
            foreach (var handle in new[] { "mila", "noor", "otto" })
            {
                db.FollowerSnapshots.Add(new FollowerSnapshot { InfluencerId = ids[handle], DateUtc = day, Followers = 1, Following = Max });
                db.FollowerSnapshots.Add(new FollowerSnapshot { InfluencerId = ids[handle], DateUtc = day.AddDays(1), Followers = Max, Following = 1 });
                db.AudienceAudits.Add(new AudienceAudit
                {
                    InfluencerId = ids[handle], CreatedAtUtc = day, SampleSize = 100, FakeCount = 10, FakeShare = 0.1, FakeShareLow = 0.05,
                    FakeShareHigh = 0.2, SampleNeeded = 100, ModelSource = "default",
                });
            }
            for (var i = 0; i < 3; i++)
            {
                db.Comments.Add(new Comment { PostId = m1, ExternalId = $"c{i}", Author = $"fan{i}", Text = "love it", Likes = Max, SentimentCompound = 0.6, SkepticalScore = 0, IntentScore = 0, SpamScore = 0 });
            }
            await db.SaveChangesAsync(Ct);
            var campaign = await db.Campaigns.Select(c => c.Id).SingleAsync(Ct);
            return (ids.Values.Order().ToArray(), campaign);
        });
}
