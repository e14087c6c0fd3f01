using Clout.Core.Reports;
using Clout.Core.Tracking;
using Clout.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Reports;

/// <summary>
/// Cost and return per campaign, aggregated in SQL: collaborations (fees, product costs, commission rates), human
/// clicks and credited orders per collaboration, impressions and interactions of the campaign's posts. Revenue is in
/// the most common currency of the credited orders, as in the tier report; orders in other currencies are left out.
/// </summary>
public sealed class CampaignEconomicsQuery(CloutDbContext db, WorkspaceScope scope)
{
    public async Task<(List<CampaignEconomics> Campaigns, string? Currency, double? GrossMargin)> LoadAsync(CancellationToken cancellationToken)
    {
        var campaigns = await db.Campaigns.AsNoTracking().OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken);
        var collaborations = await db.Collaborations.AsNoTracking()
            .Select(c => new { c.Id, c.CampaignId, c.FeeMinor, c.ProductCostMinor, c.CommissionRate, HasLink = c.LinkCode != null })
            .ToListAsync(cancellationToken);
        var tracksClicks = await db.Clicks.AnyAsync(cancellationToken) || await db.ClickDays.AnyAsync(cancellationToken);
        var clicks = tracksClicks
            ? ConversionQuery.Add(await ConversionQuery.ClicksPerCollaborationAsync(db.Clicks.AsNoTracking().Where(c => c.Kind == ClickKind.Human), cancellationToken),
                await ConversionQuery.RolledUpClicksAsync(db.ClickDays.AsNoTracking().Where(d => d.Kind == ClickKind.Human), cancellationToken))
            : [];
        var credited = db.Orders.AsNoTracking().Where(o => o.AttributedCollaborationId != null);
        var recordsOrders = await db.Orders.AnyAsync(cancellationToken);
        var (currency, orders) = await ConversionQuery.CreditedOrdersAsync(credited, cancellationToken);
        var posts = await PaidPosts.TotalsAsync(db.Posts.AsNoTracking().Where(p => p.CampaignId != null), p => p.CampaignId!.Value, cancellationToken);
        var margin = await db.Workspaces.AsNoTracking().Where(w => w.Id == scope.WorkspaceId).Select(w => w.GrossMargin).SingleOrDefaultAsync(cancellationToken);

        var result = new List<CampaignEconomics>(campaigns.Count);
        foreach (var campaign in campaigns)
        {
            var own = collaborations.Where(c => c.CampaignId == campaign.Id).ToList();
            var cost = own.Sum(c => new CollaborationSpend(c.FeeMinor, c.ProductCostMinor, c.CommissionRate, orders.GetValueOrDefault(c.Id).Revenue).CostMinor);
            // Clicks exist only for collaborations with a link in a workspace that tracks them: otherwise no figure, not 0.
            long? clickCount = tracksClicks && own.Any(c => c.HasLink) ? own.Sum(c => clicks.GetValueOrDefault(c.Id)) : null;
            var postTotals = posts.GetValueOrDefault(campaign.Id);
            result.Add(new CampaignEconomics(campaign.Id, campaign.Name, own.Count, cost,
                recordsOrders ? own.Sum(c => orders.GetValueOrDefault(c.Id).Revenue) : null,
                recordsOrders ? own.Sum(c => orders.GetValueOrDefault(c.Id).Count) : null, clickCount,
                postTotals?.Impressions, postTotals?.Engagements ?? 0));
        }
        return (result, currency, margin);
    }
}
