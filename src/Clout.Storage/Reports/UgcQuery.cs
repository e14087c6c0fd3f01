using Clout.Core.Reports;
using Clout.Core.Roster;
using Clout.Storage.Model;
using Clout.Storage.Reads;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Reports;

/// <summary>
/// User-generated content for the reports: per tier in a report's scope (the campaign, the period by publication
/// time) and per campaign with its top posts.
/// </summary>
public sealed class UgcQuery(CloutDbContext db)
{
    /// <summary>The top posts a campaign shows: enough to see who talks about it, few enough to read.</summary>
    public const int TopPosts = 10;

    /// <summary>
    /// The UGC in the filter's scope, per tier of the influencer whose code or link each post carries; posts credited
    /// by the hashtag or the named campaign alone, or to an influencer without a known audience (no tier), are
    /// campaign-wide. Null when there is none.
    /// </summary>
    public async Task<UgcReport?> TallyAsync(ReportFilter filter, IReadOnlyDictionary<long, Tier> tiers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(tiers);
        var posts = filter.InPeriod(db.UgcPosts.AsNoTracking(), p => p.PublishedAtUtc);
        if (filter.Campaign is { } campaign)
        {
            posts = posts.Where(p => db.Campaigns.Any(c => c.Id == p.CampaignId && c.Name == campaign));
        }
        var rows = await posts.Select(p => new { p.InfluencerId, p.Likes, p.Comments, p.Shares }).ToListAsync(cancellationToken);
        return UgcReport.Of(rows.Select(r => (
            r.InfluencerId is { } id && tiers.TryGetValue(id, out var tier) ? tier : (Tier?)null,
            (double)r.Likes + r.Comments + r.Shares)));
    }

    /// <summary>A campaign's UGC whenever published: count, engagement and the <see cref="TopPosts"/> most engaging posts.</summary>
    public async Task<CampaignUgc> CampaignAsync(long campaignId, CancellationToken cancellationToken)
    {
        var posts = db.UgcPosts.AsNoTracking().Where(p => p.CampaignId == campaignId);
        var totals = await posts.Select(p => new { p.Likes, p.Comments, p.Shares }).ToListAsync(cancellationToken);
        var top = await posts
            .OrderByDescending(p => (double)p.Likes + p.Comments + p.Shares).ThenByDescending(p => p.PublishedAtUtc).ThenBy(p => p.Id)
            .Take(TopPosts)
            .Select(p => new UgcPostSummary(p.Platform, p.ExternalId, p.Author, p.Url, p.PublishedAtUtc, p.Likes, p.Comments, p.Shares, p.Views,
                db.Influencers.Where(i => i.Id == p.InfluencerId).Select(i => i.Handle).FirstOrDefault(), p.MatchedBy))
            .ToListAsync(cancellationToken);
        return new CampaignUgc(totals.Count, totals.Sum(t => (double)t.Likes + t.Comments + t.Shares), top);
    }
}
