using System.Globalization;
using Clout.Core.Campaigns;
using Clout.Core.Engagement;
using Clout.Core.Roster;
using MathNet.Numerics.Distributions;

namespace Clout.Core.Demo;

/// <summary>
/// Generates a realistic demo roster. The same seed gives the same accounts and figures; dates are laid out
/// backwards from <c>todayUtc</c> so that the dashboard always shows recent activity.
/// The tier profiles follow published industry benchmarks: median engagement by followers of roughly
/// 5 % for nano, 3 % for micro, 1.5 % for macro and 0.9 % for celebrity accounts, with deeper engagement
/// and more creator replies on small accounts.
/// </summary>
public sealed class DemoGenerator(int seed)
{
    public const int DefaultSeed = 42;

    private const int Weeks = 26;
    private const int PostsPerInfluencer = 30;
    private const int MinPostAgeDays = 5;
    private const double BetweenInfluencerSpread = 0.35; // log-sd of account baselines around the tier median
    private const double BetweenPostSpread = 0.45;        // log-sd of posts around the account baseline
    private const double SponsoredPenalty = 0.85;         // sponsored posts engage somewhat less

    private sealed record TierProfile(Tier Tier, int Count, long MinFollowers, long MaxFollowers, double MedianEr,
        double CommentShare, double ReplyChance, long FeePerThousandMinor, double CommentsSampled);

    private static readonly TierProfile[] Profiles =
    [
        new(Tier.Nano, 14, 2_000, 9_900, 0.052, 0.045, 0.55, 2_500, 6),
        new(Tier.Micro, 64, 10_000, 99_000, 0.032, 0.035, 0.35, 1_800, 8),
        new(Tier.Macro, 16, 100_000, 990_000, 0.016, 0.025, 0.12, 1_200, 8),
        new(Tier.Celebrity, 10, 1_000_000, 25_000_000, 0.009, 0.015, 0.02, 900, 10),
    ];

    private static readonly string[] First = ["lena", "max", "sofia", "luca", "emma", "noah", "mia", "leo", "clara", "finn", "ines", "jonas", "marta", "paul", "nora", "elia", "zoe", "tom", "lea", "ben", "anna", "hugo", "ida", "oskar"];
    private static readonly string[] Topic = ["bakes", "runs", "travels", "lifts", "glow", "plants", "codes", "games", "style", "hikes", "cooks", "reads", "rides", "paints", "skin", "moves", "brews", "climbs"];
    private static readonly string[] Niches = ["beauty", "fitness", "food", "travel", "tech", "gaming", "fashion", "outdoor", "home", "parenting"];
    private static readonly string[] Countries = ["DE", "FR", "IT", "ES", "NL", "CH", "AT", "GB", "US", "SE"];
    private static readonly string[] Kinds = ["photo", "carousel", "reel", "video", "story"];
    private static readonly string[] Campaigns = ["Spring Glow 2026", "Summer Trail 2026"];

    private static readonly string[] Positive = ["love this so much 😍", "this looks amazing!", "great tip, thanks!", "you always have the best recommendations", "obsessed with this", "so good, can't wait to try", "wow the colours 🔥", "this is exactly what I needed"];
    private static readonly string[] Neutral = ["what size is that?", "first!", "is this the new one?", "saw this yesterday", "hmm interesting", "which shade is this?"];
    private static readonly string[] Negative = ["meh, not for me", "this broke after a week", "overpriced honestly", "didn't work for me at all", "boring content lately"];
    private static readonly string[] Skeptical = ["#ad again… paid to say that", "sellout", "how much did they pay you lol", "just another sponsored post", "you'd promote anything for money"];
    private static readonly string[] Intent = ["where can I buy this?", "just ordered one!", "link?", "need this, is there a code?", "adding to cart right now", "does it ship to Austria?"];
    private static readonly string[] Spam = ["follow me for free followers!!!", "check my page 💰💰💰", "DM for collab 📩 earn $$$", "nice pic, visit my profile"];
    private static readonly string[] Replies = ["thank you so much! 💛", "link is in my bio!", "yes, it's the new one", "use my code for 10 % off", "glad it helps!", "sorry to hear that, DM me"];

