using Clout.Core.Connectors;
using Clout.Core.Roster;
using Clout.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Connections;

/// <summary>The workspace's connections: added or renewed by `clout connect`, listed, and updated by each sync run.</summary>
public sealed class ConnectionStore(CloutDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Stores a connection, or renews the one to the same account (same name as given, or the same platform id): new
    /// credentials, and a fresh start (active, no failures, due now). Returns its id.
    /// </summary>
    public async Task<long> SaveAsync(Platform platform, string account, string? externalAccountId, string credentialsProtected,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(account);
        if (account.Length > ConnectionConfiguration.MaxAccountLength)
        {
            throw new StorageValidationException($"The account is {account.Length} characters long; at most {ConnectionConfiguration.MaxAccountLength} are allowed.");
        }
        var existing = await db.Connections.SingleOrDefaultAsync(c => c.Platform == platform
            && (c.Account == account || (externalAccountId != null && c.ExternalAccountId == externalAccountId)), cancellationToken);
        if (existing is null)
        {
            existing = new Connection { Platform = platform, Account = account, CredentialsProtected = credentialsProtected, CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
            db.Connections.Add(existing);
        }
        existing.CredentialsProtected = credentialsProtected;
        existing.ExternalAccountId = externalAccountId ?? existing.ExternalAccountId;
        existing.State = ConnectionState.Active;
        existing.ConsecutiveFailures = 0;
        existing.NextAttemptUtc = null;
        await db.SaveChangesAsync(cancellationToken);
        return existing.Id;
    }

    public async Task<IReadOnlyList<ConnectionSummary>> ListAsync(CancellationToken cancellationToken) =>
        await (from c in db.Connections.AsNoTracking()
               join i in db.Influencers on c.InfluencerId equals i.Id into influencers
               from i in influencers.DefaultIfEmpty()
               orderby c.Id
               select new ConnectionSummary(c.Id, c.Platform, c.Account, i == null ? null : i.Handle, c.State, c.LastSuccessUtc,
                   c.LastError, c.LastFailure, c.LastErrorUtc, c.NextAttemptUtc))
            .ToListAsync(cancellationToken);

    public Task<StoredConnection?> FindAsync(long id, CancellationToken cancellationToken) =>
        db.Connections.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new StoredConnection(c.Id, c.Platform, c.Account, c.ExternalAccountId, c.InfluencerId, c.CredentialsProtected, c.State,
                c.ResumePhase, c.ResumePostId, c.ResumePageToken, c.LastSuccessUtc, c.LastError, c.LastFailure, c.LastErrorUtc, c.NextAttemptUtc,
                c.ConsecutiveFailures, c.QuotaDate, c.QuotaUsed))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>Writes what a run changed: the account's ids, progress, quota, state and failures (never the credentials).</summary>
    public async Task UpdateAsync(StoredConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var error = connection.LastError is { Length: > ConnectionConfiguration.MaxErrorLength } text ? text[..ConnectionConfiguration.MaxErrorLength] : connection.LastError;
        await db.Connections.Where(c => c.Id == connection.Id).ExecuteUpdateAsync(u => u
            .SetProperty(c => c.ExternalAccountId, connection.ExternalAccountId)
            .SetProperty(c => c.CredentialsProtected, connection.CredentialsProtected)
            .SetProperty(c => c.InfluencerId, connection.InfluencerId)
            .SetProperty(c => c.State, connection.State)
            .SetProperty(c => c.ResumePhase, connection.ResumePhase)
            .SetProperty(c => c.ResumePostId, connection.ResumePostId)
            .SetProperty(c => c.ResumePageToken, connection.ResumePageToken)
            .SetProperty(c => c.LastSuccessUtc, connection.LastSuccessUtc)
            .SetProperty(c => c.LastError, error)
            .SetProperty(c => c.LastFailure, connection.LastFailure)
            .SetProperty(c => c.LastErrorUtc, connection.LastErrorUtc)
            .SetProperty(c => c.NextAttemptUtc, connection.NextAttemptUtc)
            .SetProperty(c => c.ConsecutiveFailures, connection.ConsecutiveFailures)
            .SetProperty(c => c.QuotaDate, connection.QuotaDate)
            .SetProperty(c => c.QuotaUsed, connection.QuotaUsed), cancellationToken);
    }

    public async Task<bool> RemoveAsync(long id, CancellationToken cancellationToken) =>
        await db.Connections.Where(c => c.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;

    /// <summary>
    /// Every workspace's connections due at <paramref name="nowUtc"/> (not waiting for an authorisation, next attempt
    /// reached), and the earliest next attempt of the others, so that a scheduler knows how long it may sleep.
    /// </summary>
    public async Task<(IReadOnlyList<DueConnection> Due, DateTime? NextUtc)> DueAcrossWorkspacesAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        var waiting = db.Connections.IgnoreQueryFilters().AsNoTracking().Where(c => c.State != ConnectionState.NeedsAuthorisation);
        var due = await (from c in waiting
                         join w in db.Workspaces on c.WorkspaceId equals w.Id
                         where c.NextAttemptUtc == null || c.NextAttemptUtc <= nowUtc
                         orderby c.WorkspaceId, c.Id
                         select new DueConnection(c.WorkspaceId, w.Name, c.Id)).ToListAsync(cancellationToken);
        var next = await waiting.Where(c => c.NextAttemptUtc > nowUtc).MinAsync(c => c.NextAttemptUtc, cancellationToken);
        return (due, next);
    }

    /// <summary>The ids of the workspace's connections, in the order they were made.</summary>
    public async Task<IReadOnlyList<long>> IdsAsync(CancellationToken cancellationToken) =>
        await db.Connections.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(cancellationToken);

    public Task<long?> InfluencerIdAsync(Platform platform, string handle, CancellationToken cancellationToken)
    {
        var lower = handle.ToLowerInvariant();
        return db.Influencers.AsNoTracking().Where(i => i.Platform == platform && i.Handle == lower).Select(i => (long?)i.Id).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The posts among <paramref name="externalIds"/> already stored in the workspace, by id.</summary>
    public async Task<IReadOnlyDictionary<string, KnownPost>> KnownPostsAsync(IReadOnlyCollection<string> externalIds, CancellationToken cancellationToken) =>
        await (from p in db.Posts.AsNoTracking()
               where externalIds.Contains(p.ExternalId)
               join c in db.Campaigns on p.CampaignId equals c.Id into campaigns
               from c in campaigns.DefaultIfEmpty()
               select new KnownPost(p.ExternalId, p.PublishedAtUtc, p.Kind, p.Sponsored, c == null ? null : c.Name, p.Likes, p.Comments, p.Shares,
                   p.Saves, p.Views, p.Reach, p.Impressions))
            .ToDictionaryAsync(p => p.ExternalId, StringComparer.Ordinal, cancellationToken);

    /// <summary>The influencer's posts published at or after <paramref name="sinceUtc"/>, newest first: those whose comments a sync reads.</summary>
    public async Task<IReadOnlyList<string>> RecentPostIdsAsync(long influencerId, DateTime sinceUtc, CancellationToken cancellationToken) =>
        await db.Posts.AsNoTracking().Where(p => p.InfluencerId == influencerId && p.PublishedAtUtc >= sinceUtc)
            .OrderByDescending(p => p.PublishedAtUtc).ThenBy(p => p.ExternalId).Select(p => p.ExternalId).ToListAsync(cancellationToken);
}
