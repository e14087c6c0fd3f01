using Clout.Core.Reports;
using Clout.Core.Tracking;
using Clout.Storage.Model;
using Clout.Storage.Reads;
using Clout.Storage.Roster;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Reports;

/// <summary>
/// Reads the conversion side of the tier report per influencer in five set-based queries (collaborations, clicks,
/// visitor-days, the currency, orders), all aggregated in SQL on the (workspace, collaboration, time) indexes.
/// <para>
/// Scope: the collaborations of the filter's campaign (all, without one) whose campaign dates, where known, overlap
/// the period; their human clicks and attributed orders inside [from, to). Fees and product costs count in full
/// for a collaboration in scope: they are not spread over days.
/// </para>
/// <para>
/// Null versus 0: clicks are measured only for a collaboration with a tracking link in a workspace that records
/// clicks; orders only in a workspace that records orders. A workspace without tracking thus shows no click
/// metrics rather than a wall of zeros.
/// </para>
/// </summary>
public sealed class ConversionQuery(CloutDbContext db, RosterQuery roster)
{
    /// <summary>
    /// Per influencer with conversion data: its roster row, clicks, visitors and orders, and the conversion rate's
    /// 95 % Wilson interval; ordered by handle. Money is in <c>Currency</c>.
    /// </summary>
    public async Task<(List<(InfluencerSummary Influencer, InfluencerConversion Conversion)> Rows, string? Currency)> ConversionsAsync(
        ReportFilter filter, CancellationToken cancellationToken)
    {
        var summaries = await roster.InfluencersAsync(filter, cancellationToken);
        var conversions = await LoadAsync(filter, cancellationToken);
        List<(InfluencerSummary, InfluencerConversion)> rows = [.. summaries
            .Where(s => conversions.ByInfluencer.ContainsKey(s.Id))
            .OrderBy(s => s.Handle, StringComparer.Ordinal).ThenBy(s => s.Id)
            .Select(s => (s, conversions.ByInfluencer[s.Id]))];
        return (rows, conversions.Currency);
    }

