using Clout.Core.Planning;
using Clout.Core.Roster;

namespace Clout.Core.Tests.Planning;

public sealed class BudgetPlannerProfitTests
{
    /// <summary>€50 a order, in minor units.</summary>
    private const double OrderValue = 5_000;

    /// <summary>
    /// Six micro accounts at €110 a post selling 1 … 6 orders a post over ten posts each, and one celebrity at €5,000
    /// a post selling 20; every order brings €50. At a 50 % margin an order earns €25, so a micro post pays for itself
    /// only above 4.4 orders (micro5 and micro6) and the celebrity's post loses about €4,500.
    /// </summary>
    private static List<PlanCandidate> Roster()
    {
        var roster = new List<PlanCandidate>();
        for (var i = 1; i <= 6; i++)
        {
            roster.Add(new PlanCandidate(i, $"micro{i}", Tier.Micro, 40_000, Posts(10_000, 600, i), 11_000));
        }
        roster.Add(new PlanCandidate(101, "star1", Tier.Celebrity, 3_000_000, Posts(400_000, 4_000, 20), 500_000));
        return roster;
    }

    private static List<PostOutcome> Posts(long reach, long engagements, long orders) =>
        [.. Enumerable.Repeat(new PostOutcome(reach, engagements, orders, orders * OrderValue), 10)];

    private static PlanComparison Plan(long budgetMinor, PlanRules rules, PlanGoal? goal = null) =>
        new BudgetPlanner(new Random(7)).Plan(Roster(), budgetMinor, goal ?? PlanGoal.Profit, rules);

    [Fact]
    public void Plan_Profit_BooksOnlyPostsExpectedToEarnBackTheirCost()
    {
        var comparison = Plan(1_000_000, new PlanRules(GrossMargin: 0.5));

        // A budget for everyone, yet only the two posts that pay for themselves are booked.
        Assert.Equal(["micro5", "micro6"], comparison.Best.Picks.Select(p => p.Candidate.Handle).Order());
        Assert.All(comparison.Best.Picks, p => Assert.True(p.ExpectedProfitMinor(0.5) > 0));
        var profit = comparison.Best.Outcome.Profit!;
        Assert.Equal(comparison.Best.Picks.Sum(p => (0.5 * p.ExpectedRevenueMinor) - p.CostMinor), profit.Value, 1e-6);
        Assert.Equal(profit.Value / 100, comparison.Best.Value, 1e-9); // the goal's worth is the profit in major units
        Assert.True(profit.Value > 0);
        Assert.InRange(profit.Value, profit.Low!.Value, profit.High!.Value);
        var roi = comparison.Best.Outcome.Roi!;
        Assert.Equal(profit.Value / comparison.Best.CostMinor, roi.Value, 1e-9);
        Assert.InRange(roi.Value, roi.Low!.Value, roi.High!.Value);
        Assert.Equal(comparison.Best.Picks.Sum(p => p.ExpectedRevenueMinor) / comparison.Best.CostMinor, comparison.Best.Outcome.Roas!.Value, 1e-9);
        // The celebrity is still compared, at the loss it is expected to make.
        Assert.True(comparison.OneCelebrity!.Outcome.Profit!.Value < -400_000);
        Assert.True(comparison.Best.Value >= comparison.AllMicro!.Value && comparison.Best.Value > comparison.OneCelebrity.Value);
    }

    [Fact]
    public void Plan_ProfitSpendAll_BooksLossMakingPostsToUseTheBudget()
    {
        var comparison = Plan(66_000, new PlanRules(GrossMargin: 0.5, SpendAll: true));

        Assert.Equal(6, comparison.Best.Picks.Count);
        Assert.Equal(66_000, comparison.Best.CostMinor);
        Assert.True(comparison.Best.Value < Plan(66_000, new PlanRules(GrossMargin: 0.5)).Best.Value, "spending everything earns less than the profitable posts alone");
    }

    [Fact]
    public void Plan_ProfitAtAThinMargin_NoProfitableMix_StillComparesMicroAndCelebrity()
    {
        // At 20 % an order earns €10: no post sells the 11 orders it would take to pay for itself.
        var comparison = Plan(1_000_000, new PlanRules(GrossMargin: 0.2));

        Assert.Empty(comparison.Best.Picks);
        Assert.Equal(0, comparison.Best.Outcome.Profit!.Value);
        Assert.Null(comparison.Best.Outcome.Roi);
        var micro = comparison.AllMicro!;
        Assert.True(micro.OutsideRules);
        Assert.Equal(6, micro.Picks.Count);
        Assert.True(micro.Outcome.Profit!.Value < 0);
        Assert.True(comparison.OneCelebrity!.Outcome.Profit!.Value < 0);
    }

    [Fact]
    public void Plan_RoasFloor_LeavesOutPostsBelowItUnderAnyGoal()
    {
        // ROAS = orders × €50 / €110: 2.5 needs 5.5 orders a post, which only micro6 sells.
        var conversions = Plan(1_000_000, new PlanRules(MinRoas: 2.5), PlanGoal.Conversions);
        var unfloored = Plan(1_000_000, PlanRules.None, PlanGoal.Conversions);

        Assert.Equal("micro6", Assert.Single(conversions.Best.Picks).Candidate.Handle);
        Assert.True(conversions.Best.Outcome.Roas!.Value >= 2.5);
        Assert.Equal(7, unfloored.Best.Picks.Count);
        Assert.Null(unfloored.Best.Outcome.Profit); // no margin, no profit
        Assert.False(conversions.AllMicro!.OutsideRules);
    }

    [Fact]
    public void Plan_ProfitWithoutMarginOrBadRules_Throws()
    {
        var planner = new BudgetPlanner(new Random(1));

        Assert.Throws<ArgumentException>(() => planner.Plan(Roster(), 100_000, PlanGoal.Profit, PlanRules.None));
        Assert.Throws<ArgumentException>(() => planner.Plan(Roster(), 100_000, PlanGoal.Profit, new PlanRules(GrossMargin: 1.5)));
        Assert.Throws<ArgumentException>(() => planner.Plan(Roster(), 100_000, PlanGoal.Reach, new PlanRules(MinRoas: double.NaN)));
    }

    [Fact]
    public void Forecast_Revenue_IsExpectedOrdersTimesTheTiersRevenuePerOrder()
    {
        var (forecasts, _) = BudgetPlanner.Forecast(Roster());

        Assert.All(forecasts, f => Assert.Equal(f.ExpectedOrders * OrderValue, f.ExpectedRevenueMinor, 1e-6));
    }

    [Fact]
    public void Forecast_NegativeOrUnknownRevenue_IsExcludedWithAReason()
    {
        var bad = new PlanCandidate(9, "odd", Tier.Micro, 10_000, [new PostOutcome(1_000, 10, 1, double.NaN)], 10_000);

        var (forecasts, excluded) = BudgetPlanner.Forecast([.. Roster(), bad]);

        Assert.DoesNotContain(forecasts, f => f.Candidate.Handle == "odd");
        Assert.Contains("odd: a past post has a revenue that is negative or not a number", excluded);
    }
}