    public DemoWorkspace Generate(DateTime todayUtc)
    {
        var random = new Random(seed);
        var today = DateTime.SpecifyKind(todayUtc.Date, DateTimeKind.Utc);
        var influencers = new List<InfluencerRow>();
        var followers = new List<FollowerRow>();
        var posts = new List<PostRow>();
        var comments = new List<CommentRow>();
        var collaborations = new List<CollaborationRow>();
        var handles = new HashSet<string>(StringComparer.Ordinal);
        var promoCodes = new HashSet<string>(StringComparer.Ordinal);

        foreach (var profile in Profiles)
        {
            for (var i = 0; i < profile.Count; i++)
            {
                var handle = UniqueHandle(random, handles);
                var platform = random.NextDouble() < 0.7 ? Platform.Instagram : random.NextDouble() < 0.6 ? Platform.TikTok : Platform.YouTube;
                var current = LogUniform(random, profile.MinFollowers, profile.MaxFollowers);
                var following = (long)(200 + (random.NextDouble() * 1_500));
                var weeklyGrowth = Normal.Sample(random, 0.004, 0.004);

                // Follower history: weekly snapshots back from today, ending at the current count.
                var counts = new long[Weeks + 1];
                counts[Weeks] = current;
                for (var w = Weeks - 1; w >= 0; w--)
                {
                    counts[w] = Math.Max(1, (long)(counts[w + 1] / (1 + weeklyGrowth + Normal.Sample(random, 0, 0.002))));
                }
                for (var w = 0; w <= Weeks; w++)
                {
                    followers.Add(new FollowerRow(handle, platform, today.AddDays(-7 * (Weeks - w)), counts[w], following));
                }

                influencers.Add(new InfluencerRow(handle, platform, DisplayName(handle), Niches[random.Next(Niches.Length)],
                    current, following, Countries[random.Next(Countries.Length)]));

                var baseline = profile.MedianEr * Math.Exp(Normal.Sample(random, 0, BetweenInfluencerSpread));
                var sponsoredCampaign = random.NextDouble() < 0.6 ? Campaigns[random.Next(Campaigns.Length)] : null;
                for (var p = 0; p < PostsPerInfluencer; p++)
                {
                    // At least MinPostAgeDays old, so that the post, its comments and replies all lie before today.
                    var published = today.AddDays(-random.Next(MinPostAgeDays, Weeks * 7)).AddMinutes(random.Next(8 * 60, 22 * 60));
                    var week = Math.Clamp((int)((published - today.AddDays(-7 * Weeks)).TotalDays / 7), 0, Weeks);
                    var audience = counts[week];
                    var sponsored = sponsoredCampaign is not null && random.NextDouble() < 0.3;
                    var er = baseline * Math.Exp(Normal.Sample(random, 0, BetweenPostSpread)) * (sponsored ? SponsoredPenalty : 1);
                    var interactions = (long)Math.Round(er * audience);
                    var commentCount = (long)Math.Round(interactions * profile.CommentShare * (0.6 + (0.8 * random.NextDouble())));
                    var shares = (long)Math.Round(interactions * 0.03 * (0.5 + random.NextDouble()));
                    var saves = (long)Math.Round(interactions * 0.03 * (0.5 + random.NextDouble()));
                    var likes = Math.Max(0, interactions - commentCount - shares - saves);
                    var kind = Kinds[random.Next(Kinds.Length)];
                    var reach = (long)(audience * (0.15 + (0.3 * random.NextDouble())));
                    long? views = kind is "reel" or "video" ? (long)(reach * (1.0 + (1.5 * random.NextDouble()))) : null;
                    var postId = string.Create(CultureInfo.InvariantCulture, $"{handle}-{p + 1:000}");
                    posts.Add(new PostRow(postId, handle, platform, published, kind, sponsored, sponsored ? sponsoredCampaign : null,
                        likes, commentCount, shares, saves, views, reach, (long)(reach * (1.2 + (0.6 * random.NextDouble())))));
                    AddComments(random, profile, comments, postId, handle, published, (int)Math.Min(commentCount, (long)profile.CommentsSampled), sponsored);
                }

                if (sponsoredCampaign is not null)
                {
                    var fee = Math.Max(10_000, current / 1_000 * profile.FeePerThousandMinor);
                    collaborations.Add(new CollaborationRow(sponsoredCampaign, handle, platform, RoundFee(fee), 2_500, 0.05,
                        PromoCode(handle, promoCodes), LinkCode(random), "https://shop.example/products/featured"));
                }
            }
        }
        return new DemoWorkspace(influencers, followers, posts, comments, collaborations);
    }

