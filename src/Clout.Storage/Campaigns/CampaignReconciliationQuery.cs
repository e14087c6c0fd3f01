using Clout.Core.Attribution;
using Clout.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Campaigns;

/// <summary>
/// Creator, code, link and survey credit of a campaign's collaborations side by side, over all time, with the code orders
/// that look leaked. Signal combinations are counted in SQL; only code orders are read one by one, for the flags.
/// </summary>
public sealed class CampaignReconciliationQuery(CloutDbContext db)
{
    /// <summary>The campaign's collaborations ordered by handle; null for an unknown campaign.</summary>
    public async Task<IReadOnlyList<CollaborationReconciliation>?> LoadAsync(string campaign, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var campaignId = await db.Campaigns.AsNoTracking().Where(c => c.Name == campaign).Select(c => (long?)c.Id).FirstOrDefaultAsync(cancellationToken);
        if (campaignId is null)
        {
            return null;
        }
        var collaborations = await db.Collaborations.AsNoTracking().Where(c => c.CampaignId == campaignId)
            .Join(db.Influencers, c => c.InfluencerId, i => i.Id, (c, i) => new { c.Id, i.Handle, i.Platform, c.PromoCode })
            .ToListAsync(cancellationToken);
        var ids = db.Collaborations.Where(c => c.CampaignId == campaignId).Select(c => c.Id);

        var combinations = await db.Orders.AsNoTracking()
            .Where(o => (o.CodeCollaborationId != null && ids.Contains(o.CodeCollaborationId.Value))
                || (o.ClickCollaborationId != null && ids.Contains(o.ClickCollaborationId.Value))
                || (o.SurveyCollaborationId != null && ids.Contains(o.SurveyCollaborationId.Value))
                || (o.CreatorCollaborationId != null && ids.Contains(o.CreatorCollaborationId.Value))
                || (o.AttributedCollaborationId != null && ids.Contains(o.AttributedCollaborationId.Value)))
            .GroupBy(o => new { o.CodeCollaborationId, o.ClickCollaborationId, o.SurveyCollaborationId, o.AttributionSource, o.AttributedCollaborationId, o.CreatorCollaborationId })
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var signals = SignalReconciliation.Count(combinations.SelectMany(c => Enumerable.Repeat(
                new OrderSignalSet(c.Key.CodeCollaborationId, c.Key.ClickCollaborationId, c.Key.SurveyCollaborationId,
                    c.Key.AttributionSource, c.Key.AttributedCollaborationId, c.Key.CreatorCollaborationId), c.Count)))
            .ToDictionary(s => s.CollaborationId);

        var codeOrders = await db.Orders.AsNoTracking()
            .Where(o => o.CodeCollaborationId != null && ids.Contains(o.CodeCollaborationId.Value))
            .Select(o => new { o.ExternalId, Code = o.CodeCollaborationId!.Value, o.OccurredAtUtc, o.ClickCollaborationId, o.Referrer })
            .ToListAsync(cancellationToken);
        var flags = PromoCodeLeakage.Detect(codeOrders.Select(o => new CodeOrder(o.ExternalId, o.Code, o.OccurredAtUtc, o.ClickCollaborationId, o.Referrer)))
            .ToLookup(f => f.CollaborationId);

        return [.. collaborations.OrderBy(c => c.Handle, StringComparer.Ordinal).ThenBy(c => c.Id).Select(c => new CollaborationReconciliation(
            c.Id, c.Handle, c.Platform, c.PromoCode,
            signals.TryGetValue(c.Id, out var s) ? s : new SignalCounts(c.Id, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
            [.. flags[c.Id]]))];
    }
}
