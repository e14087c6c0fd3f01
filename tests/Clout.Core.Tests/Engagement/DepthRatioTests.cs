using Clout.Core.Engagement;

namespace Clout.Core.Tests.Engagement;

public sealed class DepthRatioTests
{
    private static readonly DateTime At = new(2026, 3, 1, 18, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Of_PostWithLikes_IsCommentsSharesSavesOverLikes()
    {
        // (40 + 25 + 35) / 300 = 100 / 300 = 1/3
        var post = new PostMetrics(At, 300, 40, 25, 35);

        Assert.Equal(1.0 / 3.0, Assert.NotNull(DepthRatio.Of(post)), 1e-12);
    }

    [Fact]
    public void Of_DeepPost_CanExceedOne()
    {
        // (30 + 20 + 50) / 40 = 2.5
        var post = new PostMetrics(At, 40, 30, 20, 50);

        Assert.Equal(2.5, Assert.NotNull(DepthRatio.Of(post)), 1e-12);
    }

    [Fact]
    public void Of_OnlyLikes_IsZero()
    {
        var post = new PostMetrics(At, 200, 0, 0, 0);

        Assert.Equal(0.0, Assert.NotNull(DepthRatio.Of(post)), 1e-12);
    }

    [Fact]
    public void Of_NoLikes_IsNullEvenWithComments()
    {
        var post = new PostMetrics(At, 0, 5, 2, 1);

        Assert.Null(DepthRatio.Of(post));
    }

    [Fact]
    public void Of_IgnoresViewsAndReach()
    {
        // (10 + 0 + 10) / 100 = 0.2, whatever the audience figures
        var post = new PostMetrics(At, 100, 10, 0, 10, Views: 9_999, Reach: 5_000, Impressions: 7_000);

        Assert.Equal(0.2, Assert.NotNull(DepthRatio.Of(post)), 1e-12);
    }
}
