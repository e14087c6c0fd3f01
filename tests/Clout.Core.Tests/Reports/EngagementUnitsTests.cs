using Clout.Core.Engagement;
using Clout.Core.Reports;

namespace Clout.Core.Tests.Reports;

public sealed class EngagementUnitsTests
{
    [Fact]
    public void Values_KnownFigures_AreKeyedByMetricName()
    {
        var engagement = new InfluencerEngagement(12, 0.031, 0.12, 0.05, 0.4, 0.25, 8);

        var values = EngagementUnits.Values(engagement);

        Assert.Equal(5, values.Count);
        Assert.Equal(0.031, values["engagement_rate"]);
        Assert.Equal(0.12, values["engagement_rate_by_reach"]);
        Assert.Equal(0.05, values["engagement_rate_by_views"]);
        Assert.Equal(0.4, values["depth_ratio"]);
        Assert.Equal(0.25, values["dialogue_rate"]);
    }

    [Fact]
    public void Values_UnknownFigures_AreLeftOutNotZero()
    {
        var engagement = new InfluencerEngagement(3, 0.02, null, null, 0.0, null, 0);

        var values = EngagementUnits.Values(engagement);

        // A real 0 (depth) stays; nulls do not turn into 0.
        Assert.Equal(["depth_ratio", "engagement_rate"], values.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(0.0, values["depth_ratio"]);
    }
}
