using Clout.Core.Roster;
using Clout.Storage.Model;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using static Clout.Storage.Tests.StorageTestExtensions;

namespace Clout.Storage.Tests.Workspaces;

public sealed class WorkspaceStoreTests
{
    // --- Workspaces -------------------------------------------------------------------------------------------------

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CreateAsync_Name_IsTrimmedLowerCasedAndGetsTheDefaultPolicy(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var before = DateTime.UtcNow;

        var created = await db.CreateWorkspaceAsync("  Brand-A ");

        Assert.Equal("brand-a", created.Name);
        Assert.Equal(new TierPolicy(10_000, 100_000, 1_000_000), created.TierPolicy);
        var stored = await db.QueryAsync(created, c => c.Workspaces.SingleAsync(w => w.Id == created.Id, Ct));
        Assert.Equal("brand-a", stored.Name);
        Assert.Equal(DateTimeKind.Utc, stored.CreatedAtUtc.Kind);
        Assert.InRange(stored.CreatedAtUtc, before.AddSeconds(-1), DateTime.UtcNow.AddSeconds(1));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CreateAsync_InvalidNames_AreRefused(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);

        foreach (var name in new[] { "", "   ", "-brand", "brand a", "brand_a", "bränd", new string('a', 65) })
        {
            await Assert.ThrowsAsync<StorageValidationException>(() => db.CreateWorkspaceAsync(name));
        }
        // 64 characters is the limit, not past it.
        Assert.Equal(64, (await db.CreateWorkspaceAsync(new string('a', 64))).Name.Length);
        Assert.Single(await StoreAsync(db, s => s.ListAsync(Ct)));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CreateAsync_ExistingNameInOtherCase_IsRefused(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await db.CreateWorkspaceAsync("brand-a");

        var error = await Assert.ThrowsAsync<StorageValidationException>(() => db.CreateWorkspaceAsync("BRAND-A"));

        Assert.Contains("already exists", error.Message);
        Assert.Single(await StoreAsync(db, s => s.ListAsync(Ct)));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FindAndList_SeveralWorkspaces_FindEachByNameOrIdAndListByName(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var zeta = await db.CreateWorkspaceAsync("zeta");
        var alpha = await db.CreateWorkspaceAsync("alpha");

        var list = await StoreAsync(db, s => s.ListAsync(Ct));
        var byName = await StoreAsync(db, s => s.FindAsync(" ZETA ", Ct));
        var byId = await StoreAsync(db, s => s.FindAsync(alpha.Id, Ct));
        var missing = await StoreAsync(db, s => s.FindAsync("nope", Ct));

        Assert.Equal(["alpha", "zeta"], list.Select(w => w.Name));
        Assert.Equal(zeta, byName);
        Assert.Equal(alpha, byId);
        Assert.Null(missing);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DeleteIfEmptyAsync_OnlyAnEmptyWorkspace_IsRemoved(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var empty = await db.CreateWorkspaceAsync("empty");
        var used = await db.CreateWorkspaceAsync("used");
        (await db.ImportCsvAsync(used, Clout.Storage.Ingestion.ImportKind.Influencers, "handle,platform\nlena,instagram\n")).AssertSucceeded();

        var removedUsed = await StoreAsync(db, s => s.DeleteIfEmptyAsync(used.Id, Ct));
        var removedEmpty = await StoreAsync(db, s => s.DeleteIfEmptyAsync(empty.Id, Ct));

        Assert.False(removedUsed);
        Assert.True(removedEmpty);
        Assert.Equal(["used"], (await StoreAsync(db, s => s.ListAsync(Ct))).Select(w => w.Name));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FindOrCreateAsync_SecondCall_ReturnsTheSameWorkspace(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);

        var first = await StoreAsync(db, s => s.FindOrCreateAsync(WorkspaceStore.DefaultName, Ct));
        var second = await StoreAsync(db, s => s.FindOrCreateAsync(WorkspaceStore.DefaultName, Ct));

        Assert.Equal(first, second);
        Assert.Single(await StoreAsync(db, s => s.ListAsync(Ct)));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SetTierPolicyAsync_UnsoundPolicy_IsRefusedAndChangesNothing(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await db.CreateWorkspaceAsync("brand");

        await Assert.ThrowsAsync<StorageValidationException>(() => StoreAsync(db, s => s.SetTierPolicyAsync(ws.Id, new TierPolicy(50_000, 20_000, 1_000_000), Ct)));
        await StoreAsync(db, s => s.SetTierPolicyAsync(ws.Id, new TierPolicy(5_000, 50_000, 500_000), Ct));

        Assert.Equal(new TierPolicy(5_000, 50_000, 500_000), (await StoreAsync(db, s => s.FindAsync(ws.Id, Ct)))!.TierPolicy);
    }

    /// <summary>Runs <paramref name="action"/> on a store in a fresh scope without a workspace, as sign-in and the CLI do.</summary>
    private static Task<T> StoreAsync<T>(TestDatabase db, Func<WorkspaceStore, Task<T>> action) => db.WithAsync(null, action);

    private static Task StoreAsync(TestDatabase db, Func<WorkspaceStore, Task> action) => db.WithAsync(null, action);

    private static Task<T> StoreAsync<T>(TestDatabase db, WorkspaceInfo workspace, Func<WorkspaceStore, Task<T>> action) => db.WithAsync(workspace, action);

    private static Task StoreAsync(TestDatabase db, WorkspaceInfo workspace, Func<WorkspaceStore, Task> action) => db.WithAsync(workspace, action);
}
