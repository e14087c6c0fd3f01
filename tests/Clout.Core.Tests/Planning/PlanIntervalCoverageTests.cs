using Clout.Core.Planning;
using Clout.Core.Roster;
using Clout.Core.Statistics;
using MathNet.Numerics.Distributions;

namespace Clout.Core.Tests.Planning;

/// <summary>
/// The plan's 95 % intervals against the truth: a roster whose accounts post around known rates (reach 50–150 % of the
/// account's usual from post to post, engagement rate log-normal around its own, Poisson orders), ten past posts
/// each; then the booked posts are "published" 2,000 times from the same truth, and the share of published totals
/// inside the plan's interval is counted. With this seed: reach 0.93, engagements 0.92, orders 0.95; counting noise
/// alone (Poisson on the followers, without <see cref="TierPriors.ReachPostDispersion"/>) gave 0.045, 0.084, 0.95.
/// </summary>
public sealed class PlanIntervalCoverageTests
{
    private const int Accounts = 40;
    private const int PastPosts = 10;
    private const int Publications = 2_000;
    private const double EngagementLogSd = 0.4;

    private sealed record Truth(long Followers, double ReachShare, double EngagementRate, double OrdersPerPost);

    [Fact]
    public void Plan_IntervalsCoverPublishedTotals_NearTheirNominal95()
    {
        var random = new Random(2026);
        var truths = Enumerable.Range(0, Accounts).Select(_ => new Truth(
            (long)ContinuousUniform.Sample(random, 10_000, 100_000), ContinuousUniform.Sample(random, 0.2, 0.4),
            ContinuousUniform.Sample(random, 0.03, 0.08), ContinuousUniform.Sample(random, 1, 4))).ToList();
        var roster = truths.Select((t, i) => new PlanCandidate(i + 1, $"m{i + 1}", Tier.Micro, t.Followers,
            [.. Enumerable.Range(0, PastPosts).Select(_ => Publish(random, t))], 10_000)).ToList();

        // The budget books every account once, so the plan's totals are of all forty posts.
        var plan = new BudgetPlanner(new Random(7)).Plan(roster, Accounts * 10_000, PlanGoal.Reach).Best;
        Assert.Equal(Accounts, plan.Picks.Count);

        var inside = new int[3];
        for (var n = 0; n < Publications; n++)
        {
            var published = truths.Select(t => Publish(random, t)).ToList();
            inside[0] += Covers(plan.Outcome.Reach, published.Sum(p => p.Reach)) ? 1 : 0;
            inside[1] += Covers(plan.Outcome.Engagements, published.Sum(p => p.Engagements)) ? 1 : 0;
            inside[2] += Covers(plan.Outcome.Orders, published.Sum(p => p.Orders)) ? 1 : 0;
        }
        var coverage = inside.Select(i => (double)i / Publications).ToArray();
        Assert.True(coverage.All(c => c is >= 0.88 and <= 0.99), $"coverage of reach, engagements, orders: {string.Join(", ", coverage)}");
    }

    private static PostOutcome Publish(Random random, Truth t)
    {
        var reach = (long)Math.Round(t.Followers * t.ReachShare * ContinuousUniform.Sample(random, 0.5, 1.5));
        // Log-normal with mean 1: μ = −σ²/2.
        var rate = Math.Min(1, t.EngagementRate * LogNormal.Sample(random, -EngagementLogSd * EngagementLogSd / 2, EngagementLogSd));
        return new PostOutcome(reach, Poisson.Sample(random, reach * rate), Poisson.Sample(random, t.OrdersPerPost));
    }

    private static bool Covers(Estimate estimate, double value) => value >= estimate.Low && value <= estimate.High;
}
