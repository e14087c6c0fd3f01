using Clout.Core.Roster;

namespace Clout.Core.Planning;

/// <summary>
/// What one post of a candidate is expected to deliver, shrunk toward its tier (empirical Bayes), and the counts the
/// simulation needs to draw from the same posteriors.
/// </summary>
public sealed record CandidateForecast(
    PlanCandidate Candidate,
    double ExpectedReach,
    double ExpectedEngagements,
    double ExpectedOrders)
{
    public long InfluencerId => Candidate.InfluencerId;

    public Tier Tier => Candidate.Tier;

    public long CostMinor => Candidate.CostPerPostMinor;
}
