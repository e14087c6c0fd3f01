using Clout.Core.Authenticity;
using Clout.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Authenticity;

/// <summary>Stores follower audits; <see cref="AuthenticityQuery"/> reads them back with the anomaly checks.</summary>
public sealed class AuditStore(CloutDbContext db, TimeProvider clock)
{
    /// <summary>Stores a follower audit of an influencer; returns its id.</summary>
    public async Task<long> SaveAuditAsync(long influencerId, FakeShareEstimate audit, CancellationToken cancellationToken)
    {
        var row = Row(influencerId, audit);
        db.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return row.Id;
    }

    /// <summary>Stores many audits in one transaction (the demo's), instead of one commit each.</summary>
    public async Task SaveAuditsAsync(IEnumerable<(long InfluencerId, FakeShareEstimate Audit)> audits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audits);
        db.AddRange(audits.Select(a => Row(a.InfluencerId, a.Audit)));
        await db.SaveChangesAsync(cancellationToken);
    }

    private AudienceAudit Row(long influencerId, FakeShareEstimate audit)
    {
        ArgumentNullException.ThrowIfNull(audit);
        return new AudienceAudit
        {
            InfluencerId = influencerId,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            SampleSize = audit.SampleSize,
            FakeCount = audit.FakeCount,
            FakeShare = audit.Share.Value,
            FakeShareLow = audit.Share.Low ?? 0,
            FakeShareHigh = audit.Share.High ?? 1,
            SampleNeeded = audit.SampleNeededForFivePoints,
            ModelSource = audit.ModelSource.Length <= AudienceAuditConfiguration.MaxModelSourceLength
                ? audit.ModelSource : audit.ModelSource[..AudienceAuditConfiguration.MaxModelSourceLength],
        };
    }

    /// <summary>The influencer's id for a handle (with or without @) on a platform; null when not on the roster.</summary>
    public Task<long?> FindInfluencerAsync(string handle, Core.Roster.Platform platform, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handle);
        // Handles are stored lower-cased by the import.
        var name = handle.Trim().TrimStart('@').ToLowerInvariant();
        return db.Influencers.AsNoTracking().Where(i => i.Handle == name && i.Platform == platform)
            .Select(i => (long?)i.Id).FirstOrDefaultAsync(cancellationToken);
    }
}
