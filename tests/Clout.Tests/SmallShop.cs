using Clout.Core.Attribution;
using Clout.Core.Orders;
using Clout.Core.Tracking;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Tests;

/// <summary>
/// <see cref="SmallRoster"/> plus a "Spring" campaign with tracking links, human clicks and attributed EUR orders,
/// written row by row (the redirect and order intake are built elsewhere). Every conversion figure is worked out here.
/// </summary>
internal static class SmallShop
{
    public const string Campaign = "Spring";

    public const string CollaborationsCsv = """
        campaign,influencer_handle,platform,fee,product_cost,commission_rate,promo_code,link_code,destination_url
        Spring,mila,instagram,100.00,0,0,MILA10,lmila,https://shop.example/
        Spring,noor,instagram,150.00,50.00,0,NOOR10,lnoor,https://shop.example/
        Spring,otto,instagram,80.00,0,0.25,OTTO10,lotto,https://shop.example/
        Spring,star1,instagram,10000.00,0,0,STAR1,lstar1,https://shop.example/
        Spring,star2,instagram,20000.00,0,0,STAR2,lstar2,https://shop.example/
        Spring,star3,instagram,10000.00,0,0,STAR3,lstar3,https://shop.example/
        """;

    // Per influencer: (distinct visitors on Mar 10, orders of 50.00 EUR each).
    //   mila  10 visitors, 2 orders → conversion 0.2;  revenue 100; cost 100                 → roas 1;    cpa 50
    //   noor  20 visitors, 1 order  → 0.05;            revenue  50; cost 150 + 50 = 200      → roas 0.25; cpa 200
    //   otto  10 visitors, 1 order  → 0.1;             revenue  50; cost 80 + 25 % × 50 = 92.50 → roas 50 / 92.5; cpa 92.5
    //   star1 100 visitors, 2 orders → 0.02;  revenue 100; cost 10,000 → roas 0.01;  cpa 5,000
    //   star2 200 visitors, 2 orders → 0.01;  revenue 100; cost 20,000 → roas 0.005; cpa 10,000
    //   star3 100 visitors, 1 order  → 0.01;  revenue  50; cost 10,000 → roas 0.005; cpa 10,000
    // Tier medians: conversion micro 0.1, celebrity 0.01; roas micro 50 / 92.5 = 0.5405…, celebrity 0.005;
    //   cpa micro 92.5, celebrity 10,000.
    private static readonly (string Handle, int Visitors, int Orders)[] Sales =
        [("mila", 10, 2), ("noor", 20, 1), ("otto", 10, 1), ("star1", 100, 2), ("star2", 200, 2), ("star3", 100, 1)];

    public const long OrderMinor = 5_000;
    public const double MicroConversionRate = 0.1;
    public const double CelebrityConversionRate = 0.01;
    public const double MicroRoas = 50 / 92.5;
    public const double CelebrityRoas = 0.005;
    public const double MicroCpa = 92.5;
    public const double CelebrityCpa = 10_000;

    public const string LeakedReferrer = "https://www.retailmenot.com/view/shop.example";

    public static readonly DateTime SaleDay = new(2026, 3, 10, 12, 0, 0, DateTimeKind.Utc);

    public static async Task SeedAsync(CloutServer server, WorkspaceInfo workspace, CancellationToken cancellationToken)
    {
        await SmallRoster.SeedAsync(server, workspace, cancellationToken);
        await server.ImportCsvAsync(workspace, ImportKind.Collaborations, CollaborationsCsv, cancellationToken);
        await server.InScopeAsync(workspace, async services =>
        {
            var db = services.GetRequiredService<CloutDbContext>();
            var ids = await db.Collaborations.Join(db.Influencers, c => c.InfluencerId, i => i.Id, (c, i) => new { c.Id, i.Handle })
                .ToDictionaryAsync(x => x.Handle, x => x.Id, cancellationToken);
            foreach (var (handle, visitors, orders) in Sales)
            {
                for (var v = 0; v < visitors; v++)
                {
                    db.Clicks.Add(new Click
                    {
                        CollaborationId = ids[handle], OccurredAtUtc = SaleDay.AddMinutes(v), Ref = $"{handle}-{v}", VisitorId = $"{handle}-visitor-{v}",
                        Kind = ClickKind.Human, ReferrerHost = "www.instagram.com",
                    });
                }
                for (var o = 0; o < orders; o++)
                {
                    db.Orders.Add(new Order
                    {
                        ExternalId = $"{handle}-order-{o}", OccurredAtUtc = SaleDay.AddHours(1 + o), ReceivedAtUtc = SaleDay.AddHours(1 + o),
                        TotalMinor = OrderMinor, Currency = "EUR", Channel = OrderChannel.Api, AttributionSource = AttributionSource.Code,
                        CodeCollaborationId = ids[handle], AttributedCollaborationId = ids[handle],
                        // mila's second buyer came from a coupon site without her click: one leakage flag, credited all the same.
                        Referrer = handle == "mila" && o == 1 ? LeakedReferrer : null,
                    });
                }
            }
            await db.SaveChangesAsync(cancellationToken);
            return true;
        });
    }
}
