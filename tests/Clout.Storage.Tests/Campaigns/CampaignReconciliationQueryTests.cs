using Clout.Core.Attribution;
using Clout.Core.Names;
using Clout.Core.Orders;
using Clout.Storage.Campaigns;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Clout.Storage.Tests.StorageTestExtensions;

namespace Clout.Storage.Tests.Campaigns;

public sealed class CampaignReconciliationQueryTests
{
    private const string Influencers = """
        handle,platform,followers
        mila,instagram,30000
        noor,instagram,40000
        otto,instagram,50000
        """;

    private const string Collaborations = """
        campaign,influencer_handle,platform,fee,product_cost,commission_rate,promo_code,link_code,destination_url
        Spring,mila,instagram,100,0,0,MILA10,lmila,https://shop.example/
        Spring,noor,instagram,100,0,0,NOOR10,lnoor,https://shop.example/
        Other,otto,instagram,100,0,0,OTTO10,lotto,https://shop.example/
        """;

    private static readonly DateTime Mar1 = new(2026, 3, 1, 10, 0, 0, DateTimeKind.Utc);

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LoadAsync_MixedSignals_CountsSideBySideAndFlagsCouponOrders(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await SeedAsync(db);

        var rows = Assert.IsAssignableFrom<IReadOnlyList<CollaborationReconciliation>>(await LoadAsync(db, ws, "Spring"));

        Assert.Equal(["mila", "noor"], rows.Select(r => r.InfluencerHandle));
        var mila = rows[0];
        // Mila: code in o1, o2, o4; click in o1; survey in o1, o3; each overlap only o1 (and o1 has all three); won o1, o2, o4 by code.
        Assert.Equal(new SignalCounts(mila.CollaborationId, 3, 1, 2, 1, 1, 1, 1, 3, 0, 0), mila.Signals);
        Assert.Equal("MILA10", mila.PromoCode);
        var flag = Assert.Single(mila.Leakage);
        Assert.Equal(("o2", LeakageKind.CouponSite), (flag.OrderId, flag.Kind));
        Assert.Contains("retailmenot.com", flag.Reason, StringComparison.Ordinal);
        // Noor: click o3 (won), survey o5 (won). Otto's code order o6 belongs to another campaign.
        Assert.Equal(new SignalCounts(rows[1].CollaborationId, 0, 1, 1, 0, 0, 0, 0, 0, 1, 1), rows[1].Signals);
        Assert.Empty(rows[1].Leakage);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LoadAsync_UnknownCampaign_IsNull(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await SeedAsync(db);

        Assert.Null(await LoadAsync(db, ws, "Nope"));
    }

    private static async Task<IReadOnlyList<CollaborationReconciliation>?> LoadAsync(TestDatabase db, WorkspaceInfo ws, string campaign)
    {
        await using var scope = db.CreateScope(ws);
        return await scope.ServiceProvider.GetRequiredService<CampaignReconciliationQuery>().LoadAsync(campaign, Ct);
    }

    private static async Task<WorkspaceInfo> SeedAsync(TestDatabase db)
    {
        var ws = await db.CreateWorkspaceAsync("shop");
        (await db.ImportCsvAsync(ws, ImportKind.Influencers, Influencers)).AssertSucceeded();
        (await db.ImportCsvAsync(ws, ImportKind.Collaborations, Collaborations)).AssertSucceeded();
        await using var scope = db.CreateScope(ws);
        var context = scope.ServiceProvider.GetRequiredService<CloutDbContext>();
        var ids = await context.Collaborations.Join(context.Influencers, c => c.InfluencerId, i => i.Id, (c, i) => new { c.Id, i.Handle })
            .ToDictionaryAsync(x => x.Handle, x => x.Id, Ct);
        var n = 0;
        void Order(string? code, string? click, string? survey, string source, string? won, string? referrer = null) =>
            context.Orders.Add(new Order
            {
                ExternalId = $"o{++n}", OccurredAtUtc = Mar1.AddHours(n), ReceivedAtUtc = Mar1.AddHours(n), TotalMinor = 1_000, Currency = "EUR",
                Channel = OrderChannel.Api, Referrer = referrer, AttributionSource = StoredNames.Parse<AttributionSource>(source),
                CodeCollaborationId = code is null ? null : ids[code], ClickCollaborationId = click is null ? null : ids[click],
                SurveyCollaborationId = survey is null ? null : ids[survey], AttributedCollaborationId = won is null ? null : ids[won],
            });
        Order("mila", "mila", "mila", "code", "mila");
        Order("mila", "otto", null, "code", "mila", referrer: "https://www.retailmenot.com/view/shop.example");
        Order(null, "noor", "mila", "click", "noor");
        Order("mila", null, null, "code", "mila", referrer: "https://www.instagram.com/");
        Order(null, null, "noor", "survey", "noor");
        Order("otto", null, null, "code", "otto", referrer: "https://www.retailmenot.com/");
        await context.SaveChangesAsync(Ct);
        return ws;
    }
}
