using Clout.Core.Demo;
using Clout.Core.Engagement;
using Clout.Core.Roster;
using Clout.Core.Statistics;

namespace Clout.Core.Tests.Demo;

public sealed class DemoGeneratorTests
{
    private static readonly DateTime Today = new(2026, 11, 25, 0, 0, 0, DateTimeKind.Utc);

    private static DemoWorkspace Generate(int seed = DemoGenerator.DefaultSeed) => new DemoGenerator(seed).Generate(Today);

    [Fact]
    public void Generate_SameSeed_GivesTheSameWorkspace()
    {
        var first = Generate();
        var second = Generate();

        Assert.Equal(first.Influencers, second.Influencers);
        Assert.Equal(first.Posts, second.Posts);
        Assert.Equal(first.Comments, second.Comments);
        Assert.Equal(first.Followers, second.Followers);
        Assert.Equal(first.Collaborations, second.Collaborations);
    }

    [Fact]
    public void Generate_OtherSeed_GivesOtherAccounts()
    {
        Assert.NotEqual(Generate(1).Influencers.Select(i => i.Handle), Generate(2).Influencers.Select(i => i.Handle));
    }

    [Fact]
    public void Generate_Roster_HasTheTiersTheProductIsAbout()
    {
        var byTier = Generate().Influencers.GroupBy(i => TierPolicy.Default.Classify(i.Followers!.Value)).ToDictionary(g => g.Key, g => g.Count());

        Assert.True(byTier[Tier.Micro] >= 60, $"{byTier[Tier.Micro]} micro");
        Assert.True(byTier[Tier.Celebrity] >= 8, $"{byTier[Tier.Celebrity]} celebrities");
        Assert.True(byTier.GetValueOrDefault(Tier.Nano) > 0, "no nano influencers");
        Assert.True(byTier.GetValueOrDefault(Tier.Macro) > 0, "no macro influencers");
    }

    [Theory]
    [InlineData(Tier.Micro, 0.02, 0.05)]
    [InlineData(Tier.Celebrity, 0.005, 0.015)]
    public void Generate_EngagementByFollowersAtPostTime_MatchesPublishedBenchmarks(Tier tier, double low, double high)
    {
        // Published benchmarks: micro accounts engage roughly 2–5 % of followers, celebrities roughly 0.5–1.5 %.
        var demo = Generate();
        var medians = new List<double>();
        foreach (var influencer in demo.Influencers.Where(i => TierPolicy.Default.Classify(i.Followers!.Value) == tier))
        {
            var history = new FollowerHistory(demo.Followers.Where(f => f.InfluencerHandle == influencer.Handle).Select(f => new FollowerCount(f.DateUtc, f.Followers)));
            var posts = demo.Posts.Where(p => p.InfluencerHandle == influencer.Handle)
                .Select(p => new PostMetrics(p.PublishedAtUtc, p.Likes, p.Comments, p.Shares, p.Saves, p.Views, p.Reach, p.Impressions)).ToList();
            var engagement = InfluencerEngagement.Measure(posts, history, influencer.Followers!.Value, []);
            medians.Add(engagement.EngagementRate!.Value);
        }

        var tierMedian = Median.OfOrNull(medians)!.Value;

        Assert.InRange(tierMedian, low, high);
    }

    [Fact]
    public void Generate_Identifiers_AreUnique()
    {
        var demo = Generate();

        Assert.Equal(demo.Posts.Count, demo.Posts.Select(p => p.PostId).Distinct().Count());
        Assert.Equal(demo.Comments.Count, demo.Comments.Select(c => c.CommentId).Distinct().Count());
        Assert.Equal(demo.Collaborations.Count, demo.Collaborations.Select(c => c.PromoCode).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(demo.Collaborations.Count, demo.Collaborations.Select(c => c.LinkCode).Distinct().Count());
    }

    [Fact]
    public void Generate_Activity_LiesInTheHalfYearBeforeToday()
    {
        var demo = Generate();

        Assert.All(demo.Posts, p => Assert.InRange(p.PublishedAtUtc, Today.AddDays(-183), Today));
        Assert.All(demo.Comments, c => Assert.True(c.CreatedAtUtc < Today, $"comment {c.CommentId} at {c.CreatedAtUtc:O} is not in the past"));
        var published = demo.Posts.ToDictionary(p => p.PostId, p => p.PublishedAtUtc);
        Assert.All(demo.Comments, c => Assert.True(c.CreatedAtUtc >= published[c.PostId]));
        Assert.Contains(demo.Comments, c => c.IsCreatorReply);
    }
}
