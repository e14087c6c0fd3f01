using Clout.Core.Access;
using Clout.Core.Names;
using Clout.Storage.Model;
using Clout.Storage.Sql;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Workspaces;

/// <summary>
/// Dashboard users. Every change to who someone is or may be (password, role, removal) ends their sessions in the
/// same transaction, so that the next request with an old cookie is refused on every node.
/// </summary>
public sealed class UserStore(CloutDbContext db, WorkspaceScope scope, TimeProvider clock)
{
    /// <summary>Adds a dashboard user to the scope's workspace; the caller hashes the password.</summary>
    public async Task AddAsync(string email, string passwordHash, Role role, CancellationToken cancellationToken)
    {
        RequireScope();
        var normalized = Normalize(email);
        if (await db.Users.IgnoreQueryFilters().AnyAsync(u => u.NormalizedEmail == normalized, cancellationToken))
        {
            throw new StorageValidationException($"A user with the e-mail '{email.Trim()}' already exists.");
        }
        db.Users.Add(new User
        {
            WorkspaceId = scope.WorkspaceId,
            Email = email.Trim(),
            NormalizedEmail = normalized,
            PasswordHash = passwordHash,
            Role = role,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            // Another request created the same e-mail between the check above and this insert.
            db.ChangeTracker.Clear();
            throw new StorageValidationException($"A user with the e-mail '{email.Trim()}' already exists.");
        }
    }

    /// <summary>Finds a user for sign-in, in whichever workspace it belongs to.</summary>
    public Task<UserLogin?> FindAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = Normalize(email);
        return db.Users.IgnoreQueryFilters().AsNoTracking()
            .Where(u => u.NormalizedEmail == normalized)
            .Join(db.Workspaces, u => u.WorkspaceId, w => w.Id, (u, w) => new UserLogin(u.Id, u.Email, u.PasswordHash, u.Role, w.Id, w.Name))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The scope's workspace's users, by e-mail.</summary>
    public Task<List<UserInfo>> ListAsync(CancellationToken cancellationToken)
    {
        RequireScope();
        return db.Users.AsNoTracking().OrderBy(u => u.NormalizedEmail)
            .Select(u => new UserInfo(u.Id, u.Email, u.Role, u.CreatedAtUtc))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Stores a rehash of the same password (a stronger hasher setting): the user's sessions stay.</summary>
    public async Task UpdatePasswordHashAsync(long userId, string passwordHash, CancellationToken cancellationToken) =>
        await db.Users.IgnoreQueryFilters().Where(u => u.Id == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.PasswordHash, passwordHash), cancellationToken);

    /// <summary>Sets a new password and ends every session of the user: whoever knew the old one is signed out.</summary>
    public async Task ChangePasswordHashAsync(long userId, string passwordHash, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Users.IgnoreQueryFilters().Where(u => u.Id == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.PasswordHash, passwordHash), cancellationToken);
        await EndSessionsAsync(userId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Gives a user of the scope's workspace another role and ends their sessions, so that it applies at once.</summary>
    /// <exception cref="StorageValidationException">No such user in the workspace, or it would leave the workspace without an owner.</exception>
    public async Task SetRoleAsync(string email, Role role, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(role))
        {
            throw new StorageValidationException($"'{role}' is not a role; use {string.Join(", ", StoredNames.All<Role>())}.");
        }
        await ChangeAsync(email, role == Role.Owner, async user =>
        {
            await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.Role, role), cancellationToken);
            await EndSessionsAsync(user.Id, cancellationToken);
        }, cancellationToken);
    }

    /// <summary>Removes a user of the scope's workspace with their sessions.</summary>
    /// <exception cref="StorageValidationException">No such user in the workspace, or it is the workspace's last owner.</exception>
    public async Task RemoveAsync(string email, CancellationToken cancellationToken) =>
        await ChangeAsync(email, keepsOwner: false, async user =>
        {
            await EndSessionsAsync(user.Id, cancellationToken);
            await db.Users.Where(u => u.Id == user.Id).ExecuteDeleteAsync(cancellationToken);
        }, cancellationToken);

    /// <summary>
    /// Runs <paramref name="change"/> on a user of the scope's workspace, refusing to take away its last owner. The
    /// workspace row is written first, which locks it on both databases, so that two owners removed at the same
    /// moment cannot each count the other as the one who stays.
    /// </summary>
    private async Task ChangeAsync(string email, bool keepsOwner, Func<UserInfo, Task> change, CancellationToken cancellationToken)
    {
        RequireScope();
        var normalized = Normalize(email);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Workspaces.Where(w => w.Id == scope.WorkspaceId).ExecuteUpdateAsync(s => s.SetProperty(w => w.Name, w => w.Name), cancellationToken);
        var user = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == normalized)
            .Select(u => new UserInfo(u.Id, u.Email, u.Role, u.CreatedAtUtc))
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new StorageValidationException($"Workspace '{scope.WorkspaceName}' has no user '{email.Trim()}'; `clout user list` shows them.");
        if (user.Role == Role.Owner && !keepsOwner
            && !await db.Users.AnyAsync(u => u.Role == Role.Owner && u.Id != user.Id, cancellationToken))
        {
            throw new StorageValidationException(
                $"{user.Email} is the last owner of workspace '{scope.WorkspaceName}'; make another user owner first (`clout user role EMAIL owner`).");
        }
        await change(user);
        await transaction.CommitAsync(cancellationToken);
    }

    private Task<int> EndSessionsAsync(long userId, CancellationToken cancellationToken) =>
        db.Sessions.IgnoreQueryFilters().Where(s => s.UserId == userId).ExecuteDeleteAsync(cancellationToken);

    private static string Normalize(string email) => email.Trim().ToUpperInvariant();

    private void RequireScope()
    {
        if (scope.WorkspaceId == 0)
        {
            throw new InvalidOperationException("No workspace is selected.");
        }
    }
}

public sealed record UserLogin(long Id, string Email, string PasswordHash, Role Role, long WorkspaceId, string WorkspaceName);

/// <summary>A user as `clout user list` shows it; never the password hash.</summary>
public sealed record UserInfo(long Id, string Email, Role Role, DateTime CreatedAtUtc);
