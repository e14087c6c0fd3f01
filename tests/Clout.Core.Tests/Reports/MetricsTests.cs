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
        Assert.All(names, n => Assert.Matches("^[a-z]+(_[a-z]+)*$", n));
        Assert.Equal("engagement_rate", names[0]);
    }
}
