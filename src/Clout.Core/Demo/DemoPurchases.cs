using System.Globalization;
using Clout.Core.Roster;
using Clout.Core.Tracking;
using MathNet.Numerics.Distributions;

namespace Clout.Core.Demo;

/// <summary>A click on a demo tracking link, as the redirect would have recorded it.</summary>
public sealed record DemoClick(string LinkCode, DateTime AtUtc, string VisitorId, ClickKind Kind, string Ref, string? Referrer, string UserAgent);

/// <summary>A demo order as a shop would send it: the landing page carries the click's clout_ref when there was one.</summary>
public sealed record DemoOrder(string OrderId, string CustomerId, DateTime AtUtc, long TotalMinor, string Currency,
    IReadOnlyList<string> DiscountCodes, string? LandingSite, string? Referrer);

/// <summary>
/// Clicks and orders for the demo's sponsored posts. The tier differences follow what brands report: celebrity posts
/// bring many clicks that rarely buy, micro-influencers fewer clicks that buy more often and come back. A separate
/// random stream from the roster's, so adding purchases changed none of the engagement figures.
/// </summary>
public sealed class DemoPurchases(int seed)
{
    private const string Currency = "EUR";
    private const double MedianBasketMinor = 4_200;   // €42
    private const double BasketSpread = 0.45;          // log-sd of basket sizes
    private const double ClickHalfLifeHours = 20;      // how fast a post's clicks fade
    private const int MaxHumanClicksPerPost = 2_000;    // keeps the demo database small
    private const double RepeatClickShare = 0.15;       // the same person tapping again that day
    private const double CodeOnlyShare = 0.35;          // buyers who typed the code without clicking
    private const double CodeWithClickShare = 0.5;      // clickers who also typed the code
    private const string HumanAgent = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 356.0.0.25.109";
    private const string BotAgent = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
    private const string CouponSite = "https://www.retailmenot.com/view/shop.example";

    /// <summary>Per tier: clicks per account reached, purchases per human click, bot share, repeat-customer chance.</summary>
    private static readonly Dictionary<Tier, (double Ctr, double Conversion, double BotShare, double Repeat, double Leakage)> Profiles = new()
    {
        [Tier.Nano] = (0.012, 0.040, 0.05, 0.20, 0.0),
        [Tier.Micro] = (0.009, 0.032, 0.06, 0.18, 0.0),
        [Tier.Macro] = (0.004, 0.018, 0.10, 0.10, 0.05),
        [Tier.Celebrity] = (0.0015, 0.012, 0.15, 0.06, 0.25),
    };

