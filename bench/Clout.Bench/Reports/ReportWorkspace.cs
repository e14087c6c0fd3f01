using System.Globalization;
using System.Text;
using Clout.Core.Roster;
using Microsoft.Data.Sqlite;

namespace Clout.Bench.Reports;

/// <summary>
/// The tier report's benchmark workspace (issue 7): 1,000 influencers across the four tiers with two years of monthly
/// follower snapshots, 12 campaigns with about 2,500 collaborations (fee, product cost, commission, promo code,
/// tracking link), 200,000 posts, 100,000 comments, 2,000,000 human clicks and 100,000 attributed orders, all from
/// one seed. It is written as the CSV files the README documents, so that the workspace is loaded the way a user loads one,
/// with <c>clout import</c>; the orders come last (<see cref="WriteOrders"/>) because half of them carry the
/// clout_ref of a stored click, which the clicks import mints.
/// </summary>
internal sealed class ReportWorkspace
{
    public const int Influencers = 1_000;
    public const int Posts = 200_000;
    public const int Comments = 100_000;
    public const int Clicks = 2_000_000;
    public const int Orders = 100_000;

    /// <summary>Half the orders name a promo code, the other half land with a click's clout_ref (last-click attribution).</summary>
    private const double PromoCodeShare = 0.5;

    /// <summary>Customers come back: 100,000 orders from 70,000 customers.</summary>
    private const int Customers = 70_000;

    private const double SponsoredShare = 0.15;

    private static readonly DateTime PeriodStartUtc = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private const int PeriodDays = 730;
    private const int Snapshots = 24;

    private static readonly string[] CampaignNames =
    [
        "Spring Launch 2024", "Summer Sale 2024", "Back to School", "Black Friday 2024", "Holiday Gifting", "New Year Detox",
        "Spring Launch 2025", "Summer Sale 2025", "Creator Week", "App Install Push", "Retail Roadshow", "Black Friday 2025",
    ];

    private static readonly string[] Niches = ["beauty", "fitness", "food", "travel", "gaming", "tech", "fashion", "parenting", "pets", "finance"];
    private static readonly string[] Countries = ["DE", "FR", "GB", "US", "ES", "IT", "NL", "PL", "SE", "AT"];

    private static readonly string[] CommentTexts =
    [
        "love this so much!", "where can I buy this?", "just ordered mine 😍", "link?", "so pretty need it",
        "#ad again... paid to say that", "sellout", "this looks amazing", "not worth the price tbh", "meh",
        "follow me for follow back", "check my page for free followers!!!", "great review thanks", "honestly the best one",
        "does it ship to Austria?", "I had a bad experience with this brand", "wow 🔥🔥🔥", "nice", "obsessed", "can't wait to try",
    ];

    private static readonly string[] UserAgents =
    [
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    ];

    private static readonly string[] Referrers = ["https://www.instagram.com/", "https://www.tiktok.com/", "https://www.youtube.com/", "https://t.co/", ""];

    /// <summary>Tier, share of the roster, follower range (log-uniform inside), mean ER by followers, fee range in euros.</summary>
    private static readonly (Tier Tier, double Share, double MinFollowers, double MaxFollowers, double Er, int MinFee, int MaxFee)[] TierMix =
    [
        (Tier.Nano, 0.25, 2_000, 10_000, 0.07, 50, 300),
        (Tier.Micro, 0.45, 10_000, 100_000, 0.05, 300, 2_500),
        (Tier.Macro, 0.20, 100_000, 1_000_000, 0.025, 2_500, 15_000),
        (Tier.Celebrity, 0.10, 1_000_000, 20_000_000, 0.012, 20_000, 120_000),
    ];

    private readonly List<Person> _roster = [];
    private readonly List<Deal> _deals = [];

    private ReportWorkspace()
    {
    }

    private sealed record Person(string Handle, Platform Platform, long Followers, double Er, string Niche, string Country)
    {
        public List<int> Deals { get; } = [];
    }

