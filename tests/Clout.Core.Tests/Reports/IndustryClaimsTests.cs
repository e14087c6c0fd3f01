using Clout.Core.Reports;
using Clout.Core.Roster;
using Clout.Core.Statistics;

namespace Clout.Core.Tests.Reports;

public sealed class IndustryClaimsTests
{
    private static TierSummary Summary(Tier tier, Estimate engagement) =>
        new(tier, engagement.N, engagement.N * 10, new Dictionary<string, Estimate> { [Metrics.EngagementRate.Name] = engagement });

    private static TierContrast Contrast(MetricDefinition metric, Contrast? result, ContrastReading reading) =>
        new(metric.Name, Tier.Micro, Tier.Celebrity, result, reading, "verdict text");

    private static ClaimCheck Find(IReadOnlyList<ClaimCheck> checks, string id) => checks.Single(c => c.Claim.Id == id);

    [Fact]
    public void Check_MicroBelowClaimedRange_SaysBelowWithTheFigures()
    {
        var checks = IndustryClaims.Check([Summary(Tier.Micro, new Estimate(0.029, 0.027, 0.032, 64))], []);

        var micro = Find(checks, "micro_engagement_rate");
        Assert.Equal(ClaimFinding.BelowClaim, micro.Finding);
        Assert.Equal((0.029, 64), (micro.Value!.Value, micro.N));
        Assert.Equal("claim: micro-influencers engage 5–10 % of their followers: yours engaged 2.9 % [2.7–3.2 %] of their followers (median, n = 64), below the claim", micro.Sentence);
        // Nothing measured for celebrities or the ratios: said so, not guessed.
        Assert.Equal(ClaimFinding.NotMeasured, Find(checks, "celebrity_engagement_rate").Finding);
        Assert.Equal(ClaimFinding.NotMeasured, Find(checks, "conversion_ratio").Finding);
    }

    [Theory]
    [InlineData(0.003, 0.004, ClaimFinding.BelowClaim)]   // wholly below 0.5–2 %
    [InlineData(0.004, 0.006, ClaimFinding.Consistent)]   // overlaps the lower edge
    [InlineData(0.008, 0.014, ClaimFinding.Consistent)]   // inside
    [InlineData(0.019, 0.03, ClaimFinding.Consistent)]    // overlaps the upper edge
    [InlineData(0.021, 0.03, ClaimFinding.AboveClaim)]    // wholly above
    public void Check_CelebrityInterval_AgainstTheClaimedRange(double low, double high, ClaimFinding expected)
    {
        var checks = IndustryClaims.Check([Summary(Tier.Celebrity, new Estimate((low + high) / 2, low, high, 10))], []);

        Assert.Equal(expected, Find(checks, "celebrity_engagement_rate").Finding);
    }

    [Fact]
    public void Check_FewInfluencers_IsNotEnoughData()
    {
        var checks = IndustryClaims.Check([Summary(Tier.Celebrity, new Estimate(0.03, 0.025, 0.04, 4))], []);

        var celebrity = Find(checks, "celebrity_engagement_rate");
        Assert.Equal(ClaimFinding.NotEnoughData, celebrity.Finding);
        Assert.EndsWith("not enough data (n = 4, need 5 influencers)", celebrity.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TierIntervalWiderThanItsFigure_IsNotEnoughData()
    {
        // 6 % [1–14 %] touches 5–10 %, but an interval that wide would touch almost any claim.
        var checks = IndustryClaims.Check([Summary(Tier.Micro, new Estimate(0.06, 0.01, 0.14, 6))], []);

        var micro = Find(checks, "micro_engagement_rate");
        Assert.Equal(ClaimFinding.NotEnoughData, micro.Finding);
        Assert.EndsWith("too uncertain to hold against the claim)", micro.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RatioClaims_UseTheMicroCelebrityContrast()
    {
        var checks = IndustryClaims.Check([], [
            Contrast(Metrics.EngagementRate, new Contrast(3.4, 2.1, 4.0, 1, 64, 10), ContrastReading.ABetter),
            Contrast(Metrics.ConversionRate, new Contrast(1.2, 1.05, 1.4, 0.99, 60, 10), ContrastReading.ABetter),
        ]);

        var engagement = Find(checks, "engagement_ratio");
        Assert.Equal(ClaimFinding.Consistent, engagement.Finding);
        Assert.Equal((3.4, 2.1, 4.0, 10), (engagement.Value!.Value, engagement.Low!.Value, engagement.High!.Value, engagement.N));
        Assert.Equal("claim: micro-influencers engage 3–8x more per follower than celebrities: yours 3.4x [2.1–4.0], consistent with the claim", engagement.Sentence);
        // 1.05–1.4 lies wholly under 1.5–2: micro converts better here, but by less than claimed.
        Assert.Equal(ClaimFinding.BelowClaim, Find(checks, "conversion_ratio").Finding);
    }

    [Fact]
    public void Check_RatioTooUncertain_IsNotEnoughDataNotAFinding()
    {
        // 2.9x [0.5–14] overlaps 1.5–2, but an interval that wide supports nothing: the contrast's own reading rules.
        var checks = IndustryClaims.Check([], [Contrast(Metrics.ConversionRate, new Contrast(2.9, 0.5, 14, 0.9, 60, 10), ContrastReading.NotEnoughData)]);

        var conversion = Find(checks, "conversion_ratio");
        Assert.Equal(ClaimFinding.NotEnoughData, conversion.Finding);
        Assert.Contains("verdict text", conversion.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Report_CarriesTheClaims()
    {
        var units = Enumerable.Range(0, 5).Select(i => new InfluencerUnit(i, $"m{i}", Tier.Micro, 3,
            new Dictionary<string, double> { [Metrics.EngagementRate.Name] = 0.06 + (i / 1000.0) })).ToList();

        var report = new TierReportBuilder(1).Build("w", null, null, units);

        Assert.Equal(IndustryClaims.All.Count, report.Claims.Count);
        Assert.Equal(ClaimFinding.Consistent, Find(report.Claims, "micro_engagement_rate").Finding);
    }
}
