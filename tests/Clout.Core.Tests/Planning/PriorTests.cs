using Clout.Core.Planning;

namespace Clout.Core.Tests.Planning;

public sealed class PriorTests
{
    [Fact]
    public void GammaPoisson_Fit_MarshallsMomentsByHand()
    {
        // Counts 2, 6, 4 over exposures 1, 1, 2: m = 12/4 = 3; own rates 2, 6, 2;
        // s² = (1·1 + 1·9 + 2·1) / 4 = 3; ē = 4/3; variance = 3 − 3/(4/3) = 0.75 → Gamma(shape 12, rate 4).
        var prior = GammaPoissonPrior.Fit([(2, 1), (6, 1), (4, 2)])!;

        Assert.Equal(3.0, prior.Mean, 1e-12);
        Assert.Equal(0.75, prior.Variance, 1e-12);
        Assert.Equal((6 + 12) / (1 + 4.0), prior.PosteriorMean(6, 1), 1e-12);  // 3.6: 6 pulled toward 3
        Assert.Equal(3.0, prior.PosteriorMean(0, 0), 1e-12);                   // no history: the tier's mean
        Assert.Equal(6_012 / 1_004.0, prior.PosteriorMean(6_000, 1_000), 1e-12); // 5.988: long history, nearly its own 6
    }

    [Fact]
    public void GammaPoisson_Fit_NoSpreadBeyondChance_PoolsCompletely()
    {
        var prior = GammaPoissonPrior.Fit([(3, 1), (3, 1), (3, 1)])!;

        Assert.Equal(0.0, prior.Variance);
        Assert.Equal(3.0, prior.PosteriorMean(9, 1));
        Assert.Equal(3.0, prior.SamplePosterior(new Random(1), 9, 1));
    }

    [Fact]
    public void GammaPoisson_Fit_NoExposure_IsNull()
    {
        Assert.Null(GammaPoissonPrior.Fit([(0, 0)]));
        Assert.Null(GammaPoissonPrior.Fit([]));
    }

    [Fact]
    public void GammaPoisson_SamplePosterior_AveragesToThePosteriorMean()
    {
        var prior = new GammaPoissonPrior(3, 0.75);
        var random = new Random(11);

        var mean = Enumerable.Range(0, 20_000).Average(_ => prior.SamplePosterior(random, 6, 1));

        // Posterior Gamma(18, 5): mean 3.6, sd 0.85; the mean of 20,000 draws is within 0.02 with > 99.9 % probability.
        Assert.Equal(3.6, mean, 0.02);
    }

    [Fact]
    public void BetaBinomial_Fit_MomentsByHand()
    {
        // 10/100 and 30/100: m = 0.2; s² = (100·0.01 + 100·0.01)/200 = 0.01; n̄ = 100; variance = 0.01 − 0.16/100 = 0.0084;
        // prior size M = 0.16/0.0084 − 1; posterior mean of 10/100 = (10 + 0.2·M) / (100 + M).
        var prior = BetaBinomialPrior.Fit([(10, 100), (30, 100)])!;
        var size = (0.16 / 0.0084) - 1;

        Assert.Equal(0.2, prior.Mean, 1e-12);
        Assert.Equal(0.0084, prior.Variance, 1e-12);
        Assert.Equal((10 + (0.2 * size)) / (100 + size), prior.PosteriorMean(10, 100), 1e-12);
        Assert.Equal(0.2, prior.PosteriorMean(0, 0), 1e-12);
    }

    [Fact]
    public void BetaBinomial_Fit_ExtremeSpread_StaysAProperBeta()
    {
        // 0/100 and 100/100: s² = 0.25 = m(1 − m); capped so that the prior size stays positive.
        var prior = BetaBinomialPrior.Fit([(0, 100), (100, 100)])!;

        Assert.True(prior.Variance < 0.25);
        var p = prior.SamplePosterior(new Random(2), 50, 100);
        Assert.InRange(p, 0, 1);
        Assert.InRange(prior.PosteriorMean(100, 100), 0.99, 1.0);
    }
}
