using System.Text.Json.Serialization;
using Clout.Core.Campaigns;
using Clout.Core.Roster;
using Clout.Storage.Campaigns;
using Clout.Storage.Reports;

namespace Clout.Campaigns;

/// <summary>
/// A new campaign. Dates are days or times (UTC unless an offset is given); the period is [starts_at, ends_at). The
/// hashtag ("#SummerTrail" or "SummerTrail") credits posts by others that carry it to the campaign as its UGC.
/// </summary>
public sealed record CreateCampaignRequest(string? Name, string? Goal, DateTime? StartsAt, DateTime? EndsAt, decimal? Budget, string? Hashtag = null);

/// <summary>One influencer's part in a campaign, as the collaborations CSV has it; money in major units.</summary>
public sealed record AddCollaborationRequest(
    string? InfluencerHandle, string? Platform, decimal? Fee, decimal? ProductCost, double? CommissionRate,
    string? PromoCode, string? LinkCode, string? DestinationUrl);

/// <param name="Fees">The sum of the fees; null only for a sum no decimal can hold, of amounts stored before the doors had limits.</param>
public sealed record CampaignResponse(long Id, string Name, string Goal, DateTime? StartsAt, DateTime? EndsAt, decimal? Budget, int Collaborations, decimal? Fees)
{
    /// <summary>The campaign's hashtag with its '#'; absent when it has none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Hashtag { get; init; }

    public static CampaignResponse Of(CampaignSummary c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(c.Id, c.Name, c.Goal.ToString().ToLowerInvariant(), c.StartsAtUtc, c.EndsAtUtc,
            c.BudgetMinor is { } budget ? Money.ToMajor(budget) : null, c.Collaborations, Money.ToMajor(c.FeesMinor))
        {
            Hashtag = c.Hashtag is null ? null : "#" + c.Hashtag,
        };
    }
}

public sealed record CollaborationActivityResponse(
    long Id, long InfluencerId, string InfluencerHandle, string Platform, decimal Fee, string? PromoCode, string? LinkCode,
    string? DestinationUrl, int Clicks, int UniqueVisitors, int Orders, decimal? Revenue)
{
    public static CollaborationActivityResponse Of(CollaborationActivity a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(a.CollaborationId, a.InfluencerId, a.Handle, a.Platform.ToName(), Money.ToMajor(a.FeeMinor), a.PromoCode, a.LinkCode,
            a.DestinationUrl, a.Clicks, a.UniqueVisitors, a.Orders, Money.ToMajor(a.RevenueMinor));
    }
}

public sealed record DailyActivityResponse(DateTime Day, int Clicks, int Orders);

public sealed record CampaignDetailResponse(CampaignResponse Campaign, IReadOnlyList<CollaborationActivityResponse> Collaborations, IReadOnlyList<DailyActivityResponse> Days)
{
    /// <summary>The campaign's user-generated content: posts by others credited to it, with the most engaging ones.</summary>
    public CampaignUgcResponse Ugc { get; init; } = CampaignUgcResponse.None;
}

/// <summary>A campaign's UGC: how many posts, their engagement (likes + comments + shares), and the top posts by engagement.</summary>
public sealed record CampaignUgcResponse(int Posts, double Engagement, double? EngagementPerPost, IReadOnlyList<UgcPostResponse> Top)
{
    public static CampaignUgcResponse None { get; } = new(0, 0, null, []);

    public static CampaignUgcResponse Of(CampaignUgc ugc)
    {
        ArgumentNullException.ThrowIfNull(ugc);
        return new(ugc.Posts, ugc.Engagement, ugc.EngagementPerPost, [.. ugc.Top.Select(UgcPostResponse.Of)]);
    }
}

/// <summary>
/// One UGC post: public, so only the author's handle and the post's address; <c>influencer</c> is the rostered influencer
/// whose code or link it carries (absent: campaign-wide); <c>matched_by</c> is campaign, hashtag, promo_code or link.
/// </summary>
public sealed record UgcPostResponse(
    string Platform, string PostId, string Author,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Url,
    DateTime PublishedAt, long Likes, long Comments, long Shares,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? Views,
    double Engagement,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Influencer,
    string MatchedBy)
{
    public static UgcPostResponse Of(UgcPostSummary p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(p.Platform.ToName(), p.PostId, p.Author, p.Url, p.PublishedAtUtc, p.Likes, p.Comments, p.Shares, p.Views, p.Engagement,
            p.InfluencerHandle, MatchedByName(p.MatchedBy));
    }

    public static string MatchedByName(UgcMatchedBy matchedBy) => matchedBy switch
    {
        UgcMatchedBy.Campaign => "campaign",
        UgcMatchedBy.Hashtag => "hashtag",
        UgcMatchedBy.PromoCode => "promo_code",
        UgcMatchedBy.Link => "link",
        _ => throw new ArgumentOutOfRangeException(nameof(matchedBy), matchedBy, null),
    };
}
