using Clout.Core.Demo;

namespace Clout.Core.Tests.Demo;

public sealed class DemoCampaignsTests
{
    private static readonly DateTime Today = new(2026, 5, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Of_DemoSeed_DatesCoverEachCampaignsPostsAndBudgetsCoverItsCosts()
    {
        var data = new DemoGenerator(42).Generate(Today);

        var campaigns = DemoCampaigns.Of(data);

        Assert.Equal(["Spring Glow 2026", "Summer Trail 2026"], campaigns.Select(c => c.Name));
        foreach (var campaign in campaigns)
        {
            var posts = data.Posts.Where(p => p.Campaign == campaign.Name).ToList();
            Assert.All(posts, p => Assert.InRange(p.PublishedAtUtc, campaign.StartsAtUtc, campaign.EndsAtUtc.AddTicks(-1)));
            Assert.Equal(TimeSpan.Zero, campaign.StartsAtUtc.TimeOfDay);
            Assert.Equal(TimeSpan.Zero, campaign.EndsAtUtc.TimeOfDay);
            var cost = data.Collaborations.Where(c => c.Campaign == campaign.Name).Sum(c => c.FeeMinor + c.ProductCostMinor);
            Assert.InRange(campaign.BudgetMinor, cost, (cost * 1.1) + 100_000);
            Assert.Equal(0, campaign.BudgetMinor % 100_000);
        }
    }

    [Fact]
    public void Of_SameSeedSameDay_SamePlan()
    {
        Assert.Equal(DemoCampaigns.Of(new DemoGenerator(7).Generate(Today)), DemoCampaigns.Of(new DemoGenerator(7).Generate(Today)));
    }
}
