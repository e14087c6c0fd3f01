using Clout.Core.Planning;
using Clout.Core.Roster;

namespace Clout.Core.Tests.Planning;

public sealed class PostDispersionTests
{
    [Fact]
    public void PostDispersion_ByHand_PoolsWithinAccountSpreadLessPoissonNoise()
    {
        // A: rate 400/2,000 = 0.2; posts at 0.5× and 1.5× it → (0.5² + 0.5²) = 0.5; Poisson 1/200 + 1/200 = 0.01; 1 degree of freedom.
        // B: rate 0.1, three posts exactly at it → 0; Poisson 3 × 1/50 = 0.06; 2 degrees of freedom.
        // C (one post) and D (rate 0) say nothing about variation and are skipped.
        // φ = 0.5 / 3 − (0.01 + 0.06) / 5 posts = 0.152667.
        var accounts = new[]
        {
            new[] { (100.0, 1_000.0), (300.0, 1_000.0) },
            [(50.0, 500.0), (50.0, 500.0), (50.0, 500.0)],
            [(10.0, 100.0)],
            [(0.0, 100.0), (0.0, 100.0)],
        };

        Assert.Equal((0.5 / 3) - (0.07 / 5), TierPriors.PostDispersion(accounts), 1e-12);
    }

    [Fact]
    public void PostDispersion_PostsNoMoreVariableThanChance_IsZero_AndSoIsNoHistory()
    {
        Assert.Equal(0.0, TierPriors.PostDispersion([[(50.0, 500.0), (50.0, 500.0)]]));
        Assert.Equal(0.0, TierPriors.PostDispersion([]));
    }

    [Fact]
    public void Fit_AccountsWhosePostsVary_CarryReachAndEngagementDispersion()
    {
        // Reach at 0.5× and 1.5× of the account's usual, engagements a steady 5 % of reach.
        List<PostOutcome> history = [new(10_000, 500, 1), new(30_000, 1_500, 1)];
        var priors = TierPriors.Fit([new PlanCandidate(1, "a", Tier.Micro, 100_000, history, 10_000), new PlanCandidate(2, "b", Tier.Micro, 50_000, history, 10_000)])!;

        // Per account: (0.25 + 0.25) / 1 degree of freedom, less the Poisson share 1/(m_i e_ij) of the expected count,
        // 20,000 for every post (0.2 × 100,000 for a, 0.4 × 50,000 for b).
        Assert.Equal(0.5 - (1 / 20_000.0), priors.ReachPostDispersion, 1e-12);
        Assert.Equal(0.0, priors.EngagementPostDispersion);
    }
}
