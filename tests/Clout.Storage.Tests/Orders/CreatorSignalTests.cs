using System.Text;
using Clout.Core.Attribution;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Clout.Storage.Tests.StorageTestExtensions;

namespace Clout.Storage.Tests.Orders;

/// <summary>
/// Orders a platform's shop export credits to the creator it names: through the orders file's creator column and
/// through the tiktok-shop-affiliate preset, on both databases.
/// </summary>
public sealed class CreatorSignalTests
{
    private const string Header = "order_id,at,total,currency,discount_codes,creator,creator_platform";

    private static DateTime Utc(int month, int day, int hour, int minute = 0, int second = 0) =>
        new(2026, month, day, hour, minute, second, DateTimeKind.Utc);

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_CreatorColumn_CreditsTheCampaignRunningAtTheOrderAboveACode(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var f = await ShopRoster.CreateAsync(database);
        var csv = string.Join("\n", Header,
            "g1,2026-03-10T12:00:00Z,20,USD,NOOR15,@Mila.TT,tiktok",
            "g2,2026-06-05T12:00:00Z,10,USD,,mila.tt,TikTok",
            "g3,2026-03-10T12:00:00Z,5,USD,MILA10,zed_tt,tiktok",
            "g4,2026-03-10T12:00:00Z,7,USD,,,");

        var result = (await database.ImportCsvAsync(f.Workspace, ImportKind.Orders, csv)).AssertSucceeded();

        Assert.Equal((4, 4), (result.Rows, result.Inserted));
        Assert.Equal(
        [
            new("g1", AttributionSource.Creator, f.MilaSpring, f.MilaInfluencer, f.MilaSpring, f.NoorSpring),
            new("g2", AttributionSource.Creator, f.MilaSummer, f.MilaInfluencer, f.MilaSummer, null),
            // zed has no collaboration: the creator is kept on the order, and the code takes the credit.
            new("g3", AttributionSource.Code, f.MilaSpring, f.ZedInfluencer, null, f.MilaSpring),
            new Credit("g4", AttributionSource.None, null, null, null, null),
        ], await CreditsAsync(database, f));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_UnknownCreator_NamesLineFieldAndHandleAndStoresNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var f = await ShopRoster.CreateAsync(database);
        var csv = string.Join("\n", Header,
            "u1,2026-03-10T12:00:00Z,20,USD,,mila.tt,tiktok",
            "u2,2026-03-10T12:00:00Z,20,USD,,lena,tiktok",
            "u3,2026-03-10T12:00:00Z,20,USD,,ghost,tiktok",
            "u4,2026-03-10T12:00:00Z,20,USD,,mila.tt,");

        var result = await database.ImportCsvAsync(f.Workspace, ImportKind.Orders, csv);

        Assert.Equal(
        [
            new ImportError(3, "creator", "no influencer @lena on tiktok in this workspace; import the influencers first"),
            new ImportError(4, "creator", "no influencer @ghost on tiktok in this workspace; import the influencers first"),
            new ImportError(5, "creator_platform", "is required (instagram, tiktok, youtube, x, other)"),
        ], result.Errors);
        Assert.Equal(0, await database.QueryAsync(f.Workspace, db => db.Orders.CountAsync(Ct)));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_TikTokShopAffiliateExport_GroupsRowsIntoOrdersCreditedToTheirCreators(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var f = await ShopRoster.CreateAsync(database);
        var bytes = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Ingestion", "Samples", "tiktok-shop-affiliate.csv"), Ct);

        // Detected from the header, then named: the same orders, the second time as corrections.
        var detected = (await ImportAsync(database, f, bytes, preset: null)).AssertSucceeded();
        var named = (await ImportAsync(database, f, bytes, "tiktok-shop-affiliate")).AssertSucceeded();

        Assert.Equal((5, 5, 0), (detected.Rows, detected.Inserted, detected.Updated));
        Assert.Equal((5, 0, 5), (named.Rows, named.Inserted, named.Updated));
        var orders = await database.QueryAsync(f.Workspace, db => db.Orders.AsNoTracking().OrderBy(o => o.ExternalId)
            .Select(o => new { o.ExternalId, o.OccurredAtUtc, o.TotalMinor, o.Currency }).ToListAsync(Ct));
        Assert.Equal(
        [
            // Two products, their rows apart in the file; an unpaid (…05) and a refunded order (…03) are left out,
            // and …04's ineligible row does not count.
            new { ExternalId = "577301884410000001", OccurredAtUtc = Utc(3, 10, 14, 5, 9), TotalMinor = 3_749L, Currency = "USD" },
            new { ExternalId = "577301884410000002", OccurredAtUtc = Utc(3, 11, 9), TotalMinor = 104_900L, Currency = "USD" },
            new { ExternalId = "577301884410000004", OccurredAtUtc = Utc(6, 5, 20, 15), TotalMinor = 3_000L, Currency = "USD" },
            new { ExternalId = "577301884410000006", OccurredAtUtc = Utc(3, 14, 21, 10, 30), TotalMinor = 1_500L, Currency = "USD" },
            new { ExternalId = "577301884410000007", OccurredAtUtc = Utc(3, 15, 11), TotalMinor = 2_500L, Currency = "USD" },
        ], orders);
        Assert.Equal(
        [
            new("577301884410000001", AttributionSource.Creator, f.MilaSpring, f.MilaInfluencer, f.MilaSpring, null),
            new("577301884410000002", AttributionSource.Creator, f.NoorSpring, f.NoorInfluencer, f.NoorSpring, null),
            new("577301884410000004", AttributionSource.Creator, f.MilaSummer, f.MilaInfluencer, f.MilaSummer, null),
            new("577301884410000006", AttributionSource.Creator, f.NoorSpring, f.NoorInfluencer, f.NoorSpring, null),
            new Credit("577301884410000007", AttributionSource.None, null, f.ZedInfluencer, null, null),
        ], await CreditsAsync(database, f));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_TikTokShopAffiliateBadRows_NameTheExportsLineAndColumnAndStoreNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var f = await ShopRoster.CreateAsync(database);
        var csv = string.Join("\n",
            "Order ID,Product Name,Payment Amount,Currency,Order status,Creator Username,Order created time",
            "9001,Bar,$24.99,USD,Settled,mila.tt,2026/03/10 14:05:09",
            "9002,Bar,twelve,USD,Settled,mila.tt,2026/03/10 14:05:09",
            "9003,Bar,$5.00,USD,Settled,,2026/03/10 14:05:09",
            "9004,Bar,$5.00,USD,Settled,mila.tt,10 March",
            "9001,Bar,€5.00,EUR,Settled,mila.tt,2026/03/10 14:05:09",
            "9005,Bar,$5.00,USD,Pending,someone_else,2026/03/10 14:05:09");

        var result = await ImportAsync(database, f, Encoding.UTF8.GetBytes(csv), preset: null);

        Assert.Equal(
        [
            new ImportError(3, "Payment Amount", "'twelve' is not an amount, e.g. 24.99 or $24.99"),
            new ImportError(4, "Creator Username", "is empty; an affiliate order names the creator who sold it"),
            new ImportError(5, "Order created time", "'10 March' is not a date and time, e.g. 2026/03/10 14:05:09"),
            new ImportError(6, "Currency", "'EUR' differs from the order's first row ('USD')"),
            new ImportError(7, "creator", "no influencer @someone_else on tiktok in this workspace; import the influencers first"),
        ], result.Errors);
        Assert.Equal(0, await database.QueryAsync(f.Workspace, db => db.Orders.CountAsync(Ct)));
    }

    private static async Task<ImportResult> ImportAsync(TestDatabase database, ShopRoster f, byte[] bytes, string? preset)
    {
        await using var scope = database.CreateScope(f.Workspace);
        using var stream = new MemoryStream(bytes, writable: false);
        return await scope.ServiceProvider.GetRequiredService<Importer>()
            .ImportAsync(ImportKind.Orders, stream, new ImportOptions(ImportFormat.Csv) { Preset = preset }, null, Ct);
    }

    private static Task<List<Credit>> CreditsAsync(TestDatabase database, ShopRoster f) =>
        database.QueryAsync(f.Workspace, db => db.Orders.AsNoTracking().OrderBy(o => o.ExternalId)
            .Select(o => new Credit(o.ExternalId, o.AttributionSource, o.AttributedCollaborationId, o.CreatorInfluencerId, o.CreatorCollaborationId, o.CodeCollaborationId))
            .ToListAsync(Ct));

    private sealed record Credit(string OrderId, AttributionSource Source, long? Attributed, long? CreatorInfluencer, long? CreatorCollaboration, long? Code);

    /// <summary>
    /// TikTok creators mila.tt (spring with promo MILA10, and summer), noor_tt (spring, NOOR15), zed_tt (rostered, no
    /// collaboration), and lena on Instagram only. Spring runs in March 2026, summer in June.
    /// </summary>
    private sealed class ShopRoster
    {
        public required WorkspaceInfo Workspace { get; init; }
        public long MilaSpring { get; private set; }
        public long MilaSummer { get; private set; }
        public long NoorSpring { get; private set; }
        public long MilaInfluencer { get; private set; }
        public long NoorInfluencer { get; private set; }
        public long ZedInfluencer { get; private set; }

        public static async Task<ShopRoster> CreateAsync(TestDatabase database)
        {
            var workspace = await database.CreateWorkspaceAsync("shop");
            (await database.ImportCsvAsync(workspace, ImportKind.Influencers,
                "handle,platform,followers\nmila.tt,tiktok,40000\nnoor_tt,tiktok,2000000\nzed_tt,tiktok,900\nlena,instagram,5000")).AssertSucceeded();
            (await database.ImportCsvAsync(workspace, ImportKind.Collaborations,
                "campaign,influencer_handle,platform,promo_code\nspring,mila.tt,tiktok,MILA10\nspring,noor_tt,tiktok,NOOR15\nsummer,mila.tt,tiktok,")).AssertSucceeded();
            await database.QueryAsync(workspace, async db =>
            {
                await db.Campaigns.Where(c => c.Name == "spring").ExecuteUpdateAsync(s => s.SetProperty(c => c.StartsAtUtc, Utc(3, 1, 0)).SetProperty(c => c.EndsAtUtc, Utc(4, 1, 0)), Ct);
                return await db.Campaigns.Where(c => c.Name == "summer").ExecuteUpdateAsync(s => s.SetProperty(c => c.StartsAtUtc, Utc(6, 1, 0)).SetProperty(c => c.EndsAtUtc, Utc(7, 1, 0)), Ct);
            });
            var collaborations = await database.QueryAsync(workspace, db => db.Collaborations
                .Join(db.Campaigns, c => c.CampaignId, k => k.Id, (c, k) => new { c.Id, k.Name, c.InfluencerId }).ToListAsync(Ct));
            var influencers = await database.QueryAsync(workspace, db => db.Influencers.ToDictionaryAsync(i => i.Handle, i => i.Id, Ct));
            return new ShopRoster
            {
                Workspace = workspace,
                MilaInfluencer = influencers["mila.tt"],
                NoorInfluencer = influencers["noor_tt"],
                ZedInfluencer = influencers["zed_tt"],
                MilaSpring = collaborations.Single(c => c.Name == "spring" && c.InfluencerId == influencers["mila.tt"]).Id,
                MilaSummer = collaborations.Single(c => c.Name == "summer").Id,
                NoorSpring = collaborations.Single(c => c.Name == "spring" && c.InfluencerId == influencers["noor_tt"]).Id,
            };
        }
    }
}
