using Clout.Core.Engagement;
using Clout.Core.Limits;
using Clout.Core.Planning;
using Clout.Core.Reports;
using Clout.Storage.Model;
using Clout.Storage.Reads;
using Clout.Storage.Reports;
using Clout.Storage.Roster;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Planning;

/// <summary>
/// Builds the planner's candidates from the workspace: followers and tier as the tier report sees them
/// (<see cref="RosterQuery.InfluencersAsync"/>), cost and attributed orders as the conversion report counts them
/// (fee + product cost + commission; orders in the main currency, <see cref="ConversionQuery.CreditedOrdersAsync"/>),
/// over the collaborations that have posts, and the posts of those collaborations.
/// <para>
/// A booked post is a collaboration post, so the history is the influencer's collaboration posts (its posts in the
/// campaigns it was paid for), not its organic ones: sponsored posts reach and engage differently, and organic posts
/// carry no attributed orders, which would dilute orders per post. Orders are attributed to a collaboration, not to
/// a post, so the influencer's Q attributed orders are spread evenly over its S collaboration posts. Posts without a
/// reported reach are left out of the history (docs/planning.md says why); the H posts kept carry round(Q·H/S) orders,
/// their share, split in whole orders (post k of H gets ⌊(k+1)T/H⌋ − ⌊kT/H⌋ of T), so orders per post stay Q/S up to
/// rounding and exactly Q/S when every post has a reach. Each post's orders carry the influencer's attributed revenue
/// per attributed order, so the tier's revenue per order is its orders' (in the main currency).
/// </para>
/// </summary>
public sealed class PlanCandidatesQuery(CloutDbContext db, RosterQuery roster, WorkspaceScope scope)
{
    /// <summary>A fixed seed makes the plan reproducible: the same data, budget and goal give the same intervals every time.</summary>
    public const int SimulationSeed = 20_260_107;

    /// <summary>
    /// The best mix for the budget (minor units) and goal beside "all micro" and "one celebrity"; the excluded list
    /// names every influencer left out, whether here (no cost) or by the planner (unsound history).
    /// </summary>
    public async Task<WorkspacePlan> PlanAsync(long budgetMinor, PlanGoal goal, CancellationToken cancellationToken) =>
        await PlanAsync(budgetMinor, goal, null, false, cancellationToken)
        ?? throw new ArgumentException("The profit goal needs the workspace's gross margin.", nameof(goal));

    /// <summary>
    /// As above, with a ROAS floor per post and, for the profit goal, whether to spend the budget at a loss. The gross
    /// margin is the workspace's; null when the goal is profit and the workspace has none (read once, here, so that a
    /// margin cleared meanwhile cannot fail the plan).
    /// </summary>
    public async Task<WorkspacePlan?> PlanAsync(long budgetMinor, PlanGoal goal, double? minRoas, bool spendAll, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(goal);
        var margin = await GrossMarginAsync(cancellationToken);
        if (goal.IsProfit && margin is null)
        {
            return null;
        }
        var loaded = await LoadAsync(cancellationToken);
        var rules = new PlanRules(margin, minRoas, spendAll);
        var comparison = new BudgetPlanner(new Random(SimulationSeed)).Plan(loaded.Candidates, budgetMinor, goal, rules);
        return new WorkspacePlan(comparison with { Excluded = [.. loaded.Excluded, .. comparison.Excluded] },
            budgetMinor, goal, loaded.Currency, loaded.RecordsOrders) { Rules = rules };
    }

    /// <summary>
    /// The workspace's gross margin (0.4 = 40 %), or null when it is not set. A stored value outside 0–1 (which the
    /// settings never write) counts as not set, so that it cannot make a plan fail.
    /// </summary>
    private async Task<double?> GrossMarginAsync(CancellationToken cancellationToken)
    {
        var margin = await db.Workspaces.AsNoTracking().Where(w => w.Id == scope.WorkspaceId).Select(w => w.GrossMargin).SingleOrDefaultAsync(cancellationToken);
        return margin is >= 0 and <= 1 ? margin : null;
    }

