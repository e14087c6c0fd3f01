using Clout.Core.Tracking;
using Clout.Storage.Model;
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
        // Counted in the database: the live page re-reads this every second while clicks arrive, and a campaign can
        // hold hundreds of thousands of them.
        var clicks = db.Clicks.AsNoTracking().Where(k => ids.Contains(k.CollaborationId) && k.Kind == ClickKind.Human);
        var orders = db.Orders.AsNoTracking().Where(o => o.AttributedCollaborationId != null && ids.Contains(o.AttributedCollaborationId.Value));
        // Days whose raw clicks retention dropped are read from their rollup: a click is in one or the other, never both.
        var rolledUp = await db.ClickDays.AsNoTracking().Where(d => ids.Contains(d.CollaborationId) && d.Kind == ClickKind.Human)
            .Select(d => new { d.CollaborationId, d.Day, d.Clicks, d.Visitors }).ToListAsync(cancellationToken);
        var clickCounts = await clicks.GroupBy(k => k.CollaborationId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        // A visitor id is a per-day pseudonym, so unique visitors are distinct (day, visitor) pairs.
        var visitorCounts = await clicks.Select(k => new { k.CollaborationId, Day = k.OccurredAtUtc.Date, k.VisitorId }).Distinct()
            .GroupBy(v => v.CollaborationId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var sales = await orders.GroupBy(o => o.AttributedCollaborationId!.Value)
            .Select(g => new { g.Key, Count = g.Count(), Revenue = g.Sum(o => (double)o.TotalMinor) })
            .ToDictionaryAsync(g => g.Key, g => (g.Count, g.Revenue), cancellationToken);
        var clicksByDay = await clicks.GroupBy(k => k.OccurredAtUtc.Date).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        foreach (var day in rolledUp)
        {
            clickCounts[day.CollaborationId] = clickCounts.GetValueOrDefault(day.CollaborationId) + (int)day.Clicks;
            visitorCounts[day.CollaborationId] = visitorCounts.GetValueOrDefault(day.CollaborationId) + (int)day.Visitors;
            var date = day.Day.ToDateTime(TimeOnly.MinValue);
            clicksByDay[date] = clicksByDay.GetValueOrDefault(date) + (int)day.Clicks;
        }
        var ordersByDay = await orders.GroupBy(o => o.OccurredAtUtc.Date).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var version = await VersionAsync(ids, cancellationToken);

        var rows = collaborations.Select(c =>
        {
            var (sold, revenue) = sales.GetValueOrDefault(c.Id);
            return new CollaborationActivity(c.Id, c.InfluencerId, c.Handle, c.Platform, c.FeeMinor, c.PromoCode, c.LinkCode, c.DestinationUrl,
                clickCounts.GetValueOrDefault(c.Id), visitorCounts.GetValueOrDefault(c.Id), sold, revenue);
        }).ToList();
        var days = clicksByDay.Keys.Union(ordersByDay.Keys).Order()
            .Select(d => new DailyActivity(DateTime.SpecifyKind(d, DateTimeKind.Utc), clicksByDay.GetValueOrDefault(d), ordersByDay.GetValueOrDefault(d)))
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
