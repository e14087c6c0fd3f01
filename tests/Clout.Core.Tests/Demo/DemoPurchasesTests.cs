using Clout.Core.Demo;
using Clout.Core.Roster;
using Clout.Core.Tracking;

namespace Clout.Core.Tests.Demo;

public sealed class DemoPurchasesTests
{
    private static readonly DateTime Today = new(2026, 11, 25, 0, 0, 0, DateTimeKind.Utc);

    private static readonly DemoWorkspace Workspace = new DemoGenerator(DemoGenerator.DefaultSeed).Generate(Today);

    private static (IReadOnlyList<DemoClick> Clicks, IReadOnlyList<DemoOrder> Orders) Generate() =>
        new DemoPurchases(DemoGenerator.DefaultSeed).Generate(Workspace, Today);

    [Fact]
    public void Generate_SameSeed_SamePurchases()
    {
        var (clicks, orders) = Generate();
        var (again, againOrders) = Generate();

        Assert.Equal(clicks, again);
        Assert.Equal(orders.Select(o => (o.OrderId, o.AtUtc, o.TotalMinor)), againOrders.Select(o => (o.OrderId, o.AtUtc, o.TotalMinor)));
    }

    [Fact]
    public void Generate_Tiers_MicroBuysMorePerClickThanCelebrities()
    {
        var (clicks, orders) = Generate();
        var tierOfLink = Workspace.Collaborations.ToDictionary(c => c.LinkCode!,
            c => TierPolicy.Default.Classify(Workspace.Influencers.Single(i => i.Handle == c.InfluencerHandle).Followers!.Value));
        var linkOfRef = clicks.ToDictionary(c => c.Ref, c => c.LinkCode);
        double Conversion(Tier tier)
        {
            var humanClicks = clicks.Count(c => c.Kind == ClickKind.Human && tierOfLink[c.LinkCode] == tier);
            var fromClicks = orders.Count(o => o.LandingSite?.Split("clout_ref=") is [_, var r] && tierOfLink[linkOfRef[r]] == tier);
            return (double)fromClicks / humanClicks;
        }

        Assert.True(Conversion(Tier.Micro) > 2 * Conversion(Tier.Celebrity), $"micro {Conversion(Tier.Micro):P2}, celebrity {Conversion(Tier.Celebrity):P2}");
        Assert.Contains(clicks, c => c.Kind == ClickKind.Bot);
        Assert.Contains(orders, o => o.Referrer is not null); // leaked codes from a coupon site
    }

    [Fact]
    public void Generate_Everything_IsBeforeTodayAndUnique()
    {
        var (clicks, orders) = Generate();

        Assert.All(clicks, c => Assert.True(c.AtUtc < Today));
        Assert.All(orders, o => Assert.True(o.AtUtc < Today));
        Assert.Equal(clicks.Count, clicks.Select(c => c.Ref).Distinct().Count());
        Assert.Equal(orders.Count, orders.Select(o => o.OrderId).Distinct().Count());
        Assert.InRange(clicks.Count, 1_000, 400_000);
        Assert.InRange(orders.Count, 50, 20_000);
    }
}
