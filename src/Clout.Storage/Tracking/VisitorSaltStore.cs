using System.Security.Cryptography;
using Clout.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Tracking;

/// <summary>
/// The visitor-id salt of a workspace for one UTC day: read, or made on first use (32 random bytes), and the salts
/// of earlier days deleted, so a visitor id can never be traced back to an IP once its day is over.
/// </summary>
public sealed class VisitorSaltStore(CloutDbContext db)
{
    public const int SaltBytes = 32;

    public async Task<byte[]> GetOrCreateAsync(long workspaceId, DateTime dayUtc, CancellationToken cancellationToken)
    {
        var day = DateTime.SpecifyKind(dayUtc.Date, DateTimeKind.Utc);
        var salts = db.VisitorSalts.IgnoreQueryFilters().Where(s => s.WorkspaceId == workspaceId);
        if (await salts.Where(s => s.DayUtc == day).Select(s => s.Salt).FirstOrDefaultAsync(cancellationToken) is { } stored)
        {
            return stored;
        }
        // A cryptographic source, not the app's seeded Random: a guessable salt would make visitor ids reversible.
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        db.VisitorSalts.Add(new VisitorSalt { WorkspaceId = workspaceId, DayUtc = day, Salt = salt });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another process made today's salt first: use theirs.
            db.ChangeTracker.Clear();
            return await salts.Where(s => s.DayUtc == day).Select(s => s.Salt).FirstAsync(cancellationToken);
        }
        await salts.Where(s => s.DayUtc < day).ExecuteDeleteAsync(cancellationToken);
        return salt;
    }

    /// <summary>Deletes every workspace's salts of days before <paramref name="dayUtc"/>.</summary>
    public Task<int> DeleteBeforeAsync(DateTime dayUtc, CancellationToken cancellationToken)
    {
        var day = DateTime.SpecifyKind(dayUtc.Date, DateTimeKind.Utc);
        return db.VisitorSalts.IgnoreQueryFilters().Where(s => s.DayUtc < day).ExecuteDeleteAsync(cancellationToken);
    }
}