    public (IReadOnlyList<DemoClick> Clicks, IReadOnlyList<DemoOrder> Orders) Generate(DemoWorkspace demo, DateTime todayUtc)
    {
        ArgumentNullException.ThrowIfNull(demo);
        var random = new Random(seed);
        var today = DateTime.SpecifyKind(todayUtc.Date, DateTimeKind.Utc);
        var tiers = demo.Influencers.ToDictionary(i => (i.Handle, i.Platform), i => TierPolicy.Default.Classify(i.Followers ?? 0));
        var sponsored = demo.Posts.Where(p => p.Sponsored && p.Campaign is not null).ToLookup(p => (p.InfluencerHandle, p.Platform, p.Campaign!));
        var clicks = new List<DemoClick>();
        var orders = new List<DemoOrder>();
        var visitor = 0;
        var customer = 0;
        foreach (var collaboration in demo.Collaborations.Where(c => c.LinkCode is not null && c.PromoCode is not null))
        {
            var profile = Profiles[tiers[(collaboration.InfluencerHandle, collaboration.Platform)]];
            // Accounts differ around their tier: some audiences simply buy more.
            var appeal = Math.Exp(Normal.Sample(random, 0, 0.35));
            var customers = new List<string>();
            var clickOrders = 0;
            foreach (var post in sponsored[(collaboration.InfluencerHandle, collaboration.Platform, collaboration.Campaign)])
            {
                var humans = (int)Math.Min(MaxHumanClicksPerPost, Math.Round((post.Reach ?? 0) * profile.Ctr * appeal));
                var day = new Dictionary<DateTime, string>();
                for (var c = 0; c < humans; c++)
                {
                    var at = post.PublishedAtUtc.AddHours(Exponential.Sample(random, Math.Log(2) / ClickHalfLifeHours));
                    if (at >= today)
                    {
                        continue;
                    }
                    var id = day.TryGetValue(at.Date, out var earlier) && random.NextDouble() < RepeatClickShare
                        ? earlier
                        : string.Create(CultureInfo.InvariantCulture, $"demo-visitor-{++visitor}");
                    day[at.Date] = id;
                    var reference = string.Create(CultureInfo.InvariantCulture, $"demo{clicks.Count:x8}");
                    clicks.Add(new DemoClick(collaboration.LinkCode!, at, id, ClickKind.Human, reference, Referrer(collaboration.Platform), HumanAgent));
                    if (random.NextDouble() < profile.Conversion * appeal)
                    {
                        var orderAt = at.AddHours(Exponential.Sample(random, 1 / 6.0));
                        if (orderAt < today)
                        {
                            var codes = random.NextDouble() < CodeWithClickShare ? new[] { collaboration.PromoCode! } : [];
                            clickOrders++;
                            orders.Add(Order(random, orders.Count, Customer(random, customers, profile.Repeat, ref customer), orderAt, codes,
                                $"/products/featured?utm_medium=influencer&clout_ref={reference}", null));
                        }
                    }
                }
                var bots = (int)Math.Round(humans * profile.BotShare / (1 - profile.BotShare));
                for (var b = 0; b < bots; b++)
                {
                    var at = post.PublishedAtUtc.AddMinutes(random.Next(1, 600));
                    if (at < today)
                    {
                        clicks.Add(new DemoClick(collaboration.LinkCode!, at, string.Create(CultureInfo.InvariantCulture, $"demo-bot-{++visitor}"), ClickKind.Bot,
                            string.Create(CultureInfo.InvariantCulture, $"demo{clicks.Count:x8}"), null, BotAgent));
                    }
                }
            }
            // Buyers who typed the code they saw, without clicking; on big accounts the code also leaks to coupon sites.
            var posts = sponsored[(collaboration.InfluencerHandle, collaboration.Platform, collaboration.Campaign)].ToList();
            if (posts.Count == 0)
            {
                continue;
            }
            var codeOnly = (int)Math.Round(clickOrders * CodeOnlyShare);
            var leaked = (int)Math.Round(codeOnly * profile.Leakage / (1 - profile.Leakage));
            for (var o = 0; o < codeOnly + leaked; o++)
            {
                var post = posts[random.Next(posts.Count)];
                var at = post.PublishedAtUtc.AddHours(Exponential.Sample(random, Math.Log(2) / (ClickHalfLifeHours * 2)));
                if (at < today)
                {
                    orders.Add(Order(random, orders.Count, Customer(random, customers, profile.Repeat, ref customer), at, [collaboration.PromoCode!],
                        "/products/featured", o >= codeOnly ? CouponSite : null));
                }
            }
        }
        return (clicks, orders);
    }

    private static DemoOrder Order(Random random, int index, string customer, DateTime at, string[] codes, string landing, string? referrer) =>
        new(string.Create(CultureInfo.InvariantCulture, $"demo-{1000 + index}"), customer, at,
            (long)Math.Round(MedianBasketMinor * Math.Exp(Normal.Sample(random, 0, BasketSpread)) / 10) * 10, Currency, codes, landing, referrer);

    private static string Customer(Random random, List<string> customers, double repeat, ref int next)
    {
        if (customers.Count > 0 && random.NextDouble() < repeat)
        {
            return customers[random.Next(customers.Count)];
        }
        var id = string.Create(CultureInfo.InvariantCulture, $"demo-customer-{++next}");
        customers.Add(id);
        return id;
    }

    private static string? Referrer(Platform platform) => platform switch
    {
        Platform.Instagram => "https://l.instagram.com/",
        Platform.TikTok => "https://www.tiktok.com/",
        Platform.YouTube => "https://www.youtube.com/",
        _ => null,
    };
}
