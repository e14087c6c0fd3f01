using System.Globalization;
using Clout.Core.Engagement;
using Clout.Core.Roster;
using MathNet.Numerics.Distributions;

namespace Clout.Core.Demo;

/// <summary>
/// A workspace whose truth is known, to check that the report finds it: per tier you set the median engagement rate
/// and the median conversion rate; each account's own rates scatter log-normally around them (as in
/// <see cref="DemoGenerator"/>, whose spreads these are), each post around the account, and orders are binomial
/// draws from the account's visitors. Because a log-normal's median is its centre, the tier's true median over
/// accounts is exactly the figure you set, and the report's per-influencer medians estimate it.
/// </summary>
public sealed class KnownRatesGenerator(int seed)
{
    /// <summary>Log-sd of account baselines around the tier median (DemoGenerator's between-influencer spread).</summary>
    public const double BetweenInfluencerSpread = 0.35;

    /// <summary>Log-sd of posts around the account's baseline (DemoGenerator's between-post spread).</summary>
    public const double BetweenPostSpread = 0.45;

    /// <summary>Log-sd of accounts' conversion rates around the tier's (DemoPurchases' "appeal").</summary>
    public const double ConversionSpread = 0.35;

    private const int PostsPerInfluencer = 30;
    private const double MinVisitors = 300;    // a small collaboration's unique visitors
    private const double MaxVisitors = 3_000;  // a large one's

    private static readonly DateTime FirstPostUtc = new(2026, 1, 5, 12, 0, 0, DateTimeKind.Utc);

    private static readonly Dictionary<Tier, (long Min, long Max)> Audiences = new()
    {
        [Tier.Nano] = (2_000, 9_900),
        [Tier.Micro] = (10_000, 99_000),
        [Tier.Macro] = (100_000, 990_000),
        [Tier.Celebrity] = (1_000_000, 25_000_000),
    };

    public IReadOnlyList<KnownRatesInfluencer> Generate(IReadOnlyList<TierTruth> truths)
    {
        ArgumentNullException.ThrowIfNull(truths);
        if (truths.Select(t => t.Validate()).FirstOrDefault(p => p is not null) is { } problem)
        {
            throw new ArgumentException(problem, nameof(truths));
        }
        var random = new Random(seed);
        var influencers = new List<KnownRatesInfluencer>();
        foreach (var truth in truths)
        {
            var (min, max) = Audiences[truth.Tier];
            for (var i = 0; i < truth.Influencers; i++)
            {
                var id = influencers.Count + 1;
                var followers = (long)Math.Exp(Math.Log(min) + (random.NextDouble() * (Math.Log(max) - Math.Log(min))));
                var engagement = truth.EngagementRate * Math.Exp(Normal.Sample(random, 0, BetweenInfluencerSpread));
                var posts = new List<PostMetrics>(PostsPerInfluencer);
                for (var p = 0; p < PostsPerInfluencer; p++)
                {
                    var rate = Math.Min(1, engagement * Math.Exp(Normal.Sample(random, 0, BetweenPostSpread)));
                    var interactions = (long)Math.Round(rate * followers);
                    var comments = interactions / 25;
                    var shares = interactions / 40;
                    var saves = interactions / 40;
                    posts.Add(new PostMetrics(FirstPostUtc.AddDays(p * 3), interactions - comments - shares - saves, comments, shares, saves));
                }
                var conversion = Math.Min(1, truth.ConversionRate * Math.Exp(Normal.Sample(random, 0, ConversionSpread)));
                var visitors = (long)Math.Round(Math.Exp(Math.Log(MinVisitors) + (random.NextDouble() * (Math.Log(MaxVisitors) - Math.Log(MinVisitors)))));
                var orders = Binomial.Sample(random, conversion, (int)visitors);
                influencers.Add(new KnownRatesInfluencer(id, string.Create(CultureInfo.InvariantCulture, $"{truth.Tier.ToName()}{i + 1}"),
                    truth.Tier, followers, posts, visitors, orders, engagement, conversion));
            }
        }
        return influencers;
    }
}
