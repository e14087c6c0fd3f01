using Clout.Core.Engagement;
using Clout.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Reads;

/// <summary>Follower histories of the workspace's influencers, for "followers at post time".</summary>
internal static class FollowerHistories
{
    public static readonly FollowerHistory Empty = new([]);

    /// <summary>Histories by influencer id, of the given influencers or (null) of all.</summary>
    public static async Task<Dictionary<long, FollowerHistory>> LoadAsync(CloutDbContext db, IReadOnlyCollection<long>? influencerIds, CancellationToken cancellationToken)
    {
        var snapshots = db.FollowerSnapshots.AsNoTracking();
        if (influencerIds is not null)
        {
            snapshots = snapshots.Where(s => influencerIds.Contains(s.InfluencerId));
        }
        var rows = await snapshots.Select(s => new { s.InfluencerId, s.DateUtc, s.Followers }).ToListAsync(cancellationToken);
        return rows.GroupBy(s => s.InfluencerId)
            .ToDictionary(g => g.Key, g => new FollowerHistory(g.Select(s => new FollowerCount(s.DateUtc, s.Followers))));
    }
}
