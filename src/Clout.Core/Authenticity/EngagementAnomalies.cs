using System.Globalization;
using Clout.Core.Roster;
using Clout.Core.Statistics;
using MathNet.Numerics.Statistics;

namespace Clout.Core.Authenticity;

/// <summary>
/// The engagement anomaly rules (ER far from the tier, likes per comment, follower jumps, engagement beyond reach,
/// comment pods, spam), each run on an account's own stored numbers. Every rule returns a
/// finding — severity 0 with a sentence saying what was checked when the account looks normal, or when there is too
/// little data to check — so the Audience Quality Score can list everything that was and was not looked at.
/// </summary>
public static class EngagementAnomalies
{
    // Weights: the most points each rule can take off the 100-point score (docs/authenticity.md explains the split).
    public const double EngagementRateWeight = 25;
    public const double LikesPerCommentWeight = 20;
    public const double FollowerJumpWeight = 25;
    public const double ReachWeight = 15;
    public const double PodWeight = 15;
    public const double SpamWeight = 15;

    /// <summary>Fewer peers than this and a tier's spread is not known well enough to call anyone an outlier.</summary>
    public const int MinPeers = 5;

    /// <summary>Floor on the spread of log ER and log likes-per-comment: peers that happen to agree closely must not make 20 % different a scandal.</summary>
    public const double MinLogSpread = 0.15;

    /// <summary>Daily growth is compared with the account's own usual pace; at least this many intervals are needed to know it.</summary>
    public const int MinFollowerIntervals = 5;

    /// <summary>Floor on the spread of daily growth: 0.2 % a day. A steady account's MAD can be nearly 0.</summary>
    public const double MinGrowthSpread = 0.002;

    /// <summary>A jump must also be large in itself: 5 % of the audience between two snapshots.</summary>
    public const double MinJump = 0.05;

    /// <summary>A jump of 25 % between snapshots is as strong as this rule measures.</summary>
    public const double FullJump = 0.25;

    public const int MinPostsWithReach = 5;

    /// <summary>The rank correlation of interactions and reach is read only with this many posts and reach varying 4-fold.</summary>
    public const int MinPostsForReachCorrelation = 12;

    public const int MinPostsForPods = 5;

    /// <summary>An author is a "regular" when on at least half the posts: loyal fans exist, but few are on every post.</summary>
    public const double RegularShareOfPosts = 0.5;

    /// <summary>Regulars writing a quarter of all comments is a comment pod's signature (Instagram "engagement groups").</summary>
    public const double PodCommentShare = 0.25;

    /// <summary>Some spam is under every public post; above 10 % of comments it is the account's engagement.</summary>
    public const double TolerableSpamShare = 0.10;

