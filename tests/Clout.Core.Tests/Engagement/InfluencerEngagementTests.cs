using Clout.Core.Engagement;

namespace Clout.Core.Tests.Engagement;

public sealed class InfluencerEngagementTests
{
    private const double Tolerance = 1e-12;

    private static DateTime Day(int month, int day) => new(2026, month, day, 0, 0, 0, DateTimeKind.Utc);

    // 1 Jan: 10,000 followers → 11 Jan: 20,000 followers (+1,000/day).
    private static readonly FollowerHistory History = new([new(Day(1, 1), 10_000), new(Day(1, 11), 20_000)]);

    private static readonly PostMetrics[] Posts =
    [
        // 1 Jan, 10,000 followers: 300+50+30+20 = 400 → ER 0.04; reach 4,000 → 0.1; depth 100/300 = 1/3.
        new(Day(1, 1), 300, 50, 30, 20, Reach: 4_000),
        // 6 Jan, 15,000 followers: 700+100+50+50 = 900 → ER 0.06; views 9,000 → 0.1; depth 200/700 = 2/7.
        new(Day(1, 6), 700, 100, 50, 50, Views: 9_000),
        // 11 Jan, 20,000 followers: 0+100+0+0 = 100 → ER 0.005; reach 2,000 → 0.05; views 4,000 → 0.025; no depth.
        new(Day(1, 11), 0, 100, 0, 0, Views: 4_000, Reach: 2_000),
        // 1 Feb, after the last snapshot → 20,000: 1500+200+100+200 = 2,000 → ER 0.1; reach 10,000 → 0.2; depth 500/1500 = 1/3.
        new(Day(2, 1), 1_500, 200, 100, 200, Reach: 10_000),
    ];

    private static readonly CommentRef[] Comments =
    [
        new("c1", null, false),
        new("c2", null, false),
        new("c3", null, false),
        new("r1", "c1", true),
        new("r3", "c3", true),
    ];

    [Fact]
    public void Measure_SmallSet_TakesMediansOverPosts()
    {
        var result = InfluencerEngagement.Measure(Posts, History, currentFollowers: 1_000_000, Comments);

        Assert.Equal(4, result.Posts);
        // By followers: 0.005, 0.04, 0.06, 0.1 → (0.04 + 0.06) / 2 = 0.05 (the 1,000,000 fallback is not used).
        Assert.Equal(0.05, Assert.NotNull(result.EngagementRate), Tolerance);
        // By reach: 0.05, 0.1, 0.2 → 0.1.
        Assert.Equal(0.1, Assert.NotNull(result.EngagementRateByReach), Tolerance);
        // By views: 0.025, 0.1 → 0.0625.
        Assert.Equal(0.0625, Assert.NotNull(result.EngagementRateByViews), Tolerance);
        // Depth: 2/7, 1/3, 1/3 → 1/3 (the post without likes is left out).
        Assert.Equal(1.0 / 3.0, Assert.NotNull(result.DepthRatio), Tolerance);
        // Threads c1, c2, c3; answered c1, c3 → 2/3.
        Assert.Equal(2.0 / 3.0, Assert.NotNull(result.DialogueRate), Tolerance);
        Assert.Equal(3, result.Threads);
    }

    [Fact]
    public void RateByFollowers_IsMeasuresEngagementRate()
    {
        // By followers at post time: 0.005, 0.04, 0.06, 0.1 → 0.05, as Measure computes it; without history, today's 10,000.
        Assert.Equal(0.05, Assert.NotNull(InfluencerEngagement.RateByFollowers(Posts, History, currentFollowers: 1_000_000)), Tolerance);
        Assert.Equal(InfluencerEngagement.Measure(Posts[..1], new FollowerHistory([]), 10_000, []).EngagementRate,
            InfluencerEngagement.RateByFollowers(Posts[..1], new FollowerHistory([]), 10_000));
        Assert.Null(InfluencerEngagement.RateByFollowers([], History, 10_000));
    }

    [Fact]
    public void Measure_NoHistory_UsesCurrentFollowers()
    {
        // 400 / 25,000 = 0.016 and 900 / 25,000 = 0.036 → median 0.026.
        PostMetrics[] posts = [new(Day(1, 1), 300, 50, 30, 20), new(Day(1, 6), 700, 100, 50, 50)];

        var result = InfluencerEngagement.Measure(posts, new FollowerHistory([]), currentFollowers: 25_000, []);

        Assert.Equal(0.026, Assert.NotNull(result.EngagementRate), Tolerance);
    }

    [Fact]
    public void Measure_UnknownAudience_LeavesEngagementRateNull()
    {
        PostMetrics[] posts = [new(Day(1, 1), 300, 50, 30, 20)];

        var result = InfluencerEngagement.Measure(posts, new FollowerHistory([]), currentFollowers: 0, []);

        Assert.Equal(1, result.Posts);
        Assert.Null(result.EngagementRate);
        // Depth needs no audience: 100 / 300.
        Assert.Equal(1.0 / 3.0, Assert.NotNull(result.DepthRatio), Tolerance);
    }

    [Fact]
    public void Measure_NoPostsNoComments_IsAllNull()
    {
        var result = InfluencerEngagement.Measure([], History, 10_000, []);

        Assert.Equal(new InfluencerEngagement(0, null, null, null, null, null, 0), result);
    }

    [Fact]
    public void Measure_NoReachOrViews_LeavesThoseRatesNull()
    {
        PostMetrics[] posts = [new(Day(1, 1), 300, 50, 30, 20)];

        var result = InfluencerEngagement.Measure(posts, History, 10_000, [new("c1", null, false)]);

        Assert.Null(result.EngagementRateByReach);
        Assert.Null(result.EngagementRateByViews);
        // One thread, unanswered: 0, not null.
        Assert.Equal(0.0, Assert.NotNull(result.DialogueRate), Tolerance);
        Assert.Equal(1, result.Threads);
    }

    [Fact]
    public void Measure_OneViralPost_DoesNotMoveTheMedianMuch()
    {
        // Three posts at 0.02, 0.03, 0.04 and one at 0.9 by 10,000 followers: median (0.03 + 0.04) / 2 = 0.035.
        PostMetrics[] posts =
        [
            new(Day(1, 1), 200, 0, 0, 0),
            new(Day(1, 1), 300, 0, 0, 0),
            new(Day(1, 1), 400, 0, 0, 0),
            new(Day(1, 1), 9_000, 0, 0, 0),
        ];

        var result = InfluencerEngagement.Measure(posts, History, 10_000, []);

        Assert.Equal(0.035, Assert.NotNull(result.EngagementRate), Tolerance);
    }
}
