using Clout.Core.Attribution;
using Clout.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Orders;

/// <summary>
/// The survey side of attribution: a response that proved its order (it carried the order's token) and names an
/// influencer credits that order now, when the order is already stored (the survey intake calls
/// <see cref="ApplyAsync"/>), or when the order arrives by the response's deadline (the order intake asks
/// <see cref="ForOrdersAsync"/>). An order has at most one such response (a unique index). A response without proof
/// never credits. It lives with the orders because it decides an order's attribution; the surveys only feed it.
/// </summary>
internal static class SurveySignals
{
    /// <summary>
    /// For each of these order ids that a verified response names with an influencer: that influencer's collaborations
    /// and the latest arrival of the order the response still credits.
    /// </summary>
    public static async Task<Dictionary<string, SurveyClaim>> ForOrdersAsync(CloutDbContext db, IReadOnlyCollection<string> orderIds, CancellationToken cancellationToken)
    {
        var byOrder = new Dictionary<string, (long Influencer, DateTime Deadline)>(StringComparer.Ordinal);
        foreach (var chunk in orderIds.Distinct(StringComparer.Ordinal).Chunk(OrderIntake.LookupChunk))
        {
            var rows = await db.SurveyResponses.AsNoTracking()
                .Where(r => r.VerifiedOrderId != null && chunk.Contains(r.VerifiedOrderId) && r.InfluencerId != null && r.OrderDeadlineUtc != null)
                .Select(r => new { r.VerifiedOrderId, r.InfluencerId, r.OrderDeadlineUtc }).ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                byOrder[row.VerifiedOrderId!] = (row.InfluencerId!.Value, row.OrderDeadlineUtc!.Value);
            }
        }
        var parts = await PartsAsync(db, byOrder.Values.Select(v => v.Influencer), cancellationToken);
        return byOrder.Where(p => parts.ContainsKey(p.Value.Influencer))
            .ToDictionary(p => p.Key, p => new SurveyClaim(parts[p.Value.Influencer], p.Value.Deadline), StringComparer.Ordinal);
    }

    /// <summary>
    /// Sets the survey signal of a stored order (when it has none yet) and lets <see cref="AttributionRule"/> decide
    /// again, so the winner stays consistent with every signal. Does nothing when the order is not stored yet.
    /// </summary>
    public static async Task ApplyAsync(CloutDbContext db, string orderId, long influencerId, CancellationToken cancellationToken)
    {
        var order = await db.Orders.FirstOrDefaultAsync(o => o.ExternalId == orderId, cancellationToken);
        if (order is null || order.SurveyCollaborationId is not null)
        {
            return;
        }
        var parts = await PartsAsync(db, [influencerId], cancellationToken);
        if (!parts.TryGetValue(influencerId, out var list) || SurveyCredit.Choose(list, order.OccurredAtUtc) is not { } collaboration)
        {
            return;
        }
        ClickSignal? click = order.ClickCollaborationId is { } clicked ? new ClickSignal(order.ClickId ?? 0, clicked, order.OccurredAtUtc) : null;
        var credit = AttributionRule.Decide(new OrderSignals(order.CodeCollaborationId, click, collaboration, order.CreatorCollaborationId));
        order.SurveyCollaborationId = collaboration;
        order.AttributionSource = credit.Source;
        order.AttributedCollaborationId = credit.CollaborationId;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Each influencer's collaborations with their campaigns' runs, for <see cref="SurveyCredit.Choose"/>.</summary>
    internal static async Task<Dictionary<long, List<CampaignPart>>> PartsAsync(CloutDbContext db, IEnumerable<long> influencerIds, CancellationToken cancellationToken)
    {
        var result = new Dictionary<long, List<CampaignPart>>();
        foreach (var chunk in influencerIds.Distinct().Chunk(OrderIntake.LookupChunk))
        {
            var rows = await (from c in db.Collaborations.AsNoTracking()
                              join k in db.Campaigns.AsNoTracking() on c.CampaignId equals k.Id
                              where chunk.Contains(c.InfluencerId)
                              select new { c.InfluencerId, c.Id, k.StartsAtUtc, k.EndsAtUtc }).ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                if (!result.TryGetValue(row.InfluencerId, out var list))
                {
                    result[row.InfluencerId] = list = [];
                }
                list.Add(new CampaignPart(row.Id, row.StartsAtUtc, row.EndsAtUtc));
            }
        }
        return result;
    }
}
