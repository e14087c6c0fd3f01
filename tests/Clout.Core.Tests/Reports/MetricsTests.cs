using Clout.Core.Reports;

namespace Clout.Core.Tests.Reports;

public sealed class MetricsTests
{
    [Theory]
    [InlineData("engagement_rate")]
    [InlineData("engagement_rate_by_reach")]
    [InlineData("engagement_rate_by_views")]
    [InlineData("depth_ratio")]
    [InlineData("dialogue_rate")]
    [InlineData("clicks")]
    [InlineData("unique_visitors")]
    [InlineData("orders")]
    [InlineData("conversion_rate")]
    [InlineData("revenue")]
    [InlineData("aov")]
    [InlineData("cpm")]
    [InlineData("cpe")]
    [InlineData("cpc")]
    [InlineData("cpa")]
    [InlineData("roas")]
    [InlineData("positive_share")]
    [InlineData("negative_share")]
    [InlineData("skeptical_share")]
    [InlineData("intent_share")]
    [InlineData("spam_share")]
    [InlineData("repeat_rate")]
    [InlineData("spike_share")]
    [InlineData("order_half_life_days")]
    public void Find_KnownName_ReturnsThatMetric(string name)
    {
        Assert.Equal(name, Metrics.Find(name)?.Name);
    }

    [Theory]
    [InlineData("Engagement_Rate")]
    [InlineData("er")]
    [InlineData("")]
    public void Find_UnknownName_IsNull(string name)
    {
        Assert.Null(Metrics.Find(name));
    }

    [Fact]
    public void All_NamesAreUniqueSnakeCase()
    {
        var names = Metrics.All.Select(m => m.Name).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(names, n => Assert.Matches("^[a-z]+(_[a-z0-9]+)*$", n));
        Assert.Equal("engagement_rate", names[0]);
    }

    [Fact]
    public void Conversion_MoneyIsNotARateAndCostsAreLowerIsBetter()
    {
        Assert.All(Metrics.Conversion.Where(m => m.Unit == MetricUnit.Money), m => Assert.False(m.IsRate));
        Assert.Equal(["revenue", "aov", "cpm", "cpe", "cpc", "cpa"], Metrics.All.Where(m => m.Unit == MetricUnit.Money).Select(m => m.Name));
        Assert.Equal(["cpm", "cpe", "cpc", "cpa"], Metrics.Conversion.Where(m => m.LowerIsBetter).Select(m => m.Name));
        Assert.Equal(["cpm", "cpe", "cpc", "cpa", "negative_share", "skeptical_share", "spam_share", "fake_share"], Metrics.All.Where(m => m.LowerIsBetter).Select(m => m.Name));
        Assert.Equal([.. Metrics.Engagement, .. Metrics.Conversion, .. Metrics.Loyalty, .. Metrics.Comments, .. Metrics.Survey, .. Metrics.Authenticity], Metrics.All);
    }

    [Fact]
    public void Comments_AreRatesAndTheUnwelcomeSharesAreLowerIsBetter()
    {
        Assert.All(Metrics.Comments, m => Assert.True(m.IsRate));
        Assert.Equal(["negative_share", "skeptical_share", "spam_share"], Metrics.Comments.Where(m => m.LowerIsBetter).Select(m => m.Name));
    }

    [Fact]
    public void Survey_TrustScoreAndNps_AreDesignNamesAndAbsentWithoutAnswers()
    {
        Assert.Equal(["trust_score", "nps", "parasocial_score", "authenticity_score"], Metrics.Survey.Select(m => m.Name));
        Assert.Empty(SurveyUnits.Values([], []));
        // Trust: mean of 5, 6, 7 = 6; NPS of 10, 9, 3: 2 promoters and 1 detractor of 3 = 33.3 points.
        var values = SurveyUnits.Values([5, 6, 7], [10, 9, 3]);
        Assert.Equal(6, values["trust_score"], 12);
        Assert.Equal(100.0 / 3, values["nps"], 9);
    }
}
