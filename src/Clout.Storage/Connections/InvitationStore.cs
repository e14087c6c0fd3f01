using System.Security.Cryptography;
using System.Text;
using Clout.Core.Roster;
using Clout.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Connections;

/// <summary>
/// Invitations for creators to authorise Clout: made for the scope's workspace, then found and used by the link's
/// secret alone (the creator is not signed in to Clout), once, before they expire.
/// </summary>
public sealed class InvitationStore(CloutDbContext db, TimeProvider clock)
{
    /// <summary>256 bits of randomness: beyond guessing.</summary>
    private const int SecretBytes = 32;

    /// <summary>Makes an invitation and returns its secret (URL-safe), which only the link carries.</summary>
    public async Task<string> CreateAsync(Platform platform, string handle, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(handle);
        if (handle.Length > ConnectionConfiguration.MaxAccountLength)
        {
            throw new StorageValidationException($"The handle is {handle.Length} characters long; at most {ConnectionConfiguration.MaxAccountLength} are allowed.");
        }
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(SecretBytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = clock.GetUtcNow().UtcDateTime;
        db.ConnectorInvitations.Add(new ConnectorInvitation
        {
            Platform = platform, Handle = handle, SecretHash = Hash(secret), CreatedAtUtc = now, ExpiresAtUtc = now + lifetime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return secret;
    }

    /// <summary>The open invitation (not used, not expired) with this secret, in any workspace; null otherwise.</summary>
    public Task<OpenInvitation?> FindOpenAsync(string secret, CancellationToken cancellationToken)
    {
        var hash = Hash(secret);
        var now = clock.GetUtcNow().UtcDateTime;
        return db.ConnectorInvitations.IgnoreQueryFilters().AsNoTracking()
            .Where(i => i.SecretHash == hash && i.UsedAtUtc == null && i.ExpiresAtUtc > now)
            .Join(db.Workspaces, i => i.WorkspaceId, w => w.Id, (i, w) => new OpenInvitation(i.Id, i.WorkspaceId, w.Name, i.Platform, i.Handle))
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Marks the invitation used; false when it was used (or expired) meanwhile, so that a code is redeemed once.</summary>
    public async Task<bool> UseAsync(long id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.ConnectorInvitations.IgnoreQueryFilters()
            .Where(i => i.Id == id && i.UsedAtUtc == null && i.ExpiresAtUtc > now)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.UsedAtUtc, now), cancellationToken) == 1;
    }

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
