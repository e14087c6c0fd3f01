using System.Security.Cryptography;
using System.Text;
using Clout.Core.Access;
using Clout.Core.Names;
using Clout.Core.Roster;
using Clout.Storage.Model;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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

    // --- API keys ---------------------------------------------------------------------------------------------------

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CreateApiKeyAsync_Key_IsStoredOnlyAsItsHash(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await db.CreateWorkspaceAsync("brand");

        var key = await StoreAsync(db, ws, s => s.CreateApiKeyAsync("ci", Ct));

        // clout_{prefix}_{secret}: the secret is what must never be stored.
        Assert.StartsWith("clout_", key);
        var prefix = key["clout_".Length..key.IndexOf('_', "clout_".Length)];
        var secret = key[("clout_".Length + prefix.Length + 1)..];
        Assert.True(secret.Length >= 40, $"a 256-bit secret is 43 base64url characters, got '{secret}'");
        // Every column of every row, as the database holds them.
        var rows = await db.QueryAsync(ws, c => c.Database.SqlQuery<string>(
            $"SELECT CAST(id AS TEXT) || '|' || CAST(workspace_id AS TEXT) || '|' || prefix || '|' || secret_hash || '|' || COALESCE(name, '') AS \"Value\" FROM api_keys")
            .ToListAsync(Ct));
        var row = Assert.Single(rows);
        Assert.DoesNotContain(secret, row);
        Assert.DoesNotContain(key, row);
        var stored = await db.QueryAsync(ws, c => c.ApiKeys.SingleAsync(Ct));
        Assert.Equal(prefix, stored.Prefix);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))), stored.SecretHash);
        Assert.Equal("ci", stored.Name);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AuthenticateApiKeyAsync_IssuedKey_ReturnsItsWorkspace(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var a = await db.CreateWorkspaceAsync("brand-a");
        var b = await db.CreateWorkspaceAsync("brand-b");
        var keyA = await StoreAsync(db, a, s => s.CreateApiKeyAsync(null, Ct));
        var keyB = await StoreAsync(db, b, s => s.CreateApiKeyAsync(null, Ct));

        Assert.NotEqual(keyA, keyB);
        Assert.Equal(a, await StoreAsync(db, s => s.AuthenticateApiKeyAsync(keyA, Ct)));
        Assert.Equal(b, await StoreAsync(db, s => s.AuthenticateApiKeyAsync(keyB, Ct)));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AuthenticateApiKeyAsync_ChangedOrMalformedKey_IsRejected(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var a = await db.CreateWorkspaceAsync("brand-a");
        var b = await db.CreateWorkspaceAsync("brand-b");
        var key = await StoreAsync(db, a, s => s.CreateApiKeyAsync(null, Ct));
        var otherKey = await StoreAsync(db, b, s => s.CreateApiKeyAsync(null, Ct));
        var otherSecret = otherKey[(otherKey.IndexOf('_', "clout_".Length) + 1)..];
        var ownPrefix = key[..(key.IndexOf('_', "clout_".Length) + 1)];

        var variants = new[]
        {
            key[..^1] + (key[^1] == 'A' ? 'B' : 'A'),   // last character of the secret changed
            ownPrefix + otherSecret,                    // A's prefix with B's secret
            key[..^1],                                  // one character short
            key + "x",                                  // one character long
            key.ToUpperInvariant(),
            "Bearer " + key,
            "clout_",
            "clout__" + otherSecret,
            "",
        };

        foreach (var presented in variants)
        {
            Assert.Null(await StoreAsync(db, s => s.AuthenticateApiKeyAsync(presented, Ct)));
        }
        Assert.Equal(a, await StoreAsync(db, s => s.AuthenticateApiKeyAsync(key, Ct)));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AuthenticateApiKeyAsync_RevokedKey_IsRejected(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await db.CreateWorkspaceAsync("brand");
        var key = await StoreAsync(db, ws, s => s.CreateApiKeyAsync(null, Ct));

        await db.QueryAsync(ws, c => c.ApiKeys.ExecuteUpdateAsync(s => s.SetProperty(k => k.RevokedAtUtc, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)), Ct));

        Assert.Null(await StoreAsync(db, s => s.AuthenticateApiKeyAsync(key, Ct)));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CreateApiKeyAsync_WithoutWorkspace_Throws(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);

        await Assert.ThrowsAsync<InvalidOperationException>(() => StoreAsync(db, s => s.CreateApiKeyAsync(null, Ct)));
    }

    // --- Users ------------------------------------------------------------------------------------------------------

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FindUserAsync_AnyCase_FindsTheUserWithItsWorkspace(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await db.CreateWorkspaceAsync("brand-a");
        var b = await db.CreateWorkspaceAsync("brand-b");
        await StoreAsync(db, b, s => s.AddUserAsync(" Ana@Example.com ", "hash-1", Role.Analyst, Ct));

        var login = await StoreAsync(db, s => s.FindUserAsync("ana@EXAMPLE.com", Ct));

        Assert.NotNull(login);
        Assert.Equal(("Ana@Example.com", "hash-1", "analyst", b.Id, "brand-b"), (login.Email, login.PasswordHash, login.Role.ToName(), login.WorkspaceId, login.WorkspaceName));
        Assert.Null(await StoreAsync(db, s => s.FindUserAsync("bob@example.com", Ct)));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AddUserAsync_EmailTakenInAnotherWorkspace_IsRefused(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var a = await db.CreateWorkspaceAsync("brand-a");
        var b = await db.CreateWorkspaceAsync("brand-b");
        await StoreAsync(db, a, s => s.AddUserAsync("ana@example.com", "hash-1", Role.Owner, Ct));

        await Assert.ThrowsAsync<StorageValidationException>(() => StoreAsync(db, b, s => s.AddUserAsync("ANA@example.com", "hash-2", Role.Owner, Ct)));

        var login = await StoreAsync(db, s => s.FindUserAsync("ana@example.com", Ct));
        Assert.Equal((a.Id, "hash-1"), (login!.WorkspaceId, login.PasswordHash));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task UpdatePasswordHashAsync_User_ChangesOnlyThatUsersHash(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await db.CreateWorkspaceAsync("brand");
        await StoreAsync(db, ws, s => s.AddUserAsync("ana@example.com", "old", Role.Owner, Ct));
        await StoreAsync(db, ws, s => s.AddUserAsync("bob@example.com", "bobs", Role.Viewer, Ct));
        var ana = (await StoreAsync(db, s => s.FindUserAsync("ana@example.com", Ct)))!;

        await StoreAsync(db, s => s.UpdatePasswordHashAsync(ana.Id, "new", Ct));

        Assert.Equal("new", (await StoreAsync(db, s => s.FindUserAsync("ana@example.com", Ct)))!.PasswordHash);
        Assert.Equal("bobs", (await StoreAsync(db, s => s.FindUserAsync("bob@example.com", Ct)))!.PasswordHash);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AddUserAsync_WithoutWorkspace_Throws(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);

        await Assert.ThrowsAsync<InvalidOperationException>(() => StoreAsync(db, s => s.AddUserAsync("ana@example.com", "hash", Role.Owner, Ct)));
    }

    /// <summary>Runs <paramref name="action"/> on a store in a fresh scope without a workspace, as sign-in and the CLI do.</summary>
    private static async Task<T> StoreAsync<T>(TestDatabase db, Func<WorkspaceStore, Task<T>> action)
    {
        await using var scope = db.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<WorkspaceStore>());
    }

    private static async Task StoreAsync(TestDatabase db, Func<WorkspaceStore, Task> action)
    {
        await using var scope = db.CreateScope();
        await action(scope.ServiceProvider.GetRequiredService<WorkspaceStore>());
    }

    private static async Task<T> StoreAsync<T>(TestDatabase db, WorkspaceInfo workspace, Func<WorkspaceStore, Task<T>> action)
    {
        await using var scope = db.CreateScope(workspace);
        return await action(scope.ServiceProvider.GetRequiredService<WorkspaceStore>());
    }

    private static async Task StoreAsync(TestDatabase db, WorkspaceInfo workspace, Func<WorkspaceStore, Task> action)
    {
        await using var scope = db.CreateScope(workspace);
        await action(scope.ServiceProvider.GetRequiredService<WorkspaceStore>());
    }
}
