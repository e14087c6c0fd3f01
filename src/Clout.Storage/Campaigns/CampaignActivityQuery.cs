using Clout.Storage.Tracking;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Campaigns;

/// <summary>Clicks and orders of one campaign, per collaboration and per day; human clicks only.</summary>
public sealed class CampaignActivityQuery(CloutDbContext db)
{
    public async Task<CampaignActivity> ReadAsync(long campaignId, CancellationToken cancellationToken)
    {
        var collaborations = await db.Collaborations.AsNoTracking().Where(c => c.CampaignId == campaignId)
            .Join(db.Influencers, c => c.InfluencerId, i => i.Id, (c, i) => new { c.Id, c.InfluencerId, i.Handle, i.Platform, c.FeeMinor, c.PromoCode, c.LinkCode, c.DestinationUrl })
            .OrderBy(c => c.Handle)
            .ToListAsync(cancellationToken);
        var ids = collaborations.Select(c => c.Id).ToList();
        var clicks = await db.Clicks.AsNoTracking()
            .Where(k => ids.Contains(k.CollaborationId) && k.Kind == ClickKinds.Human)
            .Select(k => new { k.CollaborationId, k.OccurredAtUtc, k.VisitorId })
            .ToListAsync(cancellationToken);
        var orders = await db.Orders.AsNoTracking()
            .Where(o => o.AttributedCollaborationId != null && ids.Contains(o.AttributedCollaborationId.Value))
            .Select(o => new { CollaborationId = o.AttributedCollaborationId!.Value, o.OccurredAtUtc, o.TotalMinor })
            .ToListAsync(cancellationToken);
        var version = await VersionAsync(ids, cancellationToken);

        var rows = collaborations.Select(c =>
        {
            var mine = clicks.Where(k => k.CollaborationId == c.Id).ToList();
            var sold = orders.Where(o => o.CollaborationId == c.Id).ToList();
            // A visitor id is a per-day pseudonym, so unique visitors are counted per day and summed.
            var visitors = mine.Select(k => (k.OccurredAtUtc.Date, k.VisitorId)).Distinct().Count();
            return new CollaborationActivity(c.Id, c.InfluencerId, c.Handle, c.Platform, c.FeeMinor, c.PromoCode, c.LinkCode, c.DestinationUrl,
                mine.Count, visitors, sold.Count, sold.Sum(o => o.TotalMinor));
        }).ToList();
        var days = clicks.Select(k => k.OccurredAtUtc.Date).Concat(orders.Select(o => o.OccurredAtUtc.Date)).Distinct().Order()
            .Select(d => new DailyActivity(DateTime.SpecifyKind(d, DateTimeKind.Utc),
                clicks.Count(k => k.OccurredAtUtc.Date == d), orders.Count(o => o.OccurredAtUtc.Date == d)))
            .ToList();
        return new CampaignActivity(rows, days, version);
    }

    /// <summary>A cheap read for live pages: two indexed MAX queries.</summary>
    public async Task<ActivityVersion> VersionAsync(long campaignId, CancellationToken cancellationToken)
    {
        var ids = await db.Collaborations.AsNoTracking().Where(c => c.CampaignId == campaignId).Select(c => c.Id).ToListAsync(cancellationToken);
        return await VersionAsync(ids, cancellationToken);
    }

    private async Task<ActivityVersion> VersionAsync(List<long> collaborationIds, CancellationToken cancellationToken)
    {
        var lastClick = await db.Clicks.AsNoTracking().Where(k => collaborationIds.Contains(k.CollaborationId)).MaxAsync(k => (long?)k.Id, cancellationToken) ?? 0;
        var lastOrder = await db.Orders.AsNoTracking()
            .Where(o => o.AttributedCollaborationId != null && collaborationIds.Contains(o.AttributedCollaborationId.Value))
            .MaxAsync(o => (long?)o.Id, cancellationToken) ?? 0;
        return new ActivityVersion(lastClick, lastOrder);
    }
}
