using Clout.Core.Access;
using Clout.Storage.Model;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Clout.Storage.Tests.StorageTestExtensions;

namespace Clout.Storage.Tests.Workspaces;

public sealed class SessionStoreTests
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CreateAsync_Session_StoresOnlyTheKeysHashAndFindsItWithTheUsersRole(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var (ws, user) = await UserAsync(db);

        var key = await SessionsAsync(db, s => s.CreateAsync(user.Id, ws.Id, DateTime.UtcNow.AddHours(8), Ct));

        var found = await SessionsAsync(db, s => s.FindAsync(key, Ct));
        Assert.Equal((user.Id, ws.Id, Role.Analyst), (found!.UserId, found.WorkspaceId, found.Role));
        var stored = await db.QueryAsync(ws, c => c.Sessions.SingleAsync(Ct));
        Assert.NotEqual(key, stored.KeyHash);
        Assert.DoesNotContain(key, stored.KeyHash, StringComparison.Ordinal);
        Assert.Null(await SessionsAsync(db, s => s.FindAsync(key + "x", Ct)));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FindAsync_ExpiredOrRemoved_IsNullAndTheNextSignInSweepsTheExpired(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var (ws, user) = await UserAsync(db);
        var expired = await SessionsAsync(db, s => s.CreateAsync(user.Id, ws.Id, DateTime.UtcNow.AddMinutes(-1), Ct));
        var removed = await SessionsAsync(db, s => s.CreateAsync(user.Id, ws.Id, DateTime.UtcNow.AddHours(8), Ct));
        var extended = await SessionsAsync(db, s => s.CreateAsync(user.Id, ws.Id, DateTime.UtcNow.AddSeconds(-1), Ct));

        await SessionsAsync(db, async s => { await s.RemoveAsync(removed, Ct); return true; });

        Assert.Null(await SessionsAsync(db, s => s.FindAsync(expired, Ct)));
        Assert.Null(await SessionsAsync(db, s => s.FindAsync(removed, Ct)));
        // Extending a session that has ended does not bring it back to life once swept.
        var live = await SessionsAsync(db, s => s.CreateAsync(user.Id, ws.Id, DateTime.UtcNow.AddHours(8), Ct));
        await SessionsAsync(db, async s => { await s.ExtendAsync(extended, DateTime.UtcNow.AddHours(8), Ct); return true; });
        Assert.Null(await SessionsAsync(db, s => s.FindAsync(extended, Ct)));
        Assert.NotNull(await SessionsAsync(db, s => s.FindAsync(live, Ct)));
        Assert.Equal(1, await db.QueryAsync(ws, c => c.Sessions.CountAsync(Ct)));
    }

    private static async Task<(WorkspaceInfo, UserLogin)> UserAsync(TestDatabase db)
    {
        var ws = await db.CreateWorkspaceAsync("brand");
        await using (var scope = db.CreateScope(ws))
        {
            await scope.ServiceProvider.GetRequiredService<UserStore>().AddAsync("ana@example.com", "hash", Role.Analyst, Ct);
        }
        await using var lookup = db.CreateScope();
        return (ws, (await lookup.ServiceProvider.GetRequiredService<UserStore>().FindAsync("ana@example.com", Ct))!);
    }

    private static async Task<T> SessionsAsync<T>(TestDatabase db, Func<SessionStore, Task<T>> action)
    {
        await using var scope = db.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<SessionStore>());
    }
}