    /// <summary>One collaboration; its weight is its share of clicks and orders (bigger audiences bring more traffic).</summary>
    private sealed record Deal(int Person, string Campaign, long Fee, long ProductCost, double Commission, string PromoCode, string LinkCode, double Weight);

    public static ReportWorkspace Create(int seed)
    {
        var random = new Random(seed);
        var workspace = new ReportWorkspace();
        for (var i = 0; i < Influencers; i++)
        {
            var mix = PickTier(i);
            var followers = (long)Math.Round(Math.Exp(Math.Log(mix.MinFollowers) + (random.NextDouble() * (Math.Log(mix.MaxFollowers) - Math.Log(mix.MinFollowers)))));
            var platform = random.NextDouble() switch { < 0.5 => Platform.Instagram, < 0.8 => Platform.TikTok, _ => Platform.YouTube };
            var handle = string.Create(CultureInfo.InvariantCulture, $"{mix.Tier.ToName()}_{Niches[i % Niches.Length]}_{i:D4}");
            workspace._roster.Add(new Person(handle, platform, followers, mix.Er * (0.5 + random.NextDouble()), Niches[random.Next(Niches.Length)],
                Countries[random.Next(Countries.Length)]));
        }
        foreach (var (person, index) in workspace._roster.Select((p, i) => (p, i)))
        {
            var mix = PickTier(index);
            var campaigns = CampaignNames.OrderBy(_ => random.Next()).Take(2 + random.Next(2)).ToList();
            foreach (var (campaign, n) in campaigns.Select((c, n) => (c, n)))
            {
                var fee = (long)(mix.MinFee + (random.NextDouble() * (mix.MaxFee - mix.MinFee))) * 100;
                var code = string.Create(CultureInfo.InvariantCulture, $"{person.Handle.Replace("_", "", StringComparison.Ordinal).ToUpperInvariant()}{n}");
                person.Deals.Add(workspace._deals.Count);
                workspace._deals.Add(new Deal(index, campaign, fee, (20 + random.Next(180)) * 100, Math.Round(random.NextDouble() * 0.15, 2),
                    code, string.Create(CultureInfo.InvariantCulture, $"{person.Handle.Replace('_', '-')}-{n}"), Math.Pow(person.Followers, 0.6)));
            }
        }
        return workspace;
    }

    private static (Tier Tier, double Share, double MinFollowers, double MaxFollowers, double Er, int MinFee, int MaxFee) PickTier(int index)
    {
        var position = (index + 0.5) / Influencers;
        foreach (var mix in TierMix)
        {
            if (position < mix.Share)
            {
                return mix;
            }
            position -= mix.Share;
        }
        return TierMix[^1];
    }

