using System.Security.Cryptography;
using System.Text;
using Clout.Core.Access;
using Clout.Storage.Model;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using static Clout.Storage.Tests.StorageTestExtensions;


namespace Clout.Storage.Tests.Workspaces;

public sealed class ApiKeyStoreTests
{
    // --- API keys ---------------------------------------------------------------------------------------------------

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CreateAsync_Key_IsStoredOnlyAsItsHash(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await db.CreateWorkspaceAsync("brand");

        var key = await StoreAsync(db, ws, s => s.CreateAsync("ci", KeyScope.Owner, Ct));

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
    public async Task AuthenticateAsync_IssuedKey_ReturnsItsWorkspace(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var a = await db.CreateWorkspaceAsync("brand-a");
        var b = await db.CreateWorkspaceAsync("brand-b");
        var keyA = await StoreAsync(db, a, s => s.CreateAsync(null, KeyScope.Owner, Ct));
        var keyB = await StoreAsync(db, b, s => s.CreateAsync(null, KeyScope.Owner, Ct));

        Assert.NotEqual(keyA, keyB);
        Assert.Equal(a, (await StoreAsync(db, s => s.AuthenticateAsync(keyA, Ct)))?.Workspace);
        Assert.Equal(b, (await StoreAsync(db, s => s.AuthenticateAsync(keyB, Ct)))?.Workspace);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AuthenticateAsync_ChangedOrMalformedKey_IsRejected(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var a = await db.CreateWorkspaceAsync("brand-a");
        var b = await db.CreateWorkspaceAsync("brand-b");
        var key = await StoreAsync(db, a, s => s.CreateAsync(null, KeyScope.Owner, Ct));
        var otherKey = await StoreAsync(db, b, s => s.CreateAsync(null, KeyScope.Owner, Ct));
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
            Assert.Null((await StoreAsync(db, s => s.AuthenticateAsync(presented, Ct)))?.Workspace);
        }
        Assert.Equal(a, (await StoreAsync(db, s => s.AuthenticateAsync(key, Ct)))?.Workspace);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AuthenticateAsync_RevokedKey_IsRejected(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await db.CreateWorkspaceAsync("brand");
        var key = await StoreAsync(db, ws, s => s.CreateAsync(null, KeyScope.Owner, Ct));

        await db.QueryAsync(ws, c => c.ApiKeys.ExecuteUpdateAsync(s => s.SetProperty(k => k.RevokedAtUtc, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)), Ct));

        Assert.Null((await StoreAsync(db, s => s.AuthenticateAsync(key, Ct)))?.Workspace);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CreateAsync_WithoutWorkspace_Throws(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);

        await Assert.ThrowsAsync<InvalidOperationException>(() => StoreAsync(db, s => s.CreateAsync(null, KeyScope.Owner, Ct)));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AuthenticateAsync_KeyStoredBeforeScopes_ActsAsOwner(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await db.CreateWorkspaceAsync("brand");
        var key = await StoreAsync(db, ws, s => s.CreateAsync(null, KeyScope.Read, Ct));
        var prefix = key["clout_".Length..key.IndexOf('_', "clout_".Length)];
        // A row as the migration leaves the keys issued before scopes: every column but the new ones, as before.
        await db.QueryAsync(ws, c => c.Database.ExecuteSqlAsync(
            $"INSERT INTO api_keys (workspace_id, prefix, secret_hash, name, created_at_utc) SELECT workspace_id, 'legacy', secret_hash, 'old', created_at_utc FROM api_keys WHERE prefix = {prefix}", Ct));
        var legacy = key.Replace(prefix, "legacy", StringComparison.Ordinal);
        await db.QueryAsync(ws, c => c.ApiKeys.Where(k => k.Prefix == "legacy").ExecuteUpdateAsync(s => s.SetProperty(k => k.SecretHash, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(legacy)))), Ct));

        var login = await StoreAsync(db, s => s.AuthenticateAsync(legacy, Ct));

        Assert.Equal((KeyScope.Owner, ws), (login!.Scope, login.Workspace));
        Assert.Equal(KeyScope.Read, (await StoreAsync(db, s => s.AuthenticateAsync(key, Ct)))!.Scope);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AuthenticateAsync_UsedKey_RecordsWhenToTheHour(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await db.CreateWorkspaceAsync("brand");
        var key = await StoreAsync(db, ws, s => s.CreateAsync("ci", KeyScope.Write, Ct));
        Assert.Null((await StoreAsync(db, ws, s => s.ListAsync(Ct))).Single().LastUsedAtUtc);

        await StoreAsync(db, s => s.AuthenticateAsync(key, Ct));
        var first = (await StoreAsync(db, ws, s => s.ListAsync(Ct))).Single().LastUsedAtUtc;
        await StoreAsync(db, s => s.AuthenticateAsync(key, Ct));

        Assert.NotNull(first);
        Assert.Equal(first, (await StoreAsync(db, ws, s => s.ListAsync(Ct))).Single().LastUsedAtUtc); // not rewritten within the hour
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RevokeAsync_KeyOfAnotherWorkspace_IsUnknownAndStaysValid(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var a = await db.CreateWorkspaceAsync("brand-a");
        var b = await db.CreateWorkspaceAsync("brand-b");
        var keyB = await StoreAsync(db, b, s => s.CreateAsync(null, KeyScope.Owner, Ct));
        var idB = (await StoreAsync(db, b, s => s.ListAsync(Ct))).Single().Id;

        var error = await Assert.ThrowsAsync<StorageValidationException>(() => StoreAsync(db, a, s => s.RevokeAsync(idB, Ct)));

        Assert.Contains("'brand-a' has no API key", error.Message);
        Assert.Empty(await StoreAsync(db, a, s => s.ListAsync(Ct)));
        Assert.NotNull(await StoreAsync(db, s => s.AuthenticateAsync(keyB, Ct)));
        Assert.True(await StoreAsync(db, b, s => s.RevokeAsync(idB, Ct)));
        Assert.False(await StoreAsync(db, b, s => s.RevokeAsync(idB, Ct)));
        Assert.Null(await StoreAsync(db, s => s.AuthenticateAsync(keyB, Ct)));
    }

    /// <summary>Runs <paramref name="action"/> on a store in a fresh scope without a workspace, as sign-in and the CLI do.</summary>
    private static Task<T> StoreAsync<T>(TestDatabase db, Func<ApiKeyStore, Task<T>> action) => db.WithAsync(null, action);

    private static Task StoreAsync(TestDatabase db, Func<ApiKeyStore, Task> action) => db.WithAsync(null, action);

    private static Task<T> StoreAsync<T>(TestDatabase db, WorkspaceInfo workspace, Func<ApiKeyStore, Task<T>> action) => db.WithAsync(workspace, action);

    private static Task StoreAsync(TestDatabase db, WorkspaceInfo workspace, Func<ApiKeyStore, Task> action) => db.WithAsync(workspace, action);
}
