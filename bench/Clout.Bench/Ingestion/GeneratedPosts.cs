using System.Globalization;
using System.Text;
using Clout.Core.Roster;

namespace Clout.Bench.Ingestion;

/// <summary>
/// A deterministic, realistic data set for the import benchmark: influencers across platforms, a few campaigns,
/// and posts whose ids look like the platforms' (random short codes on Instagram and YouTube, long snowflake-like
/// numbers on TikTok and X), spread over two years, with engagement scaled to the author's audience.
/// The same instance yields the CSV files that Clout imports and the in-memory rows of the raw baseline.
/// </summary>
internal sealed class GeneratedPosts
{
    public const string PostsHeader = "post_id,influencer_handle,platform,published_at,kind,sponsored,campaign,likes,comments,shares,saves,views,reach,impressions";

    /// <summary>Roughly one post in seven is sponsored, the share seen in mid-size creator rosters.</summary>
    private const double SponsoredShare = 0.15;

    /// <summary>Only accounts that connected their insights export reach and impressions.</summary>
    private const double InsightsShare = 0.6;

    private const string ShortCodeAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private static readonly DateTime PeriodStartUtc = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Period = TimeSpan.FromDays(730);

    private static readonly string[] Words =
    [
        "lena", "moves", "chef", "tomas", "daily", "glow", "urban", "trail", "pixel", "nora", "fit", "with", "mila",
        "studio", "green", "kitchen", "jonas", "travels", "beauty", "by", "ana", "lift", "sara", "code", "wild", "home",
        "marco", "style", "yoga", "film", "eva", "runs", "coffee", "paws", "max", "plant", "based", "retro", "game", "zoe",
    ];

    private static readonly string[] Niches = ["beauty", "fitness", "food", "travel", "gaming", "tech", "fashion", "parenting", "pets", "finance"];
    private static readonly string[] Countries = ["DE", "FR", "GB", "US", "ES", "IT", "NL", "PL", "SE", "AT"];

    private static readonly string[] CampaignNames =
    [
        "Spring Launch 2024", "Summer Sale, EU", "Back to School", "Black Friday 2024", "Holiday Gifting", "New Year Detox",
        "Spring Launch 2025", "Summer Sale 2025", "Creator Week", "App Install Push", "Retail Roadshow", "Black Friday 2025",
    ];

    private GeneratedPosts(GeneratedInfluencer[] influencers, GeneratedPost[] posts)
    {
        Influencers = influencers;
        Posts = posts;
    }

    public IReadOnlyList<GeneratedInfluencer> Influencers { get; }

    public static IReadOnlyList<string> Campaigns => CampaignNames;

    public GeneratedPost[] Posts { get; }

