using Clout.Core.Comments;
using Clout.Core.Engagement;
using Clout.Core.Reports;
using Clout.Core.Roster;
using Clout.Storage.Engagement;
using Clout.Storage.Roster;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Storage.Reports;

/// <summary>
/// Reads what the tier report needs in a handful of set-based queries and hands it to Clout.Core, which does
/// the statistics. Medians have no portable SQL form, so they are computed in memory on projected columns.
/// </summary>
public sealed class TierReportQuery(CloutDbContext db, WorkspaceScope scope, TimeProvider clock, IServiceScopeFactory scopes)
{
    /// <summary>A fixed seed makes the report reproducible: the same data give the same intervals every time.</summary>
    public const int BootstrapSeed = 20_260_101;

    /// <summary>Posts, follower histories and comment tallies once read in this scope, by filter (see <see cref="PostMetricsAsync"/>).</summary>
    private readonly Dictionary<ReportFilter, List<ReportPost>> _posts = [];
    private readonly Dictionary<ReportFilter, Dictionary<long, CommentTally>> _commentTallies = [];
    private Dictionary<long, FollowerHistory>? _histories;

    public async Task<TierReport> BuildAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        // The reads are split over two connections, which SQLite and PostgreSQL serve on two cores: this one reads the
        // roster, posts and comments; a second one the clicks and orders (conversions, loyalty, the posts' order timing).
        // Both only read, so they cannot see each other. The second needs the posts too (CPM, CPE, which post an order
        // follows): it is handed them once this connection has read them, instead of reading 200,000 posts again.
        await using var side = scopes.CreateAsyncScope();
        side.ServiceProvider.GetRequiredService<WorkspaceScope>().Set(scope.WorkspaceId, scope.WorkspaceName ?? "");
        var today = Today();
        var postsRead = new TaskCompletionSource<List<ReportPost>>(TaskCreationOptions.RunContinuationsAsynchronously);
        var sideRead = Task.Run(() => ReadSideAsync(side.ServiceProvider.GetRequiredService<CloutDbContext>(), filter, today, postsRead.Task, cancellationToken),
            cancellationToken);
        MainReads reads;
        try
        {
            postsRead.SetResult(await PostMetricsAsync(filter, cancellationToken));
            reads = await ReadMainAsync(filter, cancellationToken);
        }
        catch (Exception e)
        {
            postsRead.TrySetException(e);
            await sideRead.ContinueWith(static _ => { }, TaskScheduler.Default); // never leave it running on a disposed scope
            throw;
        }
        var (summaries, margin, comments, surveys, authenticity) = reads;
        var (conversions, customerOrders, postTimings) = await sideRead;
        var loyalty = customerOrders.Compute(summaries.ToDictionary(s => s.Id, s => s.Tier), today);
        var repeatRates = loyalty.Influencers.Where(i => i.Repeat.Rate is not null).ToDictionary(i => i.InfluencerId, i => i.Repeat.Rate!.Value);
        var timings = postTimings.Values.ToLookup(t => t.InfluencerId, t => t.Timing);
        var units = new List<InfluencerUnit>(summaries.Count);
        foreach (var s in summaries)
        {
            var values = s.Engagement.Posts > 0 ? EngagementUnits.Values(s.Engagement) : [];
            if (conversions.ByInfluencer.TryGetValue(s.Id, out var conversion))
            {
                foreach (var (metric, value) in ConversionUnits.Values(conversion, margin))
                {
                    values[metric] = value;
                }
            }
            if (s.Engagement.Posts > 0 && comments.TryGetValue(s.Id, out var tally))
            {
                foreach (var (metric, value) in CommentShares.Values(tally))
                {
                    values[metric] = value;
                }
            }
            if (surveys.TryGetValue(s.Id, out var answers))
            {
                foreach (var (metric, value) in SurveyUnits.Values(answers.Trust, answers.Nps))
                {
                    values[metric] = value;
                }
            }
            if (repeatRates.TryGetValue(s.Id, out var repeat))
            {
                values[Metrics.RepeatRate.Name] = repeat;
            }
            foreach (var (metric, value) in PostTimingValues(timings[s.Id]))
            {
                values[metric] = value;
            }
            // The score needs posts to mean anything; an audit alone still brings fake share and adjusted reach.
            if (authenticity.TryGetValue(s.Id, out var quality) && (s.Engagement.Posts > 0 || quality.LatestAudit is not null))
            {
                foreach (var (metric, value) in AuthenticityUnits.Values(quality.Quality.Score, quality.LatestAudit?.FakeShare, s.Followers))
                {
                    values[metric] = value;
                }
            }
            // Posts, sales or survey answers in scope make an influencer part of the report; a roster entry with none does not.
            if (s.Engagement.Posts > 0 || values.Count > 0)
            {
                units.Add(new InfluencerUnit(s.Id, s.Handle, s.Tier, s.Engagement.Posts, values));
            }
        }
        var builder = new TierReportBuilder(BootstrapSeed);
        return builder.Build(scope.WorkspaceName ?? "", filter.FromUtc, filter.ToUtc, units) with
        {
            Currency = conversions.Currency,
            Campaign = filter.Campaign,
            Loyalty = loyalty.Tiers.Count > 0 || loyalty.TooRecent > 0 ? loyalty : null,
        };
    }

    /// <summary>Everything the report reads on this query's own connection, beside the clicks and orders.</summary>
    private sealed record MainReads(
        List<InfluencerSummary> Summaries,
        double? Margin,
        Dictionary<long, CommentTally> Comments,
        Dictionary<long, (List<double> Trust, List<int> Nps)> Surveys,
        Dictionary<long, Authenticity.InfluencerAuthenticity> Authenticity);

    private async Task<MainReads> ReadMainAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        var summaries = await InfluencersAsync(filter, cancellationToken);
        var margin = await db.Workspaces.AsNoTracking().Where(w => w.Id == scope.WorkspaceId).Select(w => w.GrossMargin).SingleOrDefaultAsync(cancellationToken);
        var comments = await CommentTalliesAsync(filter, cancellationToken);
        var surveys = await new SurveyMetricsQuery(db).LoadAsync(filter, cancellationToken);
        var authenticity = await new Authenticity.AuthenticityQuery(db, this).AllAsync(summaries, cancellationToken);
        return new MainReads(summaries, margin, comments, surveys, authenticity);
    }

    /// <summary>What the report reads on its second connection: clicks and orders.</summary>
    private sealed record SideReads(ConversionData Conversions, CustomerOrders CustomerOrders, Dictionary<long, PostTimingRow> PostTimings);

    private static async Task<SideReads> ReadSideAsync(CloutDbContext sideDb, ReportFilter filter, DateTime today, Task<List<ReportPost>> posts,
        CancellationToken cancellationToken)
    {
        var conversions = await new ConversionQuery(sideDb).LoadAsync(filter, cancellationToken, posts);
        var customerOrders = await new RepeatPurchaseQuery(sideDb).ReadAsync(filter, cancellationToken);
        // Without a period the filter's posts are exactly those that compete for orders; with one, the query reads its own.
        var timings = await new PostOrderTimingQuery(sideDb).LoadAsync(filter, today, null, cancellationToken,
            filter is { FromUtc: null, ToUtc: null } ? posts : null);
        return new SideReads(conversions, customerOrders, timings);
    }

    /// <summary>
    /// An influencer's sales dynamics over its campaign posts: the first-48-hour share pooled over the orders of all its
    /// posts (a post with 2 orders should not weigh like one with 200), and the median half-life of the posts with a fit.
    /// </summary>
    private static IEnumerable<(string Metric, double Value)> PostTimingValues(IEnumerable<Core.Loyalty.PostOrderTiming> timings)
    {
        long orders = 0, first48h = 0;
        var halfLives = new List<double>();
        foreach (var timing in timings)
        {
            orders += timing.Orders;
            first48h += timing.OrdersFirst48h;
            if (timing.Decay is { } decay)
            {
                halfLives.Add(decay.HalfLifeDays);
            }
        }
        if (orders > 0)
        {
            yield return (Metrics.SpikeShare.Name, (double)first48h / orders);
        }
        if (halfLives.Count > 0)
        {
            yield return (Metrics.OrderHalfLife.Name, Core.Statistics.Median.Of([.. halfLives]));
        }
    }

    /// <summary>
    /// Per influencer with conversion data: its summary, clicks, visitors and orders, and the conversion rate's
    /// 95 % Wilson interval; ordered by handle. Money is in <c>Currency</c>.
    /// </summary>
    public async Task<(List<(InfluencerSummary Influencer, InfluencerConversion Conversion)> Rows, string? Currency)> ConversionsAsync(
        ReportFilter filter, CancellationToken cancellationToken)
    {
        var summaries = await InfluencersAsync(filter, cancellationToken);
        var conversions = await new ConversionQuery(db).LoadAsync(filter, cancellationToken);
        List<(InfluencerSummary, InfluencerConversion)> rows = [.. summaries
            .Where(s => conversions.ByInfluencer.ContainsKey(s.Id))
            .OrderBy(s => s.Handle, StringComparer.Ordinal).ThenBy(s => s.Id)
            .Select(s => (s, conversions.ByInfluencer[s.Id]))];
        return (rows, conversions.Currency);
    }

    /// <summary>Every influencer with a known audience, its tier and its engagement in the period.</summary>
    public async Task<List<InfluencerSummary>> InfluencersAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        var policy = await PolicyAsync(cancellationToken);
        // Ordered: the bootstrap resamples by position, and a database may return rows in any order it likes.
        var influencers = await db.Influencers.AsNoTracking().OrderBy(i => i.Id)
            .Select(i => new { i.Id, i.Handle, i.Platform, i.DisplayName, i.Niche, i.Country, i.Followers })
            .ToListAsync(cancellationToken);
        var histories = await HistoriesAsync(cancellationToken);
        var posts = (await PostMetricsAsync(filter, cancellationToken)).ToLookup(p => p.InfluencerId, p => p.Metrics);
        var postIds = Posts(filter).Select(p => p.Id);
        var comments = (await db.Comments.AsNoTracking().Where(c => postIds.Contains(c.PostId))
            .Join(db.Posts, c => c.PostId, p => p.Id, (c, p) => new { p.InfluencerId, c.ExternalId, c.ParentExternalId, c.IsCreatorReply })
            .ToListAsync(cancellationToken))
            .ToLookup(c => c.InfluencerId, c => new CommentRef(c.ExternalId, c.ParentExternalId, c.IsCreatorReply));

        var result = new List<InfluencerSummary>(influencers.Count);
        foreach (var influencer in influencers)
        {
            var history = histories.TryGetValue(influencer.Id, out var h) ? h : FollowerHistories.Empty;
            var followers = history.Latest(influencer.Followers);
            if (followers <= 0)
            {
                continue; // an unknown audience has no tier and no engagement rate
            }
            var engagement = InfluencerEngagement.Measure([.. posts[influencer.Id]], history, influencer.Followers, comments[influencer.Id]);
            result.Add(new InfluencerSummary(influencer.Id, influencer.Handle, influencer.Platform, influencer.DisplayName, influencer.Niche,
                influencer.Country, followers, policy.Classify(followers), engagement));
        }
        return result;
    }

    /// <summary>One influencer's posts with their engagement rates, oldest first; null for an unknown id.</summary>
    public async Task<(InfluencerSummary Influencer, List<PostEngagement> Posts)?> InfluencerAsync(long id, ReportFilter filter, CancellationToken cancellationToken)
    {
        var summary = (await InfluencersAsync(filter, cancellationToken)).FirstOrDefault(s => s.Id == id);
        if (summary is null)
        {
            return null;
        }
        var histories = await FollowerHistories.LoadAsync(db, [id], cancellationToken);
        var history = histories.TryGetValue(id, out var h) ? h : FollowerHistories.Empty;
        var rows = await Posts(filter).Where(p => p.InfluencerId == id).OrderBy(p => p.PublishedAtUtc)
            .Select(p => new { p.Id, p.ExternalId, p.Kind, p.Sponsored, p.PublishedAtUtc, p.Likes, p.Comments, p.Shares, p.Saves, p.Views, p.Reach, p.Impressions })
            .ToListAsync(cancellationToken);
        var today = Today();
        var timings = await new PostOrderTimingQuery(db).LoadAsync(filter, today, id, cancellationToken);
        var posts = rows.Select(p =>
        {
            var metrics = new PostMetrics(p.PublishedAtUtc, p.Likes, p.Comments, p.Shares, p.Saves, p.Views, p.Reach, p.Impressions);
            var followers = history.FollowersAt(p.PublishedAtUtc, summary.Followers);
            return new PostEngagement(p.ExternalId, p.PublishedAtUtc, p.Kind, p.Sponsored, metrics.Interactions, followers,
                EngagementRate.ByFollowers(metrics, followers), EngagementRate.ByReach(metrics), DepthRatio.Of(metrics),
                timings.TryGetValue(p.Id, out var timing) ? timing.Timing : null);
        }).ToList();
        return (summary, posts);
    }


    /// <summary>"Now" for cohorts and post windows: the start of today (UTC), so the same data give the same report all day long.</summary>
    private DateTime Today() => DateTime.SpecifyKind(clock.GetUtcNow().UtcDateTime.Date, DateTimeKind.Utc);

    /// <summary>
    /// The posts a filter covers with their counts, read once per filter and scope: the report's engagement, CPM and
    /// order timing and the authenticity rules all need them, and each read of 200,000 posts cost a tenth of the report
    /// (bench/README.md, "Tier report"). A scope is one request or one CLI command.
    /// </summary>
    internal async Task<List<ReportPost>> PostMetricsAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        if (_posts.TryGetValue(ScopeOf(filter), out var cached))
        {
            return cached;
        }
        var posts = await Posts(filter)
            .Select(p => new ReportPost(p.Id, p.InfluencerId, p.CampaignId,
                new PostMetrics(p.PublishedAtUtc, p.Likes, p.Comments, p.Shares, p.Saves, p.Views, p.Reach, p.Impressions)))
            .ToListAsync(cancellationToken);
        _posts[ScopeOf(filter)] = posts;
        return posts;
    }

    /// <summary>One post's id, author, campaign and counts.</summary>
    public sealed record ReportPost(long Id, long InfluencerId, long? CampaignId, PostMetrics Metrics);

    /// <summary>Every influencer's follower history, read once per scope.</summary>
    internal async Task<Dictionary<long, FollowerHistory>> HistoriesAsync(CancellationToken cancellationToken) =>
        _histories ??= await FollowerHistories.LoadAsync(db, null, cancellationToken);

    /// <summary>Comment tallies per influencer, read once per filter and scope (the report and the authenticity rules).</summary>
    internal async Task<Dictionary<long, CommentTally>> CommentTalliesAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        if (!_commentTallies.TryGetValue(ScopeOf(filter), out var tallies))
        {
            tallies = await new CommentRollupQuery(db).ByInfluencerAsync(filter, cancellationToken);
            _commentTallies[ScopeOf(filter)] = tallies;
        }
        return tallies;
    }

    /// <summary>The part of a filter that decides which posts and comments it covers (not the repeat window).</summary>
    private static ReportFilter ScopeOf(ReportFilter filter) => new(filter.Campaign, filter.FromUtc, filter.ToUtc);

    private IQueryable<Post> Posts(ReportFilter filter) => filter.Apply(db.Posts.AsNoTracking(), db.Campaigns);

    private async Task<TierPolicy> PolicyAsync(CancellationToken cancellationToken)
    {
        var workspace = await db.Workspaces.AsNoTracking().Where(w => w.Id == scope.WorkspaceId)
            .Select(w => new { w.MicroFrom, w.MacroFrom, w.CelebrityFrom }).FirstOrDefaultAsync(cancellationToken);
        return workspace is null ? TierPolicy.Default : new TierPolicy(workspace.MicroFrom, workspace.MacroFrom, workspace.CelebrityFrom);
    }
}
