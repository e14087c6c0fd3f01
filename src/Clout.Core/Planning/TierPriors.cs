namespace Clout.Core.Planning;

/// <summary>
/// One tier's priors: reach per follower per post (Gamma-Poisson, exposure = followers × posts), engagements per
/// account reached (Beta-binomial) and orders per post (Gamma-Poisson, exposure = posts).
/// </summary>
public sealed record TierPriors(GammaPoissonPrior ReachPerFollower, BetaBinomialPrior EngagementRate, GammaPoissonPrior OrdersPerPost)
{
    /// <summary>Fitted on the tier's candidates with history; null when none of them has a past post with reach.</summary>
    public static TierPriors? Fit(IReadOnlyCollection<PlanCandidate> tier)
    {
        ArgumentNullException.ThrowIfNull(tier);
        var reach = GammaPoissonPrior.Fit([.. tier.Select(c => ((double)c.History.Sum(p => p.Reach), (double)c.Followers * c.History.Count))]);
        var engagement = BetaBinomialPrior.Fit([.. tier.Select(c => ((double)c.History.Sum(p => p.Engagements), (double)c.History.Sum(p => p.Reach)))]);
        var orders = GammaPoissonPrior.Fit([.. tier.Select(c => ((double)c.History.Sum(p => p.Orders), (double)c.History.Count))]);
        return reach is null || engagement is null || orders is null ? null : new TierPriors(reach, engagement, orders);
    }

    public CandidateForecast Forecast(PlanCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var (reach, engagements, orders, posts) = Totals(candidate);
        var expectedReach = ReachPerFollower.PosteriorMean(reach, (double)candidate.Followers * posts) * candidate.Followers;
        return new CandidateForecast(candidate, expectedReach,
            expectedReach * EngagementRate.PosteriorMean(engagements, reach),
            OrdersPerPost.PosteriorMean(orders, posts));
    }

    /// <summary>
    /// One simulated post: rates drawn from the candidate's posteriors (uncertainty about the account), then counts
    /// drawn around them (chance on the day). Engagements are drawn as Poisson(reach × rate), the binomial's limit for
    /// rates of a few percent, which keeps a draw O(1) for reaches in the millions.
    /// </summary>
    public (double Reach, double Engagements, double Orders) Simulate(PlanCandidate candidate, Random random)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(random);
        var (reach, engagements, orders, posts) = Totals(candidate);
        var reachRate = ReachPerFollower.SamplePosterior(random, reach, (double)candidate.Followers * posts);
        var simulatedReach = Poisson(random, reachRate * candidate.Followers);
        var engagementRate = EngagementRate.SamplePosterior(random, engagements, reach);
        var simulatedEngagements = Poisson(random, simulatedReach * engagementRate);
        var simulatedOrders = Poisson(random, OrdersPerPost.SamplePosterior(random, orders, posts));
        return (simulatedReach, simulatedEngagements, simulatedOrders);
    }

    private static (double Reach, double Engagements, double Orders, double Posts) Totals(PlanCandidate c) =>
        (c.History.Sum(p => p.Reach), c.History.Sum(p => p.Engagements), c.History.Sum(p => p.Orders), c.History.Count);

    private static double Poisson(Random random, double mean) =>
        mean > 0 ? MathNet.Numerics.Distributions.Poisson.Sample(random, mean) : 0;
}
