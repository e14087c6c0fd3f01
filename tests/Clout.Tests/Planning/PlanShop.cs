using Clout.Core.Attribution;
using Clout.Core.Orders;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Tests.Planning;

/// <summary>
/// A shop to plan on: three micro-influencers and one celebrity with priced collaboration posts that report reach,
/// attributed EUR orders, and a nano account without a collaboration (no cost, so left out).
/// Cost per post: mila 200.00 / 2 posts = 100.00, noor 300.00 / 2 = 150.00, otto 100.00 / 1, star1 5,000.00 / 1.
/// </summary>
internal static class PlanShop
{
    public const string InfluencersCsv = """
        handle,platform,followers
        mila,instagram,20000
        noor,instagram,40000
        otto,instagram,50000
        star1,instagram,2000000
        tiny,instagram,5000
        """;

    public const string CollaborationsCsv = """
        campaign,influencer_handle,platform,fee,product_cost,commission_rate,promo_code,link_code,destination_url
        Spring,mila,instagram,200.00,0,0,MILA10,,
        Spring,noor,instagram,300.00,0,0,NOOR10,,
        Spring,otto,instagram,100.00,0,0,OTTO10,,
        Spring,star1,instagram,5000.00,0,0,STAR1,,
        """;

    public const string PostsCsv = """
        post_id,influencer_handle,platform,published_at,kind,sponsored,campaign,likes,comments,shares,saves,views,reach,impressions
        m1,mila,instagram,2026-03-01T10:00:00Z,photo,true,Spring,400,100,0,0,,6000,7000
        m2,mila,instagram,2026-03-08T10:00:00Z,photo,true,Spring,700,100,0,0,,7000,8000
        n1,noor,instagram,2026-03-02T10:00:00Z,photo,true,Spring,1000,200,0,0,,12000,14000
        n2,noor,instagram,2026-03-09T10:00:00Z,reel,true,Spring,1400,200,0,0,,15000,16000
        o1,otto,instagram,2026-03-03T10:00:00Z,photo,true,Spring,900,100,0,0,,14000,15000
        s1,star1,instagram,2026-03-04T10:00:00Z,photo,true,Spring,19000,1000,0,0,,500000,600000
        t1,tiny,instagram,2026-03-04T10:00:00Z,photo,false,,300,20,0,0,,2000,2100
        """;

    private static readonly (string Handle, int Orders)[] Sales = [("mila", 4), ("noor", 2), ("otto", 1), ("star1", 3)];

    public static readonly DateTime SaleDay = new(2026, 3, 10, 12, 0, 0, DateTimeKind.Utc);

    public static async Task SeedAsync(CloutServer server, WorkspaceInfo workspace, CancellationToken cancellationToken)
    {
        await server.ImportCsvAsync(workspace, ImportKind.Influencers, InfluencersCsv, cancellationToken);
        await server.ImportCsvAsync(workspace, ImportKind.Collaborations, CollaborationsCsv, cancellationToken);
        await server.ImportCsvAsync(workspace, ImportKind.Posts, PostsCsv, cancellationToken);
        foreach (var (handle, orders) in Sales)
        {
            await SellAsync(server, workspace, handle, orders, cancellationToken);
        }
    }

    /// <summary>Records <paramref name="orders"/> more EUR 50.00 orders attributed to the influencer's collaboration by its code.</summary>
    public static async Task SellAsync(CloutServer server, WorkspaceInfo workspace, string handle, int orders, CancellationToken cancellationToken) =>
        await server.InScopeAsync(workspace, async services =>
        {
            var db = services.GetRequiredService<CloutDbContext>();
            var id = await db.Collaborations.Join(db.Influencers, c => c.InfluencerId, i => i.Id, (c, i) => new { c.Id, i.Handle })
                .Where(x => x.Handle == handle).Select(x => x.Id).SingleAsync(cancellationToken);
            var sold = await db.Orders.CountAsync(o => o.AttributedCollaborationId == id, cancellationToken);
            for (var o = sold; o < sold + orders; o++)
            {
                db.Orders.Add(new Order
                {
                    ExternalId = $"{handle}-order-{o}", OccurredAtUtc = SaleDay.AddHours(o), ReceivedAtUtc = SaleDay.AddHours(o),
                    TotalMinor = 5_000, Currency = "EUR", Channel = OrderChannel.Api, AttributionSource = AttributionSource.Code,
                    CodeCollaborationId = id, AttributedCollaborationId = id,
                });
            }
            await db.SaveChangesAsync(cancellationToken);
            return true;
        });

    /// <summary>Sets the workspace's gross margin (0.4 = 40 %) as <c>clout workspace settings --margin</c> does.</summary>
    public static async Task SetMarginAsync(CloutServer server, WorkspaceInfo workspace, double? margin, CancellationToken cancellationToken) =>
        await server.InScopeAsync(workspace, async services =>
        {
            await services.GetRequiredService<WorkspaceSettingsStore>().SetGrossMarginAsync(workspace.Id, margin, cancellationToken);
            return true;
        });
}
