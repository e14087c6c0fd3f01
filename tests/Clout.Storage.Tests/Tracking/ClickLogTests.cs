using Clout.Core.Tracking;
using Clout.Storage.Model;
using Clout.Storage.Tests.Orders;
using Clout.Storage.Tracking;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Clout.Storage.Tests.StorageTestExtensions;

namespace Clout.Storage.Tests.Tracking;

/// <summary>The click log storage registers for its database: the one door the redirect's clicks go through.</summary>
public sealed class ClickLogTests
{
    private static readonly DateTime At = new(2026, 3, 9, 17, 4, 5, DateTimeKind.Utc);

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AddCloutStorage_EachProvider_TheClickLogOfItsDatabase(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var scope = database.CreateScope();

        var log = scope.ServiceProvider.GetRequiredService<IClickLog>();

        Assert.IsType(provider == DatabaseProvider.Sqlite ? typeof(SqliteClickLog) : typeof(PostgresClickLog), log);
        Assert.Equal(provider == DatabaseProvider.Sqlite, log.CanFlushToDisk);
        Assert.Same(log, scope.ServiceProvider.GetRequiredService<IClickLog>());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Write_EachProvider_StoresKindAndTraitsByTheirNames(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var shop = await PurchaseFixture.CreateAsync(database);
        var log = LogOf(database);
        var phone = new UserAgentTraits(BrowserFamily.Instagram, OsFamily.IOS, DeviceClass.Mobile);

        log.Write([
            new NewClick(shop.Workspace.Id, shop.Mila, At, "ref-1", "visitor", ClickKind.Preview, null, UserAgentTraits.Unknown with { Device = DeviceClass.Bot }),
            new NewClick(shop.Workspace.Id, shop.Mila, At.AddSeconds(1), "ref-2", "visitor", ClickKind.Human, "t.co", phone),
        ]);
        log.FlushToDisk();

        var names = await database.QueryAsync(shop.Workspace, db => db.Database
            .SqlQueryRaw<string>("SELECT kind || ' ' || browser || ' ' || os || ' ' || device AS \"Value\" FROM clicks ORDER BY ref").ToListAsync(Ct));
        Assert.Equal(["preview unknown unknown bot", "human instagram ios mobile"], names);
        var clicks = await database.QueryAsync(shop.Workspace, db => db.Clicks.AsNoTracking().OrderBy(c => c.Ref).ToListAsync(Ct));
        Assert.Equal([ClickKind.Preview, ClickKind.Human], clicks.Select(c => c.Kind));
        Assert.Equal((null, "t.co"), (clicks[0].ReferrerHost, clicks[1].ReferrerHost));
        Assert.Equal((At.AddSeconds(1), phone), (clicks[1].OccurredAtUtc, new UserAgentTraits(clicks[1].Browser, clicks[1].Os, clicks[1].Device)));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Write_EachProvider_ABatchWithAClickOfAnUnknownCollaboration_StoresNoneOfItAndStaysUsable(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var shop = await PurchaseFixture.CreateAsync(database);
        var log = LogOf(database);
        var good = new NewClick(shop.Workspace.Id, shop.Mila, At, "ref-1", "v", ClickKind.Human, null, UserAgentTraits.Unknown);

        Assert.ThrowsAny<Exception>(() => log.Write([good, good with { Ref = "ref-2", CollaborationId = 999_999 }]));
        Assert.Equal(0, await database.QueryAsync(shop.Workspace, db => db.Clicks.CountAsync(Ct)));

        log.Write([good with { Ref = "ref-3" }]);
        Assert.Equal(["ref-3"], await database.QueryAsync(shop.Workspace, db => db.Clicks.Select(c => c.Ref).ToListAsync(Ct)));
    }

    /// <summary>The database's own log, a singleton that lives (and is closed) with the database's services.</summary>
    private static IClickLog LogOf(TestDatabase database)
    {
        using var scope = database.CreateScope();
        return scope.ServiceProvider.GetRequiredService<IClickLog>();
    }
}
