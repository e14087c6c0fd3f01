using Clout.Core.Loyalty;
using Clout.Core.Roster;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Reports;

/// <summary>
/// Reads the orders loyalty needs and hands them to <see cref="RepeatPurchase"/>. Every order of a known customer
/// is read, whatever its date or attribution, because a repeat is any later order; only the <em>first</em> order
/// decides the cohort, and it is credited to an influencer only when it lies in the report's scope (its period and
/// the collaborations of its campaign). A customer whose first order fell outside the scope is thus in no cohort.
/// </summary>
public sealed class RepeatPurchaseQuery(CloutDbContext db)
{
    public async Task<RepeatPurchaseReport> LoadAsync(ReportFilter filter, IReadOnlyDictionary<long, Tier> tiers, DateTime asOfUtc,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(tiers);
        var inScope = await new ConversionQuery(db).Collaborations(filter)
            .Select(c => new { c.Id, c.InfluencerId })
            .ToDictionaryAsync(c => c.Id, c => c.InfluencerId, cancellationToken);
        var rows = await db.Orders.AsNoTracking()
            .Where(o => o.CustomerId != null)
            .Select(o => new { o.ExternalId, o.CustomerId, o.OccurredAtUtc, o.AttributedCollaborationId })
            .ToListAsync(cancellationToken);
        var orders = new List<CustomerOrder>(rows.Count);
        foreach (var row in rows)
        {
            long? influencer = null;
            if (row.AttributedCollaborationId is { } collaboration
                && inScope.TryGetValue(collaboration, out var credited)
                && tiers.ContainsKey(credited) // an influencer without a known audience has no tier to count in
                && (filter.FromUtc is not { } from || row.OccurredAtUtc >= from)
                && (filter.ToUtc is not { } to || row.OccurredAtUtc < to))
            {
                influencer = credited;
            }
            orders.Add(new CustomerOrder(row.ExternalId, row.CustomerId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                DateTime.SpecifyKind(row.OccurredAtUtc, DateTimeKind.Utc), influencer));
        }
        return RepeatPurchase.Compute(orders, tiers, asOfUtc, filter.RepeatWindowDays);
    }
}
