using Clout.Storage.Model;

namespace Clout.Storage.Reports;

/// <summary>Which posts a report covers: a campaign by name, and a half-open period [FromUtc, ToUtc).</summary>
public sealed record ReportFilter(string? Campaign = null, DateTime? FromUtc = null, DateTime? ToUtc = null)
{
    /// <summary>How long a first-time customer has to come back to count as a repeat buyer (<see cref="Core.Loyalty.RepeatPurchase"/>).</summary>
    public int RepeatWindowDays { get; init; } = Core.Loyalty.RepeatPurchase.DefaultWindowDays;

    /// <summary>Ten years: longer than any brand's data, short enough that a typo (90,000) is caught.</summary>
    public const int MaxRepeatWindowDays = 3_650;

    /// <summary>
    /// A filter from user input; times without a zone are UTC. Returns the reason when the period is empty.
    /// </summary>
    public static (ReportFilter? Filter, string? Error) Create(string? campaign, DateTime? from, DateTime? to, int? repeatWindowDays = null)
    {
        if (repeatWindowDays is < 1 or > MaxRepeatWindowDays)
        {
            return (null, $"the repeat window must be 1 to {MaxRepeatWindowDays} days, not {repeatWindowDays}");
        }
        var fromUtc = UtcTime.Normalize(from);
        var toUtc = UtcTime.Normalize(to);
        if (fromUtc is not null && toUtc is not null && fromUtc >= toUtc)
        {
            return (null, "'from' must be before 'to': the period is [from, to)");
        }
        return (new ReportFilter(string.IsNullOrWhiteSpace(campaign) ? null : campaign.Trim(), fromUtc, toUtc)
        {
            RepeatWindowDays = repeatWindowDays ?? Core.Loyalty.RepeatPurchase.DefaultWindowDays,
        }, null);
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
