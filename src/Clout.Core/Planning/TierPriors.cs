namespace Clout.Core.Planning;

/// <summary>
/// One tier's priors: reach per follower per post (Gamma-Poisson, exposure = followers × posts), engagements per
/// account reached (Beta-binomial) and orders per post (Gamma-Poisson, exposure = posts); and how much one account's
/// posts vary around its own rates, which the priors (about each account's mean) do not describe.
/// </summary>
public sealed record TierPriors(GammaPoissonPrior ReachPerFollower, BetaBinomialPrior EngagementRate, GammaPoissonPrior OrdersPerPost)
{
    /// <summary>A billion: the largest mean drawn as a Poisson count (a real post's reach stays far below).</summary>
    private const double NormalFromMean = 1e9;

    /// <summary>
    /// Squared coefficient of variation of one post's reach per follower around its account's own mean, beyond Poisson
    /// noise, pooled over the tier (0: posts vary no more than chance). A post reaching 15–45 % of the audience is
    /// far more variable than Poisson counting of millions of followers, and without this the intervals of a plan's
    /// reach would be a hundred times too narrow.
    /// </summary>
    public double ReachPostDispersion { get; init; }

    /// <summary>The same for one post's engagements per account reached.</summary>
    public double EngagementPostDispersion { get; init; }

    /// <summary>
    /// The tier's revenue per attributed order (minor units): Σ revenue ÷ Σ orders over its candidates' history, 0
    /// without orders. One figure per tier, not per account: an account's few orders say little about its basket, and
    /// the expected orders (which carry the uncertainty that matters) are already shrunk toward the tier.
    /// </summary>
    public double RevenuePerOrderMinor { get; init; }

    /// <summary>Fitted on the tier's candidates with history; null when none of them has a past post with reach.</summary>
    public static TierPriors? Fit(IReadOnlyCollection<PlanCandidate> tier)
    {
        ArgumentNullException.ThrowIfNull(tier);
        var reach = GammaPoissonPrior.Fit([.. tier.Select(c => (c.History.Sum(p => (double)p.Reach), (double)c.Followers * c.History.Count))]);
        var engagement = BetaBinomialPrior.Fit([.. tier.Select(c => (c.History.Sum(p => p.Engagements), c.History.Sum(p => (double)p.Reach)))]);
        var orders = GammaPoissonPrior.Fit([.. tier.Select(c => (c.History.Sum(p => (double)p.Orders), (double)c.History.Count))]);
        return reach is null || engagement is null || orders is null ? null : new TierPriors(reach, engagement, orders)
        {
            ReachPostDispersion = PostDispersion(tier.Select(c => c.History.Select(p => ((double)p.Reach, (double)c.Followers)))),
            EngagementPostDispersion = PostDispersion(tier.Select(c => c.History.Select(p => (p.Engagements, (double)p.Reach)))),
            RevenuePerOrderMinor = RevenuePerOrder(tier),
        };
    }