    /// <summary>Writes influencers, followers, collaborations, posts, comments and clicks CSVs into <paramref name="directory"/>.</summary>
    public void WriteCsvs(string directory, int seed)
    {
        var random = new Random(seed + 1);
        using (var w = Writer(directory, "influencers.csv"))
        {
            w.WriteLine("handle,platform,display_name,niche,followers,following,country");
            foreach (var p in _roster)
            {
                w.WriteLine(Line($"{p.Handle},{p.Platform.ToName()},{p.Handle},{p.Niche},{p.Followers},{300 + random.Next(2000)},{p.Country}"));
            }
        }
        using (var w = Writer(directory, "followers.csv"))
        {
            // Monthly snapshots, growing to today's count: "followers at post time" reads these.
            w.WriteLine("influencer_handle,platform,date,followers,following");
            foreach (var p in _roster)
            {
                var growth = 0.5 + (random.NextDouble() * 0.45);
                for (var m = 0; m < Snapshots; m++)
                {
                    var followers = (long)(p.Followers * (growth + ((1 - growth) * m / (Snapshots - 1))));
                    w.WriteLine(Line($"{p.Handle},{p.Platform.ToName()},{PeriodStartUtc.AddMonths(m):yyyy-MM-dd},{followers},"));
                }
            }
        }
        using (var w = Writer(directory, "collaborations.csv"))
        {
            w.WriteLine("campaign,influencer_handle,platform,fee,product_cost,commission_rate,promo_code,link_code,destination_url");
            foreach (var d in _deals)
            {
                var p = _roster[d.Person];
                w.WriteLine(Line($"{d.Campaign},{p.Handle},{p.Platform.ToName()},{d.Fee / 100},{d.ProductCost / 100},{d.Commission},{d.PromoCode},{d.LinkCode},https://shop.example/p/{d.LinkCode}"));
            }
        }
        var postIds = new List<string>(Posts);
        using (var w = Writer(directory, "posts.csv"))
        {
            w.WriteLine("post_id,influencer_handle,platform,published_at,kind,sponsored,campaign,likes,comments,shares,saves,views,reach,impressions");
            for (var i = 0; i < Posts; i++)
            {
                var p = _roster[random.Next(_roster.Count)];
                var id = string.Create(CultureInfo.InvariantCulture, $"p{i:D7}");
                postIds.Add(id);
                var at = PeriodStartUtc.AddSeconds(random.NextDouble() * PeriodDays * 86_400);
                var sponsored = random.NextDouble() < SponsoredShare;
                var campaign = sponsored ? _deals[p.Deals[random.Next(p.Deals.Count)]].Campaign : "";
                var interactions = p.Followers * p.Er * (0.4 + (random.NextDouble() * 1.2));
                var likes = (long)(interactions * 0.85);
                var comments = (long)(interactions * 0.03);
                var shares = (long)(interactions * 0.05);
                var saves = (long)(interactions * 0.07);
                var reach = random.NextDouble() < 0.6 ? (long?)(p.Followers * (0.1 + (random.NextDouble() * 0.5))) : null;
                var views = p.Platform != Platform.Instagram ? (long?)(p.Followers * (0.2 + random.NextDouble())) : null;
                w.WriteLine(Line($"{id},{p.Handle},{p.Platform.ToName()},{at:yyyy-MM-ddTHH:mm:ssZ},{(views is null ? "photo" : "video")},{(sponsored ? "true" : "false")},{campaign},{likes},{comments},{shares},{saves},{views},{reach},{(reach is { } r ? r * 13 / 10 : null)}"));
            }
        }
        using (var w = Writer(directory, "comments.csv"))
        {
            // About one in twelve is the creator answering the comment before it on the same post (the dialogue rate).
            w.WriteLine("comment_id,post_id,author,text,created_at,likes,is_creator_reply,parent_id");
            var i = 0;
            while (i < Comments)
            {
                var post = postIds[random.Next(postIds.Count)];
                var thread = 1 + random.Next(9);
                for (var k = 0; k < thread && i < Comments; k++, i++)
                {
                    var reply = k > 0 && random.NextDouble() < 0.1;
                    var author = reply ? "creator" : string.Create(CultureInfo.InvariantCulture, $"fan{random.Next(50_000)}");
                    var at = PeriodStartUtc.AddSeconds(random.NextDouble() * PeriodDays * 86_400);
                    w.WriteLine(Line($"c{i:D7},{post},{author},{CommentTexts[random.Next(CommentTexts.Length)]},{at:yyyy-MM-ddTHH:mm:ssZ},{random.Next(20)},{(reply ? "true" : "false")},{(reply ? string.Create(CultureInfo.InvariantCulture, $"c{i - 1:D7}") : "")}"));
                }
            }
        }
        using (var w = Writer(directory, "clicks.csv"))
        {
            // A link's visitors come back: each link draws its visitor ids from a pool of 1/1.4 of its expected clicks,
            // which makes about 1.9 clicks per visitor and link. The id is an opaque token, as another tracker exports it
            // (the link and the visitor's number).
            w.WriteLine("link_code,at,visitor_id,user_agent,referrer");
            var picker = new WeightedPicker(_deals.Select(d => d.Weight));
            var totalWeight = _deals.Sum(d => d.Weight);
            var pools = _deals.Select(d => Math.Max(1, (int)(Clicks * d.Weight / totalWeight / 1.4))).ToArray();
            for (var i = 0; i < Clicks; i++)
            {
                var index = picker.Pick(random);
                var deal = _deals[index];
                var at = PeriodStartUtc.AddSeconds(random.NextDouble() * PeriodDays * 86_400);
                w.WriteLine(Line($"{deal.LinkCode},{at:yyyy-MM-ddTHH:mm:ss.fffZ},v{index:x4}{random.Next(pools[index]):x6},\"{UserAgents[random.Next(UserAgents.Length)]}\",{Referrers[random.Next(Referrers.Length)]}"));
            }
        }
    }