    private static void AddComments(Random random, TierProfile profile, List<CommentRow> comments, string postId, string handle,
        DateTime published, int count, bool sponsored)
    {
        // Larger audiences bring more spam and, on sponsored posts, more skepticism.
        var spamChance = profile.Tier switch { Tier.Celebrity => 0.18, Tier.Macro => 0.1, _ => 0.04 };
        var skepticChance = (sponsored ? 0.12 : 0.03) * (profile.Tier == Tier.Celebrity ? 2 : 1);
        var intentChance = profile.Tier is Tier.Micro or Tier.Nano ? 0.16 : 0.08;
        for (var c = 0; c < count; c++)
        {
            var roll = random.NextDouble();
            var text = roll < spamChance ? Pick(random, Spam)
                : roll < spamChance + skepticChance ? Pick(random, Skeptical)
                : roll < spamChance + skepticChance + intentChance ? Pick(random, Intent)
                : roll < 0.85 ? Pick(random, Positive)
                : roll < 0.93 ? Pick(random, Neutral)
                : Pick(random, Negative);
            var id = string.Create(CultureInfo.InvariantCulture, $"{postId}-c{c + 1}");
            var at = published.AddMinutes(5 + random.Next(0, 3 * 24 * 60));
            comments.Add(new CommentRow(id, postId, Author(random), text, at, random.Next(0, 40), false, null));
            if (random.NextDouble() < profile.ReplyChance)
            {
                comments.Add(new CommentRow(id + "-r", postId, handle, Pick(random, Replies), at.AddMinutes(random.Next(3, 600)), random.Next(0, 10), true, id));
            }
        }
    }

    private static string UniqueHandle(Random random, HashSet<string> taken)
    {
        while (true)
        {
            var separator = random.Next(3) switch { 0 => ".", 1 => "_", _ => "" };
            var handle = $"{Pick(random, First)}{separator}{Pick(random, Topic)}";
            if (random.NextDouble() < 0.3)
            {
                handle += random.Next(2, 99).ToString(CultureInfo.InvariantCulture);
            }
            if (taken.Add(handle))
            {
                return handle;
            }
        }
    }

    /// <summary>The first name the handle starts with: "Lena" for "lenabakes42".</summary>
    private static string DisplayName(string handle)
    {
        var name = First.Where(f => handle.StartsWith(f, StringComparison.Ordinal)).MaxBy(f => f.Length) ?? handle;
        return char.ToUpperInvariant(name[0]) + name[1..];
    }

    private static string Author(Random random) =>
        string.Create(CultureInfo.InvariantCulture, $"{Pick(random, First)}{random.Next(100, 9999)}");

    /// <summary>"LENABAKE10"; handles that share their first letters get "LENABAKE10B", "…C", as shops number them.</summary>
    private static string PromoCode(string handle, HashSet<string> taken)
    {
        var code = new string([.. handle.Where(char.IsLetter).Take(8)]).ToUpperInvariant() + "10";
        for (var suffix = 'B'; !taken.Add(code); suffix++)
        {
            code = code[..^(code.EndsWith("10", StringComparison.Ordinal) ? 0 : 1)] + suffix;
        }
        return code;
    }

    private static string LinkCode(Random random)
    {
        const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        return new string([.. Enumerable.Range(0, 7).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
    }

    private static long RoundFee(long minor) => (minor + 5_000) / 10_000 * 10_000;

    private static long LogUniform(Random random, long min, long max) =>
        (long)Math.Exp(Math.Log(min) + (random.NextDouble() * (Math.Log(max) - Math.Log(min))));

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
