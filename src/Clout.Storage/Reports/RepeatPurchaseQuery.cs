using Clout.Core.Loyalty;
using Clout.Core.Roster;
using Clout.Storage.Model;
using Clout.Storage.Reads;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Reports;

/// <summary>
/// Reads the orders loyalty needs and hands them to <see cref="RepeatPurchase"/>. Every order of a known customer
/// counts, whatever its date or attribution, because a repeat is any later order; only the <em>first</em> order
/// decides the cohort, and it is credited to an influencer only when it lies in the report's scope (its period and
/// the collaborations of its campaign). A customer whose first order fell outside the scope is thus in no cohort.
/// </summary>
public sealed class RepeatPurchaseQuery(CloutDbContext db)
{
    public async Task<RepeatPurchaseReport> LoadAsync(ReportFilter filter, IReadOnlyDictionary<long, Tier> tiers, DateTime asOfUtc,
        CancellationToken cancellationToken) =>
        (await ReadAsync(filter, cancellationToken)).Compute(tiers, asOfUtc);

    /// <summary>
    /// Every order and the collaborations in scope, read without the tiers: the tier report reads them on its second
    /// connection while the first is still finding out each influencer's tier, and hands the credited ones on to the
    /// posts' order timing (<see cref="CustomerOrders.Credited"/>). Loyalty uses the orders of known customers.
    /// </summary>
    public async Task<CustomerOrders> ReadAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var inScope = await filter.Collaborations(db.Collaborations.AsNoTracking(), db.Campaigns.AsNoTracking())
            .Select(c => new { c.Id, c.InfluencerId })
            .ToDictionaryAsync(c => c.Id, c => c.InfluencerId, cancellationToken);
        var rows = await db.Orders.AsNoTracking()
            .Select(o => new CustomerOrderRow(o.ExternalId, o.CustomerId, o.OccurredAtUtc, o.AttributedCollaborationId))
            .ToListAsync(cancellationToken);
        return new CustomerOrders(filter, inScope, rows);
    }
}

/// <summary>One order, as stored (the customer null when the shop did not say who bought).</summary>
public sealed record CustomerOrderRow(string ExternalId, long? CustomerId, DateTime OccurredAtUtc, long? AttributedCollaborationId);

/// <summary>What <see cref="RepeatPurchaseQuery.ReadAsync"/> read: the scope's collaborations (id → influencer) and the orders.</summary>
public sealed record CustomerOrders(ReportFilter Filter, IReadOnlyDictionary<long, long> InScope, IReadOnlyList<CustomerOrderRow> Rows)
{
    /// <summary>Every credited order's collaboration and time, whatever its scope (what <see cref="PostOrderTimingQuery"/> reads for everyone).</summary>
    public List<CreditedOrder> Credited() =>
        [.. Rows.Where(r => r.AttributedCollaborationId is not null).Select(r => new CreditedOrder(r.AttributedCollaborationId!.Value, r.OccurredAtUtc))];

    /// <summary>Credits each first order in scope to its influencer and hands the orders to <see cref="RepeatPurchase"/>.</summary>
    public RepeatPurchaseReport Compute(IReadOnlyDictionary<long, Tier> tiers, DateTime asOfUtc)
    {
        ArgumentNullException.ThrowIfNull(tiers);
        var orders = new List<CustomerOrder>(Rows.Count);
        foreach (var row in Rows)
        {
            if (row.CustomerId is not { } customer)
            {
                continue; // an order of an unknown buyer is nobody's first or repeat
            }
            long? influencer = null;
            if (row.AttributedCollaborationId is { } collaboration
                && InScope.TryGetValue(collaboration, out var credited)
                && tiers.ContainsKey(credited) // an influencer without a known audience has no tier to count in
                && Filter.InPeriod(row.OccurredAtUtc))
            {
                influencer = credited;
            }
            orders.Add(new CustomerOrder(row.ExternalId, customer.ToString(System.Globalization.CultureInfo.InvariantCulture),
                DateTime.SpecifyKind(row.OccurredAtUtc, DateTimeKind.Utc), influencer));
        }
        return RepeatPurchase.Compute(orders, tiers, asOfUtc, Filter.RepeatWindowDays);
    }
}
