using Clout.Core.Roster;
using Clout.Core.Surveys;
using MathNet.Numerics.Distributions;

namespace Clout.Core.Demo;

/// <summary>
/// One demo survey response, by influencer handle (the seeder turns handles into roster options): a post-purchase
/// answer (order, heard-from handle or "other" text, NPS) or a scale rating (the fifteen Ohanian items in
/// <see cref="SurveyTemplates.OhanianItems"/> order, or a <see cref="SurveyScales"/> scale's items in its order).
/// </summary>
public sealed record DemoSurveyResponse(string RespondentId, DateTime AtUtc, string? OrderId, string? Handle, string? OtherText, int? Nps, IReadOnlyList<int>? TrustItems);

/// <summary>
/// Survey answers for the demo. Followers trust micro- and nano-influencers more than celebrities (the reason the
/// product exists), while celebrities score higher on attractiveness; buyers who came through a micro-influencer
/// recommend the shop more often. A separate random stream, so the engagement and purchase figures stay as they were.
/// </summary>
public sealed class DemoSurveys(int seed)
{
    /// <summary>Share of coded orders whose buyer answers the post-purchase survey: a typical thank-you-page response rate.</summary>
    private const double AnswerShare = 0.35;

    /// <summary>The "other" answer of a buyer a friend sent.</summary>
    public const string FriendText = "a friend told me";

    private const double OtherTextShare = 0.12;
    private const double FriendShare = 0.05;
    private const double InfluencerSpread = 0.35;   // sd of an account's trust around its tier
    private const double RespondentSpread = 0.8;     // sd of one follower's trust around the account's
    private const double ItemNoise = 0.6;            // sd of one item around the follower's construct level
    private const int MinTrustRespondents = 4;
    private const int MaxTrustRespondents = 12;
    private const int MinScaleRespondents = 3;
    private const int MaxScaleRespondents = 8;
    private const double NpsSpread = 1.6;
    private const int TrustWindowDays = 60;

    /// <summary>Per tier: mean trust (1–7), attractiveness lift, mean 0–10 recommendation of the shop.</summary>
    private static readonly Dictionary<Tier, (double Trust, double Attractiveness, double Recommend)> Profiles = new()
    {
        [Tier.Nano] = (5.6, -0.3, 8.5),
        [Tier.Micro] = (5.4, 0.0, 8.4),
        [Tier.Macro] = (4.7, 0.3, 7.8),
        [Tier.Celebrity] = (4.1, 0.7, 7.2),
    };

    public IReadOnlyList<DemoSurveyResponse> PostPurchase(DemoWorkspace demo, IReadOnlyList<DemoOrder> orders)
    {
        ArgumentNullException.ThrowIfNull(demo);
        ArgumentNullException.ThrowIfNull(orders);
        var random = new Random(seed + 1);
        var tiers = Tiers(demo);
        var byCode = demo.Collaborations.Where(c => c.PromoCode is not null)
            .GroupBy(c => c.PromoCode!, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().InfluencerHandle, StringComparer.OrdinalIgnoreCase);
        var result = new List<DemoSurveyResponse>();
        foreach (var order in orders)
        {
            var handle = order.DiscountCodes.Select(c => byCode.GetValueOrDefault(c)).FirstOrDefault(h => h is not null);
            if (handle is null || random.NextDouble() >= AnswerShare)
            {
                continue;
            }
            var at = order.AtUtc.AddMinutes(1 + random.Next(120));
            var nps = Clamp(Normal.Sample(random, Profiles[tiers[handle]].Recommend, NpsSpread), 0, 10);
            var roll = random.NextDouble();
            var response = roll < FriendShare ? new DemoSurveyResponse("order-" + order.OrderId, at, order.OrderId, null, FriendText, nps, null)
                : roll < FriendShare + OtherTextShare ? new DemoSurveyResponse("order-" + order.OrderId, at, order.OrderId, null, Misspelt(random, handle), nps, null)
                : new DemoSurveyResponse("order-" + order.OrderId, at, order.OrderId, handle, null, nps, null);
            result.Add(response);
        }
        return result;
    }