    /// <param name="filter">The report's scope.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <param name="posts">
    /// The filter's posts, when the caller reads them anyway (the tier report, on its other connection): CPM and CPE
    /// are then summed from them instead of read again. Awaited only after the clicks and orders are read.
    /// </param>
    public async Task<ConversionData> LoadAsync(ReportFilter filter, CancellationToken cancellationToken, Task<List<ReportPost>>? posts = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var scoped = filter.Collaborations(db.Collaborations.AsNoTracking(), db.Campaigns.AsNoTracking());
        var collaborations = await scoped
            .Select(c => new { c.Id, c.InfluencerId, c.CampaignId, c.FeeMinor, c.ProductCostMinor, c.CommissionRate, HasLink = c.LinkCode != null })
            .ToListAsync(cancellationToken);
        if (collaborations.Count == 0)
        {
            return ConversionData.Empty;
        }
        var scopedIds = scoped.Select(c => c.Id);
        var tracksClicks = await db.Clicks.AnyAsync(cancellationToken) || await db.ClickDays.AnyAsync(cancellationToken);
        var recordsOrders = await db.Orders.AnyAsync(cancellationToken);

        var clicks = db.Clicks.AsNoTracking().Where(c => c.Kind == ClickKind.Human && scopedIds.Contains(c.CollaborationId));
        clicks = filter.InPeriod(clicks, c => c.OccurredAtUtc);
        // Days whose raw clicks retention dropped are read from their rollup: a click is in one or the other, never both.
        var rolledUp = filter.InPeriod(db.ClickDays.AsNoTracking().Where(d => d.Kind == ClickKind.Human && scopedIds.Contains(d.CollaborationId)));
        var clickCounts = tracksClicks ? Add(await ClicksPerCollaborationAsync(clicks, cancellationToken), await RolledUpClicksAsync(rolledUp, cancellationToken)) : [];
        // A visitor id is salted per UTC day; counting distinct (visitor, day) per influencer makes that explicit, and
        // one person clicking two of an influencer's links on one day is one visitor. The kept visitor-days outlive
        // retention; a rolled-up day's visitors are counted per collaboration, exact unless one visitor clicked two
        // links of one influencer in scope that day.
        var visitorDays = !tracksClicks ? []
            : await WholeDaysOfAllCollaborationsAsync(filter, collaborations.Count, cancellationToken)
                ? await KeptVisitorDaysAsync(filter, cancellationToken)
                : Add(await VisitorDaysAsync(clicks, cancellationToken), await RolledUpVisitorsAsync(rolledUp, cancellationToken));

        var orders = filter.InPeriod(db.Orders.AsNoTracking()
            .Where(o => o.AttributedCollaborationId != null && scopedIds.Contains(o.AttributedCollaborationId.Value)), o => o.OccurredAtUtc);
        var (currency, orderTotals) = await CreditedOrdersAsync(orders, cancellationToken);

        // CPM and CPE divide the cost by what the paid-for posts earned: the influencer's posts in the campaigns of its
        // collaborations in scope, published in the period.
        Dictionary<long, PaidPostTotals> postTotals;
        if (posts is null)
        {
            postTotals = await PaidPosts.TotalsAsync(filter.Apply(db.Posts.AsNoTracking(), db.Campaigns)
                .Where(p => p.CampaignId != null && scoped.Any(c => c.InfluencerId == p.InfluencerId && c.CampaignId == p.CampaignId)),
                p => p.InfluencerId, cancellationToken);
        }
        else
        {
            var paidFor = collaborations.Select(c => (c.InfluencerId, c.CampaignId)).ToHashSet();
            postTotals = PaidPosts.Totals((await posts)
                .Where(p => p.CampaignId is { } campaign && paidFor.Contains((p.InfluencerId, campaign)))
                .Select(p => (p.InfluencerId, p.Metrics)));
        }

        var result = new Dictionary<long, InfluencerConversion>();
        foreach (var influencer in collaborations.GroupBy(c => c.InfluencerId))
        {
            long? clickCount = null;
            long? visitors = null;
            if (tracksClicks && influencer.Any(c => c.HasLink))
            {
                clickCount = influencer.Sum(c => clickCounts.GetValueOrDefault(c.Id));
                visitors = visitorDays.GetValueOrDefault(influencer.Key);
            }
            long? orderCount = null;
            double? revenue = null;
            if (recordsOrders)
            {
                orderCount = influencer.Sum(c => orderTotals.GetValueOrDefault(c.Id).Count);
                revenue = influencer.Sum(c => orderTotals.GetValueOrDefault(c.Id).Revenue);
            }
            var spend = influencer.Select(c => new CollaborationSpend(c.FeeMinor, c.ProductCostMinor, c.CommissionRate,
                orderTotals.GetValueOrDefault(c.Id).Revenue)).ToList();
            result[influencer.Key] = new InfluencerConversion(clickCount, visitors, orderCount, revenue, spend)
            {
                Impressions = postTotals.GetValueOrDefault(influencer.Key)?.Impressions,
                Engagements = postTotals.GetValueOrDefault(influencer.Key)?.Engagements,
            };
        }
        return new ConversionData(result, currency);
    }

    /// <summary>
    /// Whether the kept visitor-days (<see cref="VisitorDay"/>, one row per influencer, visitor and day) answer exactly:
    /// they cover every collaboration of an influencer and whole UTC days, so the report must too — every
    /// collaboration of the workspace in scope, and a period, if any, from midnight to midnight.
    /// </summary>
    private async Task<bool> WholeDaysOfAllCollaborationsAsync(ReportFilter filter, int inScope, CancellationToken cancellationToken) =>
        filter.InWholeDays && inScope == await db.Collaborations.CountAsync(cancellationToken);

    /// <summary>Distinct (visitor, UTC day) per influencer from the visitor-days the clicks left: a count of rows, no search for duplicates.</summary>
    private Task<Dictionary<long, long>> KeptVisitorDaysAsync(ReportFilter filter, CancellationToken cancellationToken) =>
        filter.InPeriod(db.VisitorDays.AsNoTracking()).GroupBy(v => v.InfluencerId).Select(g => new { Id = g.Key, Count = g.LongCount() })
            .ToDictionaryAsync(g => g.Id, g => g.Count, cancellationToken);

    /// <summary>Distinct (visitor, UTC day) per influencer of the clicks, in one grouped query.</summary>
    private Task<Dictionary<long, long>> VisitorDaysAsync(IQueryable<Click> clicks, CancellationToken cancellationToken) =>
        db.Database.IsSqlite()
            ? CountVisitorDaysAsync(clicks.Select(c => new ClickDay<string> { CollaborationId = c.CollaborationId, VisitorId = c.VisitorId, Day = SqliteFunctions.Date(c.OccurredAtUtc) }), cancellationToken)
            : CountVisitorDaysAsync(clicks.Select(c => new ClickDay<DateTime> { CollaborationId = c.CollaborationId, VisitorId = c.VisitorId, Day = c.OccurredAtUtc.Date }), cancellationToken);

