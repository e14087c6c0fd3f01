namespace Clout.Storage.Reports;

/// <summary>A campaign's UGC: how many posts, their engagement, and the most engaging ones.</summary>
public sealed record CampaignUgc(int Posts, double Engagement, IReadOnlyList<UgcPostSummary> Top)
{
    /// <summary>Engagement per UGC post; null without posts.</summary>
    public double? EngagementPerPost => Posts == 0 ? null : Engagement / Posts;
}
