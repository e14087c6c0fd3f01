using Clout.Core.Tracking;
using Clout.Storage.Model;
using Clout.Storage.Tests.Orders;
using Clout.Storage.Tracking;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using static Clout.Storage.Tests.StorageTestExtensions;

namespace Clout.Storage.Tests.Tracking;

/// <summary>Clicks stored before the raw user agent and referrer were dropped: what the migration keeps of them.</summary>
public sealed class ClickPrivacyMigrationTests
{
    private const string Before = "VisitorDays";

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migrate_OldClicks_KeepTheReferrersHostAndBotDevice_RawTextsGone_TriggerKept(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var shop = await PurchaseFixture.CreateAsync(database);
        await MigrateAsync(database, Before);
        var rows = new (string Ref, string Kind, string? Referrer)[]
        {
            ("r1", "human", "https://Mail.Example.com:8443/read?email=ana%40example.com#m"),
            ("r2", "human", "https://user:secret@l.instagram.com/"),
            ("r3", "bot", "https://www.google.com"),
            ("r4", "human", null),
            ("r5", "preview", "https://[2001:db8::1]:8080/x"),
        };
        await using (var scope = database.CreateScope(shop.Workspace))
        {
            var db = scope.ServiceProvider.GetRequiredService<CloutDbContext>();
            foreach (var (reference, kind, referrer) in rows)
            {
                await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO clicks (workspace_id, collaboration_id, occurred_at_utc, ref, visitor_id, kind, referrer, user_agent)
                    VALUES ({shop.Workspace.Id}, {shop.Mila}, {new DateTime(2026, 3, 9, 12, 0, 0, DateTimeKind.Utc)}, {reference}, {"v-" + reference}, {kind},
                            {referrer}, {"Mozilla/5.0 (secret-agent)"})
                    """, Ct);
            }
        }

        await MigrateAsync(database, null);

        var clicks = await database.QueryAsync(shop.Workspace, db => db.Clicks.AsNoTracking().OrderBy(c => c.Ref).ToListAsync(Ct));
        Assert.Equal(["mail.example.com", "l.instagram.com", "www.google.com", null, "[2001:db8::1]"], clicks.Select(c => c.ReferrerHost));
        Assert.Equal([DeviceClass.Unknown, DeviceClass.Unknown, DeviceClass.Bot, DeviceClass.Unknown, DeviceClass.Bot], clicks.Select(c => c.Device));
        Assert.All(clicks, c => Assert.Equal((BrowserFamily.Unknown, OsFamily.Unknown), (c.Browser, c.Os)));
        var stored = await shop.AllStoredTextAsync();
        Assert.DoesNotContain(stored, v => v.Contains("secret", StringComparison.Ordinal) || v.Contains("email", StringComparison.Ordinal));
        // The visitor-days trigger survived the dropped columns: a new human click still marks its visitor's day.
        await using (var scope = database.CreateScope(shop.Workspace))
        {
            await scope.ServiceProvider.GetRequiredService<ClickWriter>().WriteAsync(
                [new NewClick(shop.Workspace.Id, shop.Noor, new DateTime(2026, 3, 20, 9, 0, 0, DateTimeKind.Utc), "r6", "new-visitor", ClickKind.Human, null, UserAgentTraits.Unknown)], Ct);
        }
        Assert.True(await database.QueryAsync(shop.Workspace, db => db.VisitorDays.AnyAsync(d => d.VisitorId == "new-visitor", Ct)));
    }

    private static async Task MigrateAsync(TestDatabase database, string? target)
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CloutDbContext>();
        await db.Database.GetService<IMigrator>().MigrateAsync(target, Ct);
    }
}