    /// <summary>
    /// Within-account variation of a per-post rate, pooled over accounts with at least two posts with exposure and a
    /// positive own rate m_i: φ = Σ_i Σ_j (x_ij / (m_i e_ij) − 1)² / Σ_i (n_i − 1), less the mean Poisson share
    /// 1/(m_i e_ij) of that spread, floored at 0. A post's rate is then the account's rate × a Gamma(1/φ, 1/φ) factor
    /// (mean 1, variance φ). Orders have no such term: they are attributed per collaboration, not per post, so a
    /// post's orders carry no information about post-to-post variation.
    /// </summary>
    public static double PostDispersion(IEnumerable<IEnumerable<(double Count, double Exposure)>> accounts)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        var squares = 0.0;
        var poisson = 0.0;
        var posts = 0;
        var freedom = 0;
        foreach (var account in accounts)
        {
            var observed = account.Where(p => p.Exposure > 0).ToList();
            var rate = observed.Count >= 2 ? observed.Sum(p => p.Count) / observed.Sum(p => p.Exposure) : 0;
            if (rate <= 0)
            {
                continue;
            }
            foreach (var (count, exposure) in observed)
            {
                squares += Math.Pow((count / (rate * exposure)) - 1, 2);
                poisson += 1 / (rate * exposure);
            }
            posts += observed.Count;
            freedom += observed.Count - 1;
        }
        return freedom == 0 ? 0 : Math.Max(0, (squares / freedom) - (poisson / posts));
    }

    private static double RevenuePerOrder(IReadOnlyCollection<PlanCandidate> tier)
    {
        var orders = tier.Sum(c => c.History.Sum(p => (double)p.Orders));
        var revenue = tier.Sum(c => c.History.Sum(p => p.RevenueMinor));
        return orders > 0 && double.IsFinite(revenue) && revenue > 0 ? revenue / orders : 0;
    }

    public CandidateForecast Forecast(PlanCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var (reach, engagements, orders, posts) = Totals(candidate);
        var expectedReach = ReachPerFollower.PosteriorMean(reach, (double)candidate.Followers * posts) * candidate.Followers;
        var expectedOrders = OrdersPerPost.PosteriorMean(orders, posts);
        return new CandidateForecast(candidate, expectedReach,
            expectedReach * EngagementRate.PosteriorMean(engagements, reach),
            expectedOrders, expectedOrders * RevenuePerOrderMinor);
    }

    /// <summary>
    /// One simulated post: rates drawn from the candidate's posteriors (uncertainty about the account), times the
    /// tier's post-to-post variation (this post against the account's usual), then counts drawn around them. Engagements are drawn as Poisson(reach × rate), the binomial's limit for
    /// rates of a few percent, which keeps a draw O(1) for reaches in the millions.
    /// </summary>
    public (double Reach, double Engagements, double Orders) Simulate(PlanCandidate candidate, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return Simulator(candidate)(random);
    }

    /// <summary>
    /// <see cref="Simulate"/> for one candidate, its history summed once: a plan draws each booked post thousands of
    /// times, and summing the history on every draw was most of the planner's time.
    /// </summary>
    public Func<Random, (double Reach, double Engagements, double Orders)> Simulator(PlanCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var (reach, engagements, orders, posts) = Totals(candidate);
        var followers = (double)candidate.Followers;
        return random =>
        {
            var reachRate = ReachPerFollower.SamplePosterior(random, reach, followers * posts) * PostFactor(random, ReachPostDispersion);
            var simulatedReach = Poisson(random, reachRate * followers);
            // A share cannot pass 1, however lucky the post.
            var engagementRate = Math.Min(1, EngagementRate.SamplePosterior(random, engagements, reach) * PostFactor(random, EngagementPostDispersion));
            var simulatedEngagements = Poisson(random, simulatedReach * engagementRate);
            var simulatedOrders = Poisson(random, OrdersPerPost.SamplePosterior(random, orders, posts));
            return (simulatedReach, simulatedEngagements, simulatedOrders);
        };
    }

    private static (double Reach, double Engagements, double Orders, double Posts) Totals(PlanCandidate c) =>
        (c.History.Sum(p => (double)p.Reach), c.History.Sum(p => p.Engagements), c.History.Sum(p => (double)p.Orders), c.History.Count);

    /// <summary>A mean-1 factor with variance <paramref name="dispersion"/>; exactly 1 when posts vary no more than chance.</summary>
    private static double PostFactor(Random random, double dispersion) =>
        dispersion > 0 ? MathNet.Numerics.Distributions.Gamma.Sample(random, 1 / dispersion, 1 / dispersion) : 1;

    /// <summary>
    /// A Poisson count; above <see cref="NormalFromMean"/> its normal limit, N(mean, √mean). MathNet's sampler returns an
    /// int and never ends for means beyond one (a stored reach of 10^18 asked it for one), and at such means the two
    /// differ by less than one part in 30,000.
    /// </summary>
    private static double Poisson(Random random, double mean) =>
        !(mean > 0) ? 0
        : mean < NormalFromMean ? MathNet.Numerics.Distributions.Poisson.Sample(random, mean)
        : double.IsFinite(mean) ? Math.Max(0, Math.Round(MathNet.Numerics.Distributions.Normal.Sample(random, mean, Math.Sqrt(mean))))
        : double.MaxValue;
}