    public IReadOnlyList<DemoSurveyResponse> Trust(DemoWorkspace demo, DateTime todayUtc)
    {
        ArgumentNullException.ThrowIfNull(demo);
        var random = new Random(seed + 2);
        var today = DateTime.SpecifyKind(todayUtc.Date, DateTimeKind.Utc);
        var result = new List<DemoSurveyResponse>();
        var respondent = 0;
        foreach (var (handle, tier) in Tiers(demo).OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var profile = Profiles[tier];
            var account = Normal.Sample(random, profile.Trust, InfluencerSpread);
            var count = random.Next(MinTrustRespondents, MaxTrustRespondents + 1);
            for (var r = 0; r < count; r++)
            {
                var follower = Normal.Sample(random, account, RespondentSpread);
                var items = SurveyTemplates.OhanianItems.Select(item =>
                    Clamp(Normal.Sample(random, follower + (item.Construct == SurveyTemplates.Attractiveness ? profile.Attractiveness : 0), ItemNoise), 1, 7)).ToList();
                var at = today.AddDays(-1 - random.Next(TrustWindowDays)).AddMinutes(random.Next(24 * 60));
                result.Add(new DemoSurveyResponse($"trust-{++respondent}", at, null, handle, null, null, items));
            }
        }
        return result;
    }

    /// <summary>
    /// Ratings on the parasocial scale (<see cref="SurveyScales.ParasocialItems"/>, 1–5): followers feel closer to
    /// nano- and micro-influencers than to celebrities, the claim a brand can now test on its own audience.
    /// </summary>
    public IReadOnlyList<DemoSurveyResponse> Closeness(DemoWorkspace demo, DateTime todayUtc) =>
        ScaleRatings(demo, todayUtc, seed + 3, "closeness", SurveyScales.ParasocialItems, 5, ClosenessByTier);

    /// <summary>Ratings on the authenticity scale (<see cref="SurveyScales.AuthenticityItems"/>, 1–7), higher for smaller accounts.</summary>
    public IReadOnlyList<DemoSurveyResponse> Authenticity(DemoWorkspace demo, DateTime todayUtc) =>
        ScaleRatings(demo, todayUtc, seed + 4, "authenticity", SurveyScales.AuthenticityItems, 7, AuthenticityByTier);

    /// <summary>Per tier, the mean closeness (1–5) and authenticity (1–7) followers feel.</summary>
    private static readonly Dictionary<Tier, double> ClosenessByTier = new() { [Tier.Nano] = 3.7, [Tier.Micro] = 3.5, [Tier.Macro] = 2.9, [Tier.Celebrity] = 2.4 };

    private static readonly Dictionary<Tier, double> AuthenticityByTier = new() { [Tier.Nano] = 5.6, [Tier.Micro] = 5.3, [Tier.Macro] = 4.6, [Tier.Celebrity] = 3.9 };

    /// <summary>A handful of respondents per influencer; a reverse-keyed item is answered mirrored, as people do.</summary>
    private static List<DemoSurveyResponse> ScaleRatings(DemoWorkspace demo, DateTime todayUtc, int streamSeed, string prefix,
        IReadOnlyList<(string Id, string Text, bool Reverse)> items, int max, Dictionary<Tier, double> levels)
    {
        var random = new Random(streamSeed);
        var today = DateTime.SpecifyKind(todayUtc.Date, DateTimeKind.Utc);
        var result = new List<DemoSurveyResponse>();
        var respondent = 0;
        foreach (var (handle, tier) in Tiers(demo).OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var account = Normal.Sample(random, levels[tier], InfluencerSpread);
            var count = random.Next(MinScaleRespondents, MaxScaleRespondents + 1);
            for (var r = 0; r < count; r++)
            {
                var follower = Normal.Sample(random, account, RespondentSpread);
                var answers = items.Select(item =>
                {
                    var level = Normal.Sample(random, follower, ItemNoise);
                    return Clamp(item.Reverse ? 1 + max - level : level, 1, max);
                }).ToList();
                var at = today.AddDays(-1 - random.Next(TrustWindowDays)).AddMinutes(random.Next(24 * 60));
                result.Add(new DemoSurveyResponse($"{prefix}-{++respondent}", at, null, handle, null, null, answers));
            }
        }
        return result;
    }

    private static Dictionary<string, Tier> Tiers(DemoWorkspace demo) =>
        demo.Influencers.GroupBy(i => i.Handle, StringComparer.Ordinal).ToDictionary(g => g.Key, g => TierPolicy.Default.Classify(g.First().Followers ?? 0), StringComparer.Ordinal);

    /// <summary>"@lenabakes" typed from memory: an @ or not, one letter dropped.</summary>
    private static string Misspelt(Random random, string handle)
    {
        var at = random.Next(1, handle.Length);
        var typo = handle.Remove(at, 1);
        return random.NextDouble() < 0.5 ? $"saw it on @{typo}" : $"{typo} on insta";
    }

    private static int Clamp(double value, int min, int max) => Math.Clamp((int)Math.Round(value), min, max);
}
