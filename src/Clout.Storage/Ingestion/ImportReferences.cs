using Clout.Core.Campaigns;
using Clout.Core.Roster;
using Clout.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Ingestion;

/// <summary>What imported rows refer to in the workspace: influencers by platform and handle, campaigns by name.</summary>
internal sealed class ImportReferences(CloutDbContext db, WorkspaceScope scope)
{
    /// <summary>Every influencer of the workspace by platform and lower-case handle.</summary>
    public async Task<Dictionary<(Platform, string), long>> InfluencerIdsAsync(CancellationToken cancellationToken)
    {
        var all = await db.Influencers.AsNoTracking().Select(i => new { i.Platform, i.Handle, i.Id }).ToListAsync(cancellationToken);
        var map = new Dictionary<(Platform, string), long>();
        foreach (var influencer in all)
        {
            map[(influencer.Platform, influencer.Handle.ToLowerInvariant())] = influencer.Id;
        }
        return map;
    }

    /// <summary>The influencer id of each row, in row order; a row naming an influencer not imported yet is an error.</summary>
    public async Task<long[]> ResolveInfluencersAsync<T>(IReadOnlyList<Numbered<T>> rows, Func<T, (Platform Platform, string Handle)> key,
        List<ImportError> errors, CancellationToken cancellationToken)
    {
        var influencers = await InfluencerIdsAsync(cancellationToken);
        var ids = new long[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var (platform, handle) = key(rows[i].Row);
            if (!influencers.TryGetValue((platform, handle.ToLowerInvariant()), out ids[i]))
            {
                errors.Add(new ImportError(rows[i].Line, "influencer_handle",
                    $"no influencer @{handle} on {platform.ToName()} in this workspace; import the influencers first"));
            }
        }
        return ids;
    }

    /// <summary>Campaign ids by name; campaigns named in a file but not yet known are created (goal: blend).</summary>
    public async Task<Dictionary<string, long>> EnsureCampaignsAsync(IEnumerable<string?> names, CancellationToken cancellationToken)
    {
        var wanted = names.Where(n => n is not null).Select(n => n!).ToHashSet(StringComparer.Ordinal);
        var known = await db.Campaigns.Where(c => wanted.Contains(c.Name)).ToDictionaryAsync(c => c.Name, c => c.Id, StringComparer.Ordinal, cancellationToken);
        var missing = wanted.Where(n => !known.ContainsKey(n)).Select(n => new Campaign { Name = n, Goal = CampaignGoal.Blend, WorkspaceId = scope.WorkspaceId }).ToList();
        if (missing.Count > 0)
        {
            db.Campaigns.AddRange(missing);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var campaign in missing)
            {
                known[campaign.Name] = campaign.Id;
                db.Entry(campaign).State = EntityState.Detached;
            }
        }
        return known;
    }
}
