using Clout.Core.Tracking;
using Clout.Storage.Model;
using Clout.Storage.Tests.Orders;
using Clout.Storage.Tracking;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Clout.Storage.Tests.StorageTestExtensions;

namespace Clout.Storage.Tests.Tracking;

/// <summary>
/// The redirect's SQLite writer binds values through SQLite's own API, not through ADO.NET: what it stores must be
/// exactly what EF Core (the ClickWriter, the imports, every report query) stores and reads.
/// </summary>
public sealed class SqliteClickLogTests
{
    private static readonly DateTime At = new(2026, 3, 9, 17, 4, 5, DateTimeKind.Utc);

    [Fact]
    public async Task Write_StoresTheSameTextsAsEfCore_AndReadsBackAsTheSameClick()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var shop = await PurchaseFixture.CreateAsync(database);
        var time = At.AddTicks(1_234_567);
        var viaLog = new NewClick(shop.Workspace.Id, shop.Mila, time, "ref-log", "visitor", ClickKind.Human, "t.co",
            new UserAgentTraits(BrowserFamily.Safari, OsFamily.MacOS, DeviceClass.Desktop));
        var viaEf = viaLog with { Ref = "ref-ef" };

        using (var log = new SqliteClickLog(database.ConnectionString))
        {
            log.Write([viaLog]);
            log.FlushToDisk();
        }
        await using (var scope = database.CreateScope(shop.Workspace))
        {
            await scope.ServiceProvider.GetRequiredService<ClickWriter>().WriteAsync([viaEf], Ct);
        }

        var texts = await database.QueryAsync(shop.Workspace, db => db.Database
            .SqlQueryRaw<StoredClick>("SELECT ref AS Ref, occurred_at_utc AS OccurredAt, typeof(occurred_at_utc) AS StorageClass, browser AS Browser, os AS Os, device AS Device, referrer_host AS ReferrerHost FROM clicks ORDER BY ref")
            .ToListAsync(Ct));
        Assert.Equal(["ref-ef", "ref-log"], texts.Select(t => t.Ref));
        Assert.Equal(texts[0] with { Ref = "" }, texts[1] with { Ref = "" });
        Assert.Equal("text", texts[1].StorageClass);
        Assert.Equal(("safari", "macos", "desktop", "t.co"), (texts[1].Browser, texts[1].Os, texts[1].Device, texts[1].ReferrerHost));

        var read = await database.QueryAsync(shop.Workspace, db => db.Clicks.AsNoTracking().SingleAsync(c => c.Ref == "ref-log", Ct));
        Assert.Equal(time, read.OccurredAtUtc);
        Assert.Equal(DateTimeKind.Utc, read.OccurredAtUtc.Kind);
        Assert.Equal((shop.Mila, "visitor", ClickKind.Human, "t.co"), (read.CollaborationId, read.VisitorId, read.Kind, read.ReferrerHost));
        Assert.Equal((BrowserFamily.Safari, OsFamily.MacOS, DeviceClass.Desktop), (read.Browser, read.Os, read.Device));
        // Report filters compare times in SQL: a range that starts a tick after the click must not see it.
        var after = await database.QueryAsync(shop.Workspace, db => db.Clicks.CountAsync(c => c.OccurredAtUtc > time, Ct));
        Assert.Equal(0, after);
    }

    [Fact]
    public async Task Write_ABatchWithAClickOfAnUnknownCollaboration_StoresNoneOfItAndStaysUsable()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var shop = await PurchaseFixture.CreateAsync(database);
        using var log = new SqliteClickLog(database.ConnectionString);
        var good = new NewClick(shop.Workspace.Id, shop.Mila, At, "ref-1", "v", ClickKind.Human, null, UserAgentTraits.Unknown);

        var error = Assert.ThrowsAny<Exception>(() => log.Write([good, good with { Ref = "ref-2", CollaborationId = 999_999 }]));
        Assert.Contains("constraint", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await database.QueryAsync(shop.Workspace, db => db.Clicks.CountAsync(Ct)));

        log.Write([good with { Ref = "ref-3" }]);
        Assert.Equal(["ref-3"], await database.QueryAsync(shop.Workspace, db => db.Clicks.Select(c => c.Ref).ToListAsync(Ct)));
    }

    private sealed record StoredClick(string Ref, string OccurredAt, string StorageClass, string Browser, string Os, string Device, string? ReferrerHost);
}
