using System.Linq.Expressions;
using Clout.Core.Engagement;
using Clout.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Reports;

/// <summary>What a group of paid posts earned, for CPE and CPM: their interactions, and their impressions when known.</summary>
/// <param name="Impressions">Null unless every post of the group reports impressions: the full cost over part of the impressions would overstate a CPM.</param>
/// <remarks>Sums as doubles, in SQL too: a sum of stored counts cannot overflow (<see cref="Core.Limits.PlausibleLimits"/>).</remarks>
public sealed record PaidPostTotals(double Engagements, double? Impressions)
{
    internal static PaidPostTotals Of(double engagements, double impressions, long withImpressions, long posts) =>
        new(engagements, withImpressions == posts ? impressions : null);
}

/// <summary>Sums paid posts per group (an influencer, a campaign): in one grouped query, or over posts already read.</summary>
internal static class PaidPosts
{
    public static async Task<Dictionary<long, PaidPostTotals>> TotalsAsync(IQueryable<Post> posts, Expression<Func<Post, long>> group,
        CancellationToken cancellationToken) =>
        (await posts.GroupBy(group)
            .Select(g => new
            {
                Id = g.Key,
                Engagements = g.Sum(p => (double)p.Likes + p.Comments + p.Shares + p.Saves),
                Impressions = g.Sum(p => (double)(p.Impressions ?? 0)),
                WithImpressions = g.Count(p => p.Impressions != null),
                Posts = g.Count(),
            })
            .ToListAsync(cancellationToken))
        .ToDictionary(g => g.Id, g => PaidPostTotals.Of(g.Engagements, g.Impressions, g.WithImpressions, g.Posts));

    /// <summary>The same sums over posts in memory (the tier report has just read them all).</summary>
    public static Dictionary<long, PaidPostTotals> Totals(IEnumerable<(long Group, PostMetrics Metrics)> posts) =>
        posts.GroupBy(p => p.Group).ToDictionary(g => g.Key, g => PaidPostTotals.Of(
            g.Sum(p => p.Metrics.Interactions), g.Sum(p => (double)(p.Metrics.Impressions ?? 0)), g.Count(p => p.Metrics.Impressions is not null), g.Count()));
}