    /// <summary>
    /// The orders CSV, after the clicks are stored: half with a collaboration's promo code, half landing within two days
    /// of a stored click with its clout_ref (read from <paramref name="databaseFile"/>), every one attributable.
    /// </summary>
    public void WriteOrders(string directory, string databaseFile, int seed)
    {
        var random = new Random(seed + 2);
        var clicks = new List<(string Ref, DateTime At)>(Clicks / 10);
        using (var connection = new SqliteConnection($"Data Source={databaseFile};Mode=ReadOnly"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            // Every tenth click is enough to draw from, and keeps the generator's memory small.
            command.CommandText = "SELECT ref, occurred_at_utc FROM clicks WHERE id % 10 = 0";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                clicks.Add((reader.GetString(0), DateTime.SpecifyKind(reader.GetDateTime(1), DateTimeKind.Utc)));
            }
        }
        if (clicks.Count == 0)
        {
            throw new InvalidOperationException($"no clicks in {databaseFile}: import clicks.csv before writing the orders");
        }
        var picker = new WeightedPicker(_deals.Select(d => d.Weight));
        using var w = Writer(directory, "orders.csv");
        w.WriteLine("order_id,customer_id,at,total,currency,discount_codes,landing_site,ref");
        for (var i = 0; i < Orders; i++)
        {
            var total = (15 + (random.NextDouble() * 135)).ToString("0.00", CultureInfo.InvariantCulture);
            var customer = string.Create(CultureInfo.InvariantCulture, $"cust{random.Next(Customers)}");
            if (random.NextDouble() < PromoCodeShare)
            {
                var deal = _deals[picker.Pick(random)];
                var at = PeriodStartUtc.AddSeconds(random.NextDouble() * PeriodDays * 86_400);
                w.WriteLine(Line($"o{i:D7},{customer},{at:yyyy-MM-ddTHH:mm:ssZ},{total},EUR,{deal.PromoCode},https://shop.example/,"));
            }
            else
            {
                var (clickRef, clickAt) = clicks[random.Next(clicks.Count)];
                var at = clickAt.AddSeconds(60 + (random.NextDouble() * 2 * 86_400));
                w.WriteLine(Line($"o{i:D7},{customer},{at:yyyy-MM-ddTHH:mm:ssZ},{total},EUR,,https://shop.example/?clout_ref={clickRef},{clickRef}"));
            }
        }
    }

    private static StreamWriter Writer(string directory, string name) =>
        new(Path.Combine(directory, name), append: false, new UTF8Encoding(false), bufferSize: 1 << 16);

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Draws an index with probability proportional to its weight (cumulative sums and a binary search).</summary>
    private sealed class WeightedPicker
    {
        private readonly double[] _cumulative;

        public WeightedPicker(IEnumerable<double> weights)
        {
            var sum = 0.0;
            _cumulative = [.. weights.Select(w => sum += w)];
        }

        public int Pick(Random random)
        {
            var index = Array.BinarySearch(_cumulative, random.NextDouble() * _cumulative[^1]);
            return Math.Min(index < 0 ? ~index : index, _cumulative.Length - 1);
        }
    }
}