    private Task<Dictionary<long, long>> CountVisitorDaysAsync<TDay>(IQueryable<ClickDay<TDay>> days, CancellationToken cancellationToken) =>
        days.Join(db.Collaborations, c => c.CollaborationId, k => k.Id, (c, k) => new { k.InfluencerId, c.VisitorId, c.Day })
            .Distinct()
            .GroupBy(v => v.InfluencerId).Select(g => new { Id = g.Key, Count = g.LongCount() })
            .ToDictionaryAsync(g => g.Id, g => g.Count, cancellationToken);

    /// <summary>A click's collaboration, visitor and day (a provider's own day expression: see <see cref="SqliteFunctions.Date"/>).</summary>
    private sealed class ClickDay<TDay>
    {
        public long CollaborationId { get; init; }

        public required string VisitorId { get; init; }

        public required TDay Day { get; init; }
    }

    /// <summary>The rolled-up clicks per collaboration (the caller picks which days: human ones, in scope).</summary>
    internal static Task<Dictionary<long, long>> RolledUpClicksAsync(IQueryable<ClickDay> days, CancellationToken cancellationToken) =>
        days.GroupBy(d => d.CollaborationId).Select(g => new { Id = g.Key, Count = g.Sum(d => d.Clicks) })
            .ToDictionaryAsync(g => g.Id, g => g.Count, cancellationToken);

    /// <summary>The rolled-up days' visitors per influencer.</summary>
    private Task<Dictionary<long, long>> RolledUpVisitorsAsync(IQueryable<ClickDay> days, CancellationToken cancellationToken) =>
        days.Join(db.Collaborations, d => d.CollaborationId, c => c.Id, (d, c) => new { c.InfluencerId, d.Visitors })
            .GroupBy(v => v.InfluencerId).Select(g => new { Id = g.Key, Count = g.Sum(v => v.Visitors) })
            .ToDictionaryAsync(g => g.Id, g => g.Count, cancellationToken);

    /// <summary>Counts per id of raw rows and of rollups, added.</summary>
    internal static Dictionary<long, long> Add(Dictionary<long, long> counts, Dictionary<long, long> more)
    {
        foreach (var (id, count) in more)
        {
            counts[id] = counts.GetValueOrDefault(id) + count;
        }
        return counts;
    }

    /// <summary>The clicks per collaboration, in one grouped query (the caller picks which: human ones, in scope).</summary>
    internal static Task<Dictionary<long, long>> ClicksPerCollaborationAsync(IQueryable<Click> clicks, CancellationToken cancellationToken) =>
        clicks.GroupBy(c => c.CollaborationId).Select(g => new { Id = g.Key, Count = g.LongCount() })
            .ToDictionaryAsync(g => g.Id, g => g.Count, cancellationToken);

    /// <summary>
    /// Credited orders per collaboration (count, revenue in minor units), in the currency most of them use. One currency
    /// per workspace is assumed; should orders come in several, the report is in the most common one and leaves the
    /// others out rather than adding euros to dollars. Revenue is summed as a double, in SQL too, so that no stored total
    /// can overflow the sum (SQLite's integer SUM raises an error, PostgreSQL's does not fit a bigint).
    /// </summary>
    internal static async Task<(string? Currency, Dictionary<long, (long Count, double Revenue)> ByCollaboration)> CreditedOrdersAsync(
        IQueryable<Order> credited, CancellationToken cancellationToken)
    {
        // One grouped read (per currency and collaboration), the currency picked from it: a second pass over the orders
        // for the currency alone cost as much again.
        var groups = await credited.Where(o => o.AttributedCollaborationId != null)
            .GroupBy(o => new { o.Currency, Id = o.AttributedCollaborationId!.Value })
            .Select(g => new { g.Key.Currency, g.Key.Id, Count = g.LongCount(), Revenue = g.Sum(o => (double)o.TotalMinor) })
            .ToListAsync(cancellationToken);
        var currency = groups.GroupBy(g => g.Currency)
            .Select(c => new { Currency = c.Key, Count = c.Sum(g => g.Count) })
            .OrderByDescending(c => c.Count).ThenBy(c => c.Currency, StringComparer.Ordinal)
            .Select(c => c.Currency).FirstOrDefault();
        var totals = groups.Where(g => g.Currency == currency).ToDictionary(g => g.Id, g => (g.Count, g.Revenue));
        return (currency, totals);
    }
}
