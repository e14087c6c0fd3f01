using Clout.Core.Roster;

namespace Clout.Core.Planning;

/// <summary>
/// What one post of a candidate is expected to deliver, shrunk toward its tier (empirical Bayes), and the counts the
/// simulation needs to draw from the same posteriors. The expected revenue (minor units) is the expected orders
/// times the tier's revenue per order.
/// </summary>
public sealed record CandidateForecast(
    PlanCandidate Candidate,
    double ExpectedReach,
    double ExpectedEngagements,
    double ExpectedOrders,
    double ExpectedRevenueMinor = 0)
{
    public long InfluencerId => Candidate.InfluencerId;

    public Tier Tier => Candidate.Tier;

    public long CostMinor => Candidate.CostPerPostMinor;

    /// <summary>Expected revenue per unit of cost; 0 for a post expected to sell nothing.</summary>
    public double ExpectedRoas => CostMinor > 0 ? ExpectedRevenueMinor / CostMinor : 0;

    /// <summary>What the post is expected to earn after its cost at the gross margin (0.4 = 40 %), minor units.</summary>
    public double ExpectedProfitMinor(double grossMargin) => (grossMargin * ExpectedRevenueMinor) - CostMinor;
}
