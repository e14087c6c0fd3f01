using Clout.Core.Comments;
using Clout.Core.Engagement;
using Clout.Core.Loyalty;
using Clout.Core.Roster;
using Clout.Core.Statistics;

namespace Clout.Core.Reports;

/// <summary>
/// What the tier report read about one influencer in its scope, before <see cref="InfluencerUnits.Of"/> turns it into
/// the report's row. Whatever was not measured is null or empty.
/// </summary>
/// <param name="Followers">The audience the tier was drawn from (the latest follower count).</param>
/// <param name="Engagement">The influencer's engagement over its posts in scope.</param>
public sealed record InfluencerReadings(long Id, string Handle, Tier Tier, long Followers, InfluencerEngagement Engagement)
{
    public Platform Platform { get; init; }

    public string? DisplayName { get; init; }

    /// <summary>Clicks, orders and spend over its collaborations in scope; null without a collaboration in scope.</summary>
    public InfluencerConversion? Conversion { get; init; }

    /// <summary>Its scored audience comments under the posts in scope; null without any.</summary>
    public CommentTally? Comments { get; init; }

    /// <summary>The trust scores survey respondents gave it.</summary>
    public IReadOnlyCollection<double> TrustScores { get; init; } = [];

    /// <summary>The parasocial (closeness) scores survey respondents gave it.</summary>
    public IReadOnlyCollection<double> ParasocialScores { get; init; } = [];

    /// <summary>The perceived-authenticity scores survey respondents gave it.</summary>
    public IReadOnlyCollection<double> AuthenticityScores { get; init; } = [];

    /// <summary>The NPS answers of the survey responses about it.</summary>
    public IReadOnlyCollection<int> NpsAnswers { get; init; } = [];

    /// <summary>The repeat-purchase rate of the customers it brought, with its interval; null when none can be measured yet.</summary>
    public Estimate? RepeatRate { get; init; }

    /// <summary>When the orders of its campaign posts in scope came.</summary>
    public IReadOnlyCollection<PostOrderTiming> PostTimings { get; init; } = [];

    /// <summary>The Audience Quality Score (0–100); null when it was not judged.</summary>
    public int? QualityScore { get; init; }

    /// <summary>The latest follower audit's fake share; null when never audited.</summary>
    public Estimate? FakeShare { get; init; }
}
