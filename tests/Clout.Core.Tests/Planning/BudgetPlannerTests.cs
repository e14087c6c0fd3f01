using Clout.Core.Planning;
using Clout.Core.Roster;

namespace Clout.Core.Tests.Planning;

public sealed class BudgetPlannerTests
{
    /// <summary>Ten past posts of the same outcome.</summary>
    private static List<PostOutcome> Posts(long reach, long engagements, long orders, int count = 10) =>
        [.. Enumerable.Repeat(new PostOutcome(reach, engagements, orders), count)];

    /// <summary>
    /// Six micro accounts (€500 a post, ~3 orders each) and two celebrities (€5,000 a post, ~9 orders): per euro, micro sells
    /// six times more; per post, a celebrity reaches 20 times more.
    /// </summary>
    private static List<PlanCandidate> Roster()
    {
        var roster = new List<PlanCandidate>();
        for (var i = 0; i < 6; i++)
        {
            roster.Add(new PlanCandidate(i + 1, $"micro{i + 1}", Tier.Micro, 40_000, Posts(10_000 + (i * 500), 600 + (i * 20), 2 + (i % 3)), 50_000));
        }
        roster.Add(new PlanCandidate(101, "star1", Tier.Celebrity, 3_000_000, Posts(400_000, 4_000, 9), 500_000));
        roster.Add(new PlanCandidate(102, "star2", Tier.Celebrity, 5_000_000, Posts(500_000, 4_500, 8), 500_000));
        return roster;
    }

    [Fact]
    public void Plan_ForConversions_PrefersMicroAndBeatsBothStrawmen()
    {
        var comparison = new BudgetPlanner(new Random(5)).Plan(Roster(), 500_000, PlanGoal.Conversions);

        // €5,000 buys either one celebrity post (~9 orders) or all six micro posts (~18 orders) with €2,000 to spare.
        Assert.Equal(["micro1", "micro2", "micro3", "micro4", "micro5", "micro6"], comparison.Best.Picks.Select(p => p.Candidate.Handle).Order());
        Assert.Equal(300_000, comparison.Best.CostMinor);
        Assert.NotNull(comparison.AllMicro);
        Assert.Equal(comparison.Best.Value, comparison.AllMicro.Value, 1e-9);
        Assert.NotNull(comparison.OneCelebrity);
        Assert.Equal("star1", Assert.Single(comparison.OneCelebrity.Picks).Candidate.Handle);
        Assert.True(comparison.Best.Value > 1.5 * comparison.OneCelebrity.Value);
    }

    [Fact]
    public void Plan_ForReach_PicksTheCelebrity()
    {
        var comparison = new BudgetPlanner(new Random(5)).Plan(Roster(), 500_000, PlanGoal.Reach);

        Assert.Equal("star2", Assert.Single(comparison.Best.Picks).Candidate.Handle);
        Assert.True(comparison.Best.Value >= comparison.AllMicro!.Value);
    }

    [Fact]
    public void Plan_BestIsNeverWorseThanEitherStrawman()
    {
        var random = new Random(17);
        for (var run = 0; run < 40; run++)
        {
            var roster = Roster().Select(c => c with { CostPerPostMinor = random.Next(1, 80) * 10_000L }).ToList();
            var goal = new PlanGoal(random.NextDouble(), random.NextDouble(), random.NextDouble() * 50);
            var budget = random.Next(5, 100) * 10_000L;

            var comparison = new BudgetPlanner(new Random(run), simulations: 200).Plan(roster, budget, goal);

            Assert.True(comparison.Best.CostMinor <= budget);
            Assert.True(comparison.Best.Value >= (comparison.AllMicro?.Value ?? 0) - 1e-9);
            Assert.True(comparison.Best.Value >= (comparison.OneCelebrity?.Value ?? 0) - 1e-9);
        }
    }

    [Fact]
    public void Plan_OutcomeIntervalsHoldTheExpectationAndAreReproducible()
    {
        var first = new BudgetPlanner(new Random(9)).Plan(Roster(), 500_000, PlanGoal.Conversions).Best.Outcome;
        var second = new BudgetPlanner(new Random(9)).Plan(Roster(), 500_000, PlanGoal.Conversions).Best.Outcome;

        Assert.Equal(first, second);
        foreach (var estimate in new[] { first.Reach, first.Engagements, first.Orders })
        {
            Assert.Equal(6, estimate.N);
            Assert.InRange(estimate.Value, estimate.Low!.Value, estimate.High!.Value);
            Assert.True(estimate.High > estimate.Low);
        }
        // Six posts at ~3 orders: Poisson spread alone puts the 95 % range of the total at roughly 18 ± 8.
        Assert.InRange(first.Orders.Low!.Value, 5, 15);
        Assert.InRange(first.Orders.High!.Value, 21, 32);
    }