    public static GeneratedPosts Create(int posts, int influencers, int seed)
    {
        var random = new Random(seed);
        var roster = new GeneratedInfluencer[influencers];
        for (var i = 0; i < influencers; i++)
        {
            var platform = PickPlatform(random.NextDouble());
            var separator = random.Next(3) switch { 0 => ".", 1 => "_", _ => "" };
            var handle = string.Create(CultureInfo.InvariantCulture, $"{Words[random.Next(Words.Length)]}{separator}{Words[random.Next(Words.Length)]}{i}");
            // Audiences are heavy-tailed: most creators are nano/micro, a few are celebrities.
            var followers = (long)Math.Round(Math.Exp(7 + (random.NextDouble() * 8.5)));
            roster[i] = new GeneratedInfluencer(handle, platform, followers, Niches[random.Next(Niches.Length)], Countries[random.Next(Countries.Length)]);
        }

        var ids = new HashSet<string>(posts, StringComparer.Ordinal);
        var rows = new GeneratedPost[posts];
        for (var i = 0; i < posts; i++)
        {
            var author = random.Next(influencers);
            var influencer = roster[author];
            string postId;
            do
            {
                postId = PostId(influencer.Platform, random);
            }
            while (!ids.Add(postId));
            var published = PeriodStartUtc.AddSeconds(Math.Floor(random.NextDouble() * Period.TotalSeconds));
            var kind = Kind(influencer.Platform, random);
            var sponsored = random.NextDouble() < SponsoredShare;
            var campaign = sponsored && random.Next(4) != 0 ? random.Next(CampaignNames.Length) : -1;
            var engagement = 0.005 + (random.NextDouble() * 0.07);
            var likes = (long)(influencer.Followers * engagement);
            var comments = likes / (20 + random.Next(60));
            var shares = likes / (10 + random.Next(90));
            var saves = likes / (5 + random.Next(40));
            long? views = kind is "reel" or "video" or "short" ? (long)(influencer.Followers * (0.2 + (random.NextDouble() * 2))) : null;
            var insights = random.NextDouble() < InsightsShare;
            long? reach = insights ? (long)(influencer.Followers * (0.1 + (random.NextDouble() * 0.6))) : null;
            long? impressions = reach is { } r ? r + (long)(r * random.NextDouble() * 0.5) : null;
            rows[i] = new GeneratedPost(author, postId, published, kind, sponsored, campaign, likes, comments, shares, saves, views, reach, impressions);
        }
        return new GeneratedPosts(roster, rows);
    }

    public void WriteInfluencersCsv(string path)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        writer.WriteLine("handle,platform,display_name,niche,followers,following,country");
        foreach (var influencer in Influencers)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{influencer.Handle},{influencer.Platform.ToName()},{influencer.Handle},{influencer.Niche},{influencer.Followers},,{influencer.Country}"));
        }
    }

    /// <summary>One collaboration per campaign, so the campaigns exist before the posts arrive, as in real use.</summary>
    public void WriteCollaborationsCsv(string path)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        writer.WriteLine("campaign,influencer_handle,platform,fee");
        for (var i = 0; i < CampaignNames.Length; i++)
        {
            var influencer = Influencers[i % Influencers.Count];
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Quote(CampaignNames[i])},{influencer.Handle},{influencer.Platform.ToName()},{500 + (i * 250)}"));
        }
    }

    public void WritePostsCsv(string path)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 16);
        writer.WriteLine(PostsHeader);
        foreach (var post in Posts)
        {
            var influencer = Influencers[post.Influencer];
            var campaign = post.Campaign < 0 ? "" : Quote(CampaignNames[post.Campaign]);
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{post.PostId},@{influencer.Handle},{influencer.Platform.ToName()},{post.PublishedAtUtc:yyyy-MM-ddTHH:mm:ssZ},{post.Kind},{(post.Sponsored ? "true" : "false")},{campaign},{post.Likes},{post.Comments},{post.Shares},{post.Saves},{post.Views},{post.Reach},{post.Impressions}"));
        }
    }

    private static string Quote(string field) => field.Contains(',', StringComparison.Ordinal) ? $"\"{field}\"" : field;

    private static Platform PickPlatform(double p) => p switch
    {
        < 0.45 => Platform.Instagram,
        < 0.75 => Platform.TikTok,
        < 0.90 => Platform.YouTube,
        _ => Platform.X,
    };

    private static string Kind(Platform platform, Random random) => platform switch
    {
        Platform.Instagram => random.Next(3) switch { 0 => "photo", 1 => "carousel", _ => "reel" },
        Platform.YouTube => random.Next(2) == 0 ? "video" : "short",
        Platform.TikTok => "video",
        _ => "post",
    };

    private static string PostId(Platform platform, Random random)
    {
        if (platform is Platform.TikTok or Platform.X)
        {
            // Snowflake-like: 19 digits.
            return random.NextInt64(1_000_000_000_000_000_000, long.MaxValue).ToString(CultureInfo.InvariantCulture);
        }
        return string.Create(11, random, static (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = ShortCodeAlphabet[r.Next(ShortCodeAlphabet.Length)];
            }
        });
    }
}