    public static IReadOnlyList<EngagementAnomaly> Detect(AccountActivity account, TierPeers peers)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(peers);
        return
        [
            EngagementRateVsTier(account, peers),
            LikesPerCommentVsTier(account, peers),
            FollowerJump(account),
            EngagementVsReach(account),
            CommentPod(account),
            SpamComments(account),
        ];
    }

    public static EngagementAnomaly EngagementRateVsTier(AccountActivity account, TierPeers peers)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(peers);
        const string Rule = "engagement_rate";
        var tier = peers.Tier.ToName();
        if (account.EngagementRate is not { } er || er <= 0)
        {
            return Passed(Rule, "No posts with engagement, so the engagement rate was not compared with the tier.", EngagementRateWeight);
        }
        var usable = peers.EngagementRates.Where(v => v > 0).ToArray();
        if (usable.Length < MinPeers)
        {
            return Passed(Rule, Text($"Engagement rate {er:P1}; too few other {tier} accounts ({usable.Length}, need {MinPeers}) to compare it with."), EngagementRateWeight);
        }
        var centre = RobustZ.Centre([.. usable.Select(v => Math.Log(v))], MinLogSpread);
        var z = RobustZ.Of(Math.Log(er), centre);
        var typical = Math.Exp(centre.Median);
        if (Math.Abs(z) < RobustZ.OutlierCut)
        {
            return Passed(Rule, Text($"Engagement rate {er:P1} is within the usual range of {tier} accounts (typical {typical:P1})."), EngagementRateWeight);
        }
        var text = z > 0
            ? Text($"Engagement rate {er:P1} is far above what {tier} accounts get (typical {typical:P1}, robust z {z:F1}): bought likes, or a giveaway, inflate it.")
            : Text($"Engagement rate {er:P1} is far below what {tier} accounts get (typical {typical:P1}, robust z {z:F1}): many followers never engage, as bought followers do not.");
        return new EngagementAnomaly(Rule, text, OutlierSeverity(z), EngagementRateWeight);
    }

    public static EngagementAnomaly LikesPerCommentVsTier(AccountActivity account, TierPeers peers)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(peers);
        const string Rule = "likes_per_comment";
        var tier = peers.Tier.ToName();
        if (account.LikesPerComment is not { } ratio || ratio <= 0)
        {
            return Passed(Rule, "No comments (or no likes), so likes per comment were not compared with the tier.", LikesPerCommentWeight);
        }
        var usable = peers.LikesPerComment.Where(v => v > 0).ToArray();
        if (usable.Length < MinPeers)
        {
            return Passed(Rule, Text($"{ratio:N0} likes per comment; too few other {tier} accounts ({usable.Length}, need {MinPeers}) to compare it with."), LikesPerCommentWeight);
        }
        var centre = RobustZ.Centre([.. usable.Select(v => Math.Log(v))], MinLogSpread);
        var z = RobustZ.Of(Math.Log(ratio), centre);
        var typical = Math.Exp(centre.Median);
        if (Math.Abs(z) < RobustZ.OutlierCut)
        {
            return Passed(Rule, Text($"{ratio:N0} likes per comment, usual for {tier} accounts (typical {typical:N0})."), LikesPerCommentWeight);
        }
        var text = z > 0
            ? Text($"{ratio:N0} likes per comment where {tier} accounts get {typical:N0}: likes without conversation are what like-bots sell.")
            : Text($"Only {ratio:N1} likes per comment where {tier} accounts get {typical:N0}: comments out of proportion suggest bought comments or a pod.");
        return new EngagementAnomaly(Rule, text, OutlierSeverity(z), LikesPerCommentWeight);
    }

    public static EngagementAnomaly FollowerJump(AccountActivity account)
    {
        ArgumentNullException.ThrowIfNull(account);
        const string Rule = "follower_jump";
        var snapshots = account.FollowerHistory.Snapshots;
        if (snapshots.Count - 1 < MinFollowerIntervals)
        {
            return Passed(Rule, Text($"Follower history has {snapshots.Count} snapshots; {MinFollowerIntervals + 1} are needed to tell a jump from the usual pace."), FollowerJumpWeight);
        }
        var daily = new double[snapshots.Count - 1];
        for (var i = 1; i < snapshots.Count; i++)
        {
            var days = Math.Max((snapshots[i].AtUtc - snapshots[i - 1].AtUtc).TotalDays, 1.0 / 24);
            daily[i - 1] = Math.Pow((double)snapshots[i].Followers / snapshots[i - 1].Followers, 1 / days) - 1;
        }
        var centre = RobustZ.Centre(daily, MinGrowthSpread);
        var worst = -1;
        var worstJump = 0.0;
        for (var i = 0; i < daily.Length; i++)
        {
            var jump = ((double)snapshots[i + 1].Followers / snapshots[i].Followers) - 1;
            if (RobustZ.Of(daily[i], centre) >= RobustZ.OutlierCut && jump >= MinJump && jump > worstJump)
            {
                (worst, worstJump) = (i, jump);
            }
        }
        if (worst < 0)
        {
            return Passed(Rule, Text($"Followers grew steadily (usually {centre.Median:P2} a day) with no sudden jump."), FollowerJumpWeight);
        }
        var (from, to) = (snapshots[worst], snapshots[worst + 1]);
        return new EngagementAnomaly(Rule,
            Text($"Followers jumped {worstJump:P0} (from {from.Followers:N0} to {to.Followers:N0}) between {from.AtUtc:yyyy-MM-dd} and {to.AtUtc:yyyy-MM-dd}, against a usual {centre.Median:P2} a day: bought followers arrive in bursts."),
            Math.Min(1, worstJump / FullJump), FollowerJumpWeight);
    }

    public static EngagementAnomaly EngagementVsReach(AccountActivity account)
    {
        ArgumentNullException.ThrowIfNull(account);
        const string Rule = "engagement_vs_reach";
        var withReach = account.Posts.Where(p => p.Reach is > 0).ToArray();
        if (withReach.Length < MinPostsWithReach)
        {
            return Passed(Rule, Text($"Reach is known for {withReach.Length} posts; {MinPostsWithReach} are needed to check that engagement follows it."), ReachWeight);
        }
        // Everyone who interacts with a post was reached by it: more interactions than reach cannot be organic.
        var impossible = withReach.Count(p => p.Interactions > p.Reach);
        var impossibleShare = (double)impossible / withReach.Length;
        var reach = withReach.Select(p => (double)p.Reach!.Value).ToArray();
        double? rho = withReach.Length >= MinPostsForReachCorrelation && reach.Max() >= 4 * reach.Min()
            ? Correlation.Spearman(reach, withReach.Select(p => (double)p.Interactions))
            : null;
        var severity = impossible > 0 ? Math.Min(1, 0.5 + impossibleShare) : 0;
        if (rho is <= 0)
        {
            severity = Math.Max(severity, 0.6);
        }
        if (severity == 0)
        {
            return Passed(Rule, rho is { } r
                ? Text($"Engagement follows reach across {withReach.Length} posts (rank correlation {r:F2}).")
                : Text($"No post has more interactions than accounts reached ({withReach.Length} posts with reach)."), ReachWeight);
        }
        var text = impossible > 0
            ? Text($"{impossible} of {withReach.Length} posts have more likes, comments, shares and saves than accounts reached: those interactions came from outside the audience the platform showed the post to.")
            : Text($"Engagement does not follow reach (rank correlation {rho:F2} over {withReach.Length} posts): interactions arrive whatever the platform's distribution, as bought ones do.");
        return new EngagementAnomaly(Rule, text, severity, ReachWeight);
    }

    public static EngagementAnomaly CommentPod(AccountActivity account)
    {
        ArgumentNullException.ThrowIfNull(account);
        const string Rule = "comment_pod";
        var posts = account.CommentAuthorsByPost.Where(a => a.Count > 0).ToArray();
        if (posts.Length < MinPostsForPods)
        {
            return Passed(Rule, Text($"Comment authors are known for {posts.Length} posts; {MinPostsForPods} are needed to look for a pod."), PodWeight);
        }
        var postsPerAuthor = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var author in posts.SelectMany(a => a.Distinct(StringComparer.OrdinalIgnoreCase)))
        {
            postsPerAuthor[author] = postsPerAuthor.GetValueOrDefault(author) + 1;
        }
        var regulars = postsPerAuthor.Where(kv => kv.Value >= RegularShareOfPosts * posts.Length).Select(kv => kv.Key)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var comments = posts.Sum(a => a.Count);
        var fromRegulars = posts.Sum(a => a.Count(regulars.Contains));
        var share = (double)fromRegulars / comments;
        if (share < PodCommentShare)
        {
            return Passed(Rule, Text($"Comments come from many different people ({regulars.Count} authors comment on half the posts or more, writing {share:P0} of comments)."), PodWeight);
        }
        return new EngagementAnomaly(Rule,
            Text($"{regulars.Count} accounts comment on at least half of the {posts.Length} posts and write {share:P0} of all comments: the signature of an engagement pod, where creators comment on each other's posts by agreement."),
            Math.Min(1, share / (2 * PodCommentShare)), PodWeight);
    }

    public static EngagementAnomaly SpamComments(AccountActivity account)
    {
        ArgumentNullException.ThrowIfNull(account);
        const string Rule = "spam_comments";
        if (account.SpamCommentShare is not { } share)
        {
            return Passed(Rule, "Comments are not scored for spam yet, so generic and spam comments were not counted.", SpamWeight);
        }
        if (share <= TolerableSpamShare)
        {
            return Passed(Rule, Text($"{share:P0} of comments are spam or generic, within what public posts attract."), SpamWeight);
        }
        return new EngagementAnomaly(Rule,
            Text($"{share:P0} of comments are spam or generic (\"nice pic 🔥\", \"DM us to collab\"): bought or automated comments."),
            Math.Min(1, 0.5 + ((share - TolerableSpamShare) / (4 * TolerableSpamShare))), SpamWeight);
    }

    /// <summary>Past the outlier cut severity starts at one half and reaches 1 at twice the cut.</summary>
    private static double OutlierSeverity(double z) => Math.Min(1, Math.Abs(z) / (2 * RobustZ.OutlierCut));

    private static EngagementAnomaly Passed(string rule, string text, double weight) => new(rule, text, 0, weight);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
