using Clout.Core.Engagement;

namespace Clout.Core.Tests.Engagement;

public sealed class EngagementRateTests
{
    private const double Tolerance = 1e-12;
    private static readonly DateTime At = new(2026, 3, 1, 18, 0, 0, DateTimeKind.Utc);

    // 300 likes + 40 comments + 25 shares + 35 saves = 400 interactions.
    private static PostMetrics Post(long? views = null, long? reach = null) => new(At, 300, 40, 25, 35, views, reach);

    [Fact]
    public void Interactions_SumsLikesCommentsSharesAndSaves()
    {
        Assert.Equal(400, Post().Interactions);
    }

    [Fact]
    public void Interactions_IgnoreViewsReachAndImpressions()
    {
        var post = new PostMetrics(At, 1, 2, 3, 4, Views: 1_000, Reach: 2_000, Impressions: 3_000);

        // 1 + 2 + 3 + 4 = 10
        Assert.Equal(10, post.Interactions);
    }

    [Theory]
    [InlineData(10_000d, 0.04)]   // 400 / 10,000
    [InlineData(16_000d, 0.025)]  // 400 / 16,000
    [InlineData(400d, 1.0)]       // 400 / 400
    [InlineData(12_500.5d, 0.0319987200512)] // 400 / 12,500.5 (interpolated audiences are fractional)
    public void ByFollowers_KnownAudience_IsInteractionsOverFollowers(double followers, double expected)
    {
        Assert.Equal(expected, Assert.NotNull(EngagementRate.ByFollowers(Post(), followers)), 1e-12);
    }

    [Theory]
    [InlineData(0d)]
    [InlineData(-5d)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void ByFollowers_ZeroOrUnusableAudience_IsNull(double followers)
    {
        Assert.Null(EngagementRate.ByFollowers(Post(), followers));
    }

    [Fact]
    public void ByFollowers_NoInteractions_IsZeroNotNull()
    {
        var silent = new PostMetrics(At, 0, 0, 0, 0);

        Assert.Equal(0.0, Assert.NotNull(EngagementRate.ByFollowers(silent, 5_000)), Tolerance);
    }

    [Fact]
    public void ByReach_KnownReach_IsInteractionsOverReach()
    {
        // 400 / 5,000 = 0.08
        Assert.Equal(0.08, Assert.NotNull(EngagementRate.ByReach(Post(reach: 5_000))), Tolerance);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0L)]
    [InlineData(-1L)]
    public void ByReach_UnknownOrZeroReach_IsNull(long? reach)
    {
        Assert.Null(EngagementRate.ByReach(Post(reach: reach)));
    }

    [Fact]
    public void ByReach_IgnoresViews()
    {
        Assert.Null(EngagementRate.ByReach(Post(views: 20_000)));
    }

    [Fact]
    public void ByViews_KnownViews_IsInteractionsOverViews()
    {
        // 400 / 20,000 = 0.02
        Assert.Equal(0.02, Assert.NotNull(EngagementRate.ByViews(Post(views: 20_000))), Tolerance);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0L)]
    public void ByViews_UnknownOrZeroViews_IsNull(long? views)
    {
        Assert.Null(EngagementRate.ByViews(Post(views: views, reach: 5_000)));
    }
}
