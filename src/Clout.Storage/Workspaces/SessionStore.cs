using Clout.Core.Access;
using Clout.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Workspaces;

/// <summary>
/// Dashboard sessions, in the database so that every node sees a sign-out at once. A request's session is found by the
/// hash of the key its cookie carries, with its user's current role: one lookup on a unique index. Sessions are looked
/// up before any workspace is known, so these queries name a session, never a tenant's data.
/// </summary>
public sealed class SessionStore(CloutDbContext db, TimeProvider clock)
{
    /// <summary>Starts a session and returns the key for its cookie; sweeps the sessions that have expired meanwhile.</summary>
    public async Task<string> CreateAsync(long userId, long workspaceId, DateTime expiresAtUtc, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // Sweeping at each sign-in keeps the table to the live sessions without a timer on every node.
        await db.Sessions.IgnoreQueryFilters().Where(s => s.ExpiresAtUtc <= now).ExecuteDeleteAsync(cancellationToken);
        var key = SecretKeys.NewSecret();
        db.Sessions.Add(new Session
        {
            WorkspaceId = workspaceId,
            UserId = userId,
            KeyHash = SecretKeys.Hash(key),
            CreatedAtUtc = now,
            ExpiresAtUtc = expiresAtUtc,
        });
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    /// <summary>The live session with that key and its user's role now; null when it has ended or expired.</summary>
    public async Task<SessionInfo?> FindAsync(string key, CancellationToken cancellationToken)
    {
        var hash = SecretKeys.Hash(key);
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Sessions.IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.KeyHash == hash && s.ExpiresAtUtc > now)
            .Join(db.Users.IgnoreQueryFilters(), s => s.UserId, u => u.Id, (s, u) => new SessionInfo(u.Id, u.WorkspaceId, u.Role, s.ExpiresAtUtc))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Moves a live session's end (sliding expiry); a session ended meanwhile stays ended.</summary>
    public async Task ExtendAsync(string key, DateTime expiresAtUtc, CancellationToken cancellationToken)
    {
        var hash = SecretKeys.Hash(key);
        await db.Sessions.IgnoreQueryFilters().Where(s => s.KeyHash == hash)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ExpiresAtUtc, expiresAtUtc), cancellationToken);
    }

    /// <summary>Ends one session (sign-out).</summary>
    public async Task RemoveAsync(string key, CancellationToken cancellationToken)
    {
        var hash = SecretKeys.Hash(key);
        await db.Sessions.IgnoreQueryFilters().Where(s => s.KeyHash == hash).ExecuteDeleteAsync(cancellationToken);
    }
}

/// <summary>A live session: whose, in which workspace, with the role the user has now.</summary>
public sealed record SessionInfo(long UserId, long WorkspaceId, Role Role, DateTime ExpiresAtUtc);