    public async Task<PlanCandidates> LoadAsync(CancellationToken cancellationToken)
    {
        var everything = new ReportFilter();
        var influencers = await roster.InfluencersAsync(everything, cancellationToken);
        var collaborations = (await db.Collaborations.AsNoTracking()
                .Select(c => new { c.Id, c.InfluencerId, c.CampaignId, c.FeeMinor, c.ProductCostMinor, c.CommissionRate })
                .ToListAsync(cancellationToken))
            .ToLookup(c => c.InfluencerId);
        var (currency, credited) = await ConversionQuery.CreditedOrdersAsync(
            db.Orders.AsNoTracking().Where(o => o.AttributedCollaborationId != null), cancellationToken);
        var recordsOrders = await db.Orders.AnyAsync(cancellationToken);
        var posts = (await db.Posts.AsNoTracking()
                .Where(p => db.Collaborations.Any(c => c.InfluencerId == p.InfluencerId && c.CampaignId == p.CampaignId))
                .Select(p => new { p.Id, p.InfluencerId, CampaignId = p.CampaignId!.Value, p.PublishedAtUtc, p.Likes, p.Comments, p.Shares, p.Saves, p.Reach })
                .ToListAsync(cancellationToken))
            .ToLookup(p => p.InfluencerId);

        var candidates = new List<PlanCandidate>();
        var excluded = new List<string>();
        foreach (var influencer in influencers.OrderBy(i => i.Handle, StringComparer.Ordinal).ThenBy(i => i.Id))
        {
            if (!collaborations[influencer.Id].Any())
            {
                excluded.Add($"{influencer.Handle}: no collaboration yet, so no cost per post to plan with");
                continue;
            }
            var own = posts[influencer.Id].OrderBy(p => p.PublishedAtUtc).ThenBy(p => p.Id).ToList();
            if (own.Count == 0)
            {
                excluded.Add($"{influencer.Handle}: collaborations but no posts of them yet, so no cost per post to plan with");
                continue;
            }
            // Cost and orders of the collaborations that have posts: a collaboration booked but not yet posted would
            // otherwise add its fee to the posts of the others and price the influencer out.
            var postedCampaigns = own.Select(p => p.CampaignId).ToHashSet();
            var posted = collaborations[influencer.Id].Where(c => postedCampaigns.Contains(c.CampaignId)).ToList();
            var costMinor = posted.Sum(c => new CollaborationSpend(c.FeeMinor, c.ProductCostMinor, c.CommissionRate,
                credited.GetValueOrDefault(c.Id).Revenue).CostMinor);
            var attributed = posted.Sum(c => credited.GetValueOrDefault(c.Id).Count);
            var revenuePerOrder = attributed > 0 ? posted.Sum(c => credited.GetValueOrDefault(c.Id).Revenue) / attributed : 0;
            var reached = own.Where(p => p.Reach is not null).ToList();
            var orders = (long)Math.Round((double)attributed * reached.Count / own.Count, MidpointRounding.AwayFromZero);
            var history = new List<PostOutcome>(reached.Count);
            for (var k = 0; k < reached.Count; k++)
            {
                var post = reached[k];
                var share = (orders * (k + 1) / reached.Count) - (orders * k / reached.Count);
                var interactions = new PostMetrics(post.PublishedAtUtc, post.Likes, post.Comments, post.Shares, post.Saves).Interactions;
                history.Add(new PostOutcome(post.Reach!.Value, interactions, share, share * revenuePerOrder));
            }
            // Saturated: a cost beyond a long fits no budget, and must not wrap round to a negative one.
            var costPerPost = PlausibleLimits.Saturate(Math.Round(costMinor / own.Count, MidpointRounding.AwayFromZero));
            candidates.Add(new PlanCandidate(influencer.Id, influencer.Handle, influencer.Tier, influencer.Followers, history, costPerPost));
        }
        return new PlanCandidates(candidates, excluded, currency, recordsOrders);
    }
}
