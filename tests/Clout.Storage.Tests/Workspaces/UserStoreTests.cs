using Clout.Core.Access;
using Clout.Core.Names;
using Clout.Core.Roster;
using Clout.Storage.Model;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Microsoft.Extensions.DependencyInjection;
using static Clout.Storage.Tests.StorageTestExtensions;


namespace Clout.Storage.Tests.Workspaces;

public sealed class UserStoreTests
{
    // --- Users ------------------------------------------------------------------------------------------------------

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FindAsync_AnyCase_FindsTheUserWithItsWorkspace(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await db.CreateWorkspaceAsync("brand-a");
        var b = await db.CreateWorkspaceAsync("brand-b");
        await StoreAsync(db, b, s => s.AddAsync(" Ana@Example.com ", "hash-1", Role.Analyst, Ct));

        var login = await StoreAsync(db, s => s.FindAsync("ana@EXAMPLE.com", Ct));

        Assert.NotNull(login);
        Assert.Equal(("Ana@Example.com", "hash-1", "analyst", b.Id, "brand-b"), (login.Email, login.PasswordHash, login.Role.ToName(), login.WorkspaceId, login.WorkspaceName));
        Assert.Null(await StoreAsync(db, s => s.FindAsync("bob@example.com", Ct)));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AddAsync_EmailTakenInAnotherWorkspace_IsRefused(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var a = await db.CreateWorkspaceAsync("brand-a");
        var b = await db.CreateWorkspaceAsync("brand-b");
        await StoreAsync(db, a, s => s.AddAsync("ana@example.com", "hash-1", Role.Owner, Ct));

        await Assert.ThrowsAsync<StorageValidationException>(() => StoreAsync(db, b, s => s.AddAsync("ANA@example.com", "hash-2", Role.Owner, Ct)));

        var login = await StoreAsync(db, s => s.FindAsync("ana@example.com", Ct));
        Assert.Equal((a.Id, "hash-1"), (login!.WorkspaceId, login.PasswordHash));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task UpdatePasswordHashAsync_User_ChangesOnlyThatUsersHash(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await db.CreateWorkspaceAsync("brand");
        await StoreAsync(db, ws, s => s.AddAsync("ana@example.com", "old", Role.Owner, Ct));
        await StoreAsync(db, ws, s => s.AddAsync("bob@example.com", "bobs", Role.Viewer, Ct));
        var ana = (await StoreAsync(db, s => s.FindAsync("ana@example.com", Ct)))!;

        await StoreAsync(db, s => s.UpdatePasswordHashAsync(ana.Id, "new", Ct));

        Assert.Equal("new", (await StoreAsync(db, s => s.FindAsync("ana@example.com", Ct)))!.PasswordHash);
        Assert.Equal("bobs", (await StoreAsync(db, s => s.FindAsync("bob@example.com", Ct)))!.PasswordHash);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AddAsync_WithoutWorkspace_Throws(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);

        await Assert.ThrowsAsync<InvalidOperationException>(() => StoreAsync(db, s => s.AddAsync("ana@example.com", "hash", Role.Owner, Ct)));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task PasswordRoleAndRemoval_EachEndsOnlyThatUsersSessions_ARehashEndsNone(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await db.CreateWorkspaceAsync("brand");
        await StoreAsync(db, ws, s => s.AddAsync("olga@example.com", "hash", Role.Owner, Ct));
        await StoreAsync(db, ws, s => s.AddAsync("ana@example.com", "hash", Role.Analyst, Ct));
        var ana = (await StoreAsync(db, s => s.FindAsync("ana@example.com", Ct)))!;
        var olga = (await StoreAsync(db, s => s.FindAsync("olga@example.com", Ct)))!;
        var olgas = await SessionAsync(db, olga);

        var rehashed = await SessionAsync(db, ana);
        await StoreAsync(db, s => s.UpdatePasswordHashAsync(ana.Id, "rehashed", Ct));
        Assert.NotNull(await FindSessionAsync(db, rehashed));

        await StoreAsync(db, s => s.ChangePasswordHashAsync(ana.Id, "new", Ct));
        Assert.Null(await FindSessionAsync(db, rehashed));

        var beforeRole = await SessionAsync(db, ana);
        await StoreAsync(db, ws, s => s.SetRoleAsync("ANA@example.com", Role.Viewer, Ct));
        Assert.Null(await FindSessionAsync(db, beforeRole));
        Assert.Equal(Role.Viewer, (await StoreAsync(db, s => s.FindAsync("ana@example.com", Ct)))!.Role);

        var beforeRemoval = await SessionAsync(db, ana);
        await StoreAsync(db, ws, s => s.RemoveAsync("ana@example.com", Ct));
        Assert.Null(await FindSessionAsync(db, beforeRemoval));
        Assert.Null(await StoreAsync(db, s => s.FindAsync("ana@example.com", Ct)));

        Assert.Equal(olga.Id, (await FindSessionAsync(db, olgas))!.UserId); // the other user's session lives on
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RemoveAndSetRole_UserOfAnotherWorkspace_IsUnknownAndUnchanged(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var a = await db.CreateWorkspaceAsync("brand-a");
        var b = await db.CreateWorkspaceAsync("brand-b");
        await StoreAsync(db, a, s => s.AddAsync("olga@example.com", "hash", Role.Owner, Ct));
        await StoreAsync(db, b, s => s.AddAsync("bob@example.com", "hash", Role.Analyst, Ct));

        var remove = await Assert.ThrowsAsync<StorageValidationException>(() => StoreAsync(db, a, s => s.RemoveAsync("bob@example.com", Ct)));
        var role = await Assert.ThrowsAsync<StorageValidationException>(() => StoreAsync(db, a, s => s.SetRoleAsync("bob@example.com", Role.Owner, Ct)));

        Assert.Contains("'brand-a' has no user 'bob@example.com'", remove.Message);
        Assert.Contains("has no user", role.Message);
        Assert.Equal(Role.Analyst, (await StoreAsync(db, s => s.FindAsync("bob@example.com", Ct)))!.Role);
        Assert.Equal(["olga@example.com"], (await StoreAsync(db, a, s => s.ListAsync(Ct))).Select(u => u.Email));
    }

    private static async Task<string> SessionAsync(TestDatabase db, UserLogin user)
    {
        await using var scope = db.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SessionStore>().CreateAsync(user.Id, user.WorkspaceId, DateTime.UtcNow.AddHours(8), Ct);
    }

    private static async Task<SessionInfo?> FindSessionAsync(TestDatabase db, string key)
    {
        await using var scope = db.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SessionStore>().FindAsync(key, Ct);
    }

    /// <summary>Runs <paramref name="action"/> on a store in a fresh scope without a workspace, as sign-in and the CLI do.</summary>
    private static Task<T> StoreAsync<T>(TestDatabase db, Func<UserStore, Task<T>> action) => db.WithAsync(null, action);

    private static Task StoreAsync(TestDatabase db, Func<UserStore, Task> action) => db.WithAsync(null, action);

    private static Task<T> StoreAsync<T>(TestDatabase db, WorkspaceInfo workspace, Func<UserStore, Task<T>> action) => db.WithAsync(workspace, action);

    private static Task StoreAsync(TestDatabase db, WorkspaceInfo workspace, Func<UserStore, Task> action) => db.WithAsync(workspace, action);
}
