using Clout.Storage.Campaigns;
using Clout.Storage.Engagement;

namespace Clout.Storage.Reports;

/// <summary>Which posts a report covers: a campaign by name, and a half-open period [FromUtc, ToUtc).</summary>
public sealed record ReportFilter(string? Campaign = null, DateTime? FromUtc = null, DateTime? ToUtc = null)
{
    /// <summary>
    /// A filter from user input; times without a zone are UTC. Returns the reason when the period is empty.
    /// </summary>
    public static (ReportFilter? Filter, string? Error) Create(string? campaign, DateTime? from, DateTime? to)
    {
        var fromUtc = UtcTime.Normalize(from);
        var toUtc = UtcTime.Normalize(to);
        if (fromUtc is not null && toUtc is not null && fromUtc >= toUtc)
        {
            return (null, "'from' must be before 'to': the period is [from, to)");
        }
        return (new ReportFilter(string.IsNullOrWhiteSpace(campaign) ? null : campaign.Trim(), fromUtc, toUtc), null);
    }

    /// <summary>The posts this filter covers; the one place the period and campaign rules live.</summary>
    internal IQueryable<Post> Apply(IQueryable<Post> posts, IQueryable<Campaign> campaigns)
    {
        if (FromUtc is { } from)
        {
            posts = posts.Where(p => p.PublishedAtUtc >= from);
        }
        if (ToUtc is { } to)
        {
            posts = posts.Where(p => p.PublishedAtUtc < to);
        }
        if (Campaign is { } campaign)
        {
            posts = posts.Where(p => campaigns.Any(c => c.Id == p.CampaignId && c.Name == campaign));
        }
        return posts;
    }
}