    [Fact]
    public void Forecast_ShrinksTowardTheTier()
    {
        var roster = Roster();
        roster.Add(new PlanCandidate(7, "newcomer", Tier.Micro, 40_000, [], 50_000));
        roster.Add(new PlanCandidate(8, "onehit", Tier.Micro, 40_000, [new PostOutcome(10_000, 600, 8)], 50_000));
        roster.Add(new PlanCandidate(9, "steady", Tier.Micro, 40_000, Posts(10_000, 600, 8), 50_000));

        var forecasts = BudgetPlanner.Forecast(roster).Forecasts.ToDictionary(f => f.Candidate.Handle);

        // Micro orders per post: (10 × (2 + 3 + 4 + 2 + 3 + 4) + 8 + 80) / 71 posts = 268 / 71 = 3.77.
        const double TierRate = 268.0 / 71;
        // No history: the tier's expectation.
        Assert.Equal(TierRate, forecasts["newcomer"].ExpectedOrders, 1e-9);
        Assert.InRange(forecasts["newcomer"].ExpectedReach, 10_000, 12_500);
        // 8 orders in one post is weak evidence, 8 a post over ten posts strong: both are pulled toward 3.77, the one-hit far more.
        var oneHit = forecasts["onehit"].ExpectedOrders;
        var steady = forecasts["steady"].ExpectedOrders;
        Assert.InRange(oneHit, TierRate, 8);
        Assert.InRange(steady, oneHit, 8);
        // Gamma-Poisson: the weight on the tier is rate / (posts + rate), the same prior rate for both. Read it off the
        // one-hit account and the steady one's forecast follows.
        var weightOne = (8 - oneHit) / (8 - TierRate);
        var priorRate = weightOne / (1 - weightOne);
        Assert.Equal(8 - ((8 - TierRate) * priorRate / (10 + priorRate)), steady, 1e-9);
    }

    [Fact]
    public void Forecast_UnsoundCandidates_AreExcludedWithAReason()
    {
        var roster = Roster();
        roster.Add(new PlanCandidate(12, "nofee", Tier.Micro, 40_000, Posts(1_000, 50, 1), 0));
        roster.Add(new PlanCandidate(10, "odd", Tier.Micro, 40_000, [new PostOutcome(100, 300, 0)], 50_000));
        roster.Add(new PlanCandidate(11, "ghost", Tier.Macro, 300_000, [], 200_000));

        var (forecasts, excluded) = BudgetPlanner.Forecast(roster);

        Assert.Equal(8, forecasts.Count);
        Assert.Contains(excluded, e => e.StartsWith("nofee: the cost per post must be above 0", StringComparison.Ordinal));
        Assert.Contains(excluded, e => e.StartsWith("odd: a past post has more engagements (300) than accounts reached (100)", StringComparison.Ordinal));
        Assert.Contains(excluded, e => e.StartsWith("ghost: no macro-influencer has a past post", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_NoMicroOrNoAffordableCelebrity_LeavesThatStrawmanOut()
    {
        var comparison = new BudgetPlanner(new Random(1)).Plan(Roster(), 100_000, PlanGoal.Conversions);

        Assert.Null(comparison.OneCelebrity);
        Assert.Equal(2, comparison.Best.Picks.Count);
    }

    [Fact]
    public void Plan_BadGoalOrBudget_Throws()
    {
        var planner = new BudgetPlanner(new Random(1));

        Assert.Contains("negative", Assert.Throws<ArgumentException>(() => planner.Plan(Roster(), 100_000, new PlanGoal(-1, 0, 1))).Message, StringComparison.Ordinal);
        Assert.Contains("above 0", Assert.Throws<ArgumentException>(() => planner.Plan(Roster(), 100_000, new PlanGoal(0, 0, 0))).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => planner.Plan(Roster(), 0, PlanGoal.Reach));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BudgetPlanner(new Random(1), 0));
    }
}
