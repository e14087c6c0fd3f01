using Clout.Core.Comments;
using Clout.Core.Engagement;
using Clout.Core.Reports;
using Clout.Core.Roster;
using Clout.Storage.Model;
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

    /// <summary>Posts, comments, follower histories and comment tallies once read in this scope, by filter (see <see cref="PostMetricsAsync"/>).</summary>
    private readonly Dictionary<ReportFilter, List<ReportPost>> _posts = [];
    private readonly Dictionary<ReportFilter, Dictionary<long, CommentTally>> _commentTallies = [];
    private readonly Dictionary<ReportFilter, (ILookup<long, CommentRef> Refs, ILookup<long, string> AuthorsByPost)> _comments = [];
    private Dictionary<long, FollowerHistory>? _histories;
    private Task<ILookup<long, string>>? _commentAuthors;

    public async Task<TierReport> BuildAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        // The reads are split over two connections, which SQLite and PostgreSQL serve on two cores: this one reads the
        // roster, posts and follower histories and works out engagement, authenticity and the posts' order timing; the
        // other reads comments, clicks and orders and works out conversions and loyalty. Both only read, so they cannot
        // see each other. What one needs of the other's is handed over (posts for CPM and CPE, comments for engagement,
        // tiers for loyalty, orders for the posts' timing) instead of being read twice: each read of 200,000 posts or
        // 100,000 comments or orders costs 0.1-0.5 s.
        await using var side = scopes.CreateAsyncScope();
        side.ServiceProvider.GetRequiredService<WorkspaceScope>().Set(scope.WorkspaceId, scope.WorkspaceName ?? "");
        var today = Today();
        // Over the whole history the comments under the report's posts are all comments: one read gives the threads and
        // the authors the authenticity rules look for comment pods in.
        using var handOver = new HandOver(filter.Scope == new ReportFilter(), cancellationToken);
        if (handOver.Authors is { } authors)
        {
            _commentAuthors = authors.Task;
        }
        // Started without the token: ReadSideAsync watches it, and must run to fail what it was to hand over.
        var sideRead = Task.Run(() => ReadSideAsync(side.ServiceProvider.GetRequiredService<CloutDbContext>(), filter, today, handOver));
        MainReads reads;
        (ConversionData Conversions, Core.Loyalty.RepeatPurchaseReport Loyalty) sideReads;
        try
        {
            try
            {
                reads = await ReadMainAsync(filter, today, handOver);
            }
            catch (Exception e)
            {
                handOver.Fail(e); // stops the other connection, which may be waiting for something this one was to hand over
                throw;
            }
            finally
            {
                await sideRead.ContinueWith(static _ => { }, TaskScheduler.Default); // never leave it running on a disposed scope
            }
            sideReads = await sideRead;
        }
        catch
        {
            _commentAuthors = null; // a later read in this scope reads them itself
            handOver.ThrowFirstError(); // the failure that stopped the report, not the other side's "cancelled" that followed
            throw;
        }
        var (summaries, margin, comments, surveys, authenticity, postTimings) = reads;
        var (conversions, loyalty) = sideReads;
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

    /// <summary>
    /// What one of the report's connections hands the other, as soon as it has it, and the one cancellation both read
    /// under: the caller's, or the first failure on either side, which stops the other instead of letting it finish
    /// reading 2 million clicks for nothing.
    /// </summary>
    private sealed class HandOver(bool wholeHistory, CancellationToken caller) : IDisposable
    {
        private readonly CancellationTokenSource _stop = CancellationTokenSource.CreateLinkedTokenSource(caller);
        private Exception? _firstError;

        public CancellationToken Token => _stop.Token;

        public TaskCompletionSource<List<ReportPost>> Posts { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource<ILookup<long, CommentRef>> Comments { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Only over the whole history, where the report's comments are all comments (see <see cref="CommentsAsync"/>).</summary>
        public TaskCompletionSource<ILookup<long, string>>? Authors { get; } = wholeHistory ? new(TaskCreationOptions.RunContinuationsAsynchronously) : null;

        public TaskCompletionSource<IReadOnlyDictionary<long, Core.Roster.Tier>> Tiers { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource<CustomerOrders> Orders { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Keeps the first failure, fails whatever was not handed over yet and stops the other connection.</summary>
        public void Fail(Exception error)
        {
            Interlocked.CompareExchange(ref _firstError, error, null);
            Posts.TrySetException(error);
            Comments.TrySetException(error);
            Authors?.TrySetException(error);
            Tiers.TrySetException(error);
            Orders.TrySetException(error);
            try
            {
                _stop.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // the report is over already
            }
        }

        /// <summary>Throws the first failure with its own stack, if there was one.</summary>
        public void ThrowFirstError()
        {
            if (_firstError is { } error)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
            }
        }

        public void Dispose() => _stop.Dispose();
    }

    /// <summary>Everything the report reads on this query's own connection, beside the comments, clicks and orders.</summary>
    private sealed record MainReads(
        List<InfluencerSummary> Summaries,
        double? Margin,
        Dictionary<long, CommentTally> Comments,
        Dictionary<long, (List<double> Trust, List<int> Nps)> Surveys,
        Dictionary<long, Authenticity.InfluencerAuthenticity> Authenticity,
        Dictionary<long, PostTimingRow> PostTimings);

    private async Task<MainReads> ReadMainAsync(ReportFilter filter, DateTime today, HandOver handOver)
    {
        var cancellationToken = handOver.Token;
        var posts = await PostMetricsAsync(filter, cancellationToken);
        handOver.Posts.TrySetResult(posts);
        var summaries = await SummariesAsync(filter, handOver.Comments.Task, cancellationToken);
        handOver.Tiers.TrySetResult(summaries.ToDictionary(s => s.Id, s => s.Tier));
        var margin = await db.Workspaces.AsNoTracking().Where(w => w.Id == scope.WorkspaceId).Select(w => w.GrossMargin).SingleOrDefaultAsync(cancellationToken);
        var comments = await CommentTalliesAsync(filter, cancellationToken);
        var surveys = await new SurveyMetricsQuery(db).LoadAsync(filter, cancellationToken);
        var authenticity = await new Authenticity.AuthenticityQuery(db, this).AllAsync(summaries, cancellationToken);
        // Without a period the filter's posts are exactly those that compete for orders; with one, the query reads its own.
        // The orders come from the other connection, which reads them all for loyalty.
        var timings = await new PostOrderTimingQuery(db).LoadAsync(filter, today, null, cancellationToken,
            filter.HasPeriod ? null : posts, CreditedAsync(handOver.Orders.Task, cancellationToken));
        return new MainReads(summaries, margin, comments, surveys, authenticity, timings);
    }

    private static async Task<(ConversionData Conversions, Core.Loyalty.RepeatPurchaseReport Loyalty)> ReadSideAsync(CloutDbContext sideDb,
        ReportFilter filter, DateTime today, HandOver handOver)
    {
        var cancellationToken = handOver.Token;
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            // The comments first: the roster's engagement waits for them on the other connection once it has read the posts.
            var (refs, authors) = await CommentsAsync(sideDb, filter, cancellationToken);
            handOver.Comments.TrySetResult(refs);
            handOver.Authors?.TrySetResult(authors);
            var conversions = await new ConversionQuery(sideDb).LoadAsync(filter, cancellationToken, handOver.Posts.Task.WaitAsync(cancellationToken));
            var customerOrders = await new RepeatPurchaseQuery(sideDb).ReadAsync(filter, cancellationToken);
            handOver.Orders.TrySetResult(customerOrders);
            var loyalty = customerOrders.Compute(await handOver.Tiers.Task.WaitAsync(cancellationToken), today);
            return (conversions, loyalty);
        }
        catch (Exception e)
        {
            handOver.Fail(e);
            throw;
        }
    }

    private static async Task<List<CreditedOrder>> CreditedAsync(Task<CustomerOrders> orders, CancellationToken cancellationToken) =>
        (await orders.WaitAsync(cancellationToken)).Credited();

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
    public Task<List<InfluencerSummary>> InfluencersAsync(ReportFilter filter, CancellationToken cancellationToken) =>
        SummariesAsync(filter, null, cancellationToken);

    /// <param name="filter">The posts to summarise.</param>
    /// <param name="commentRefs">The filter's comments when read on another connection (the tier report), else read here.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    private async Task<List<InfluencerSummary>> SummariesAsync(ReportFilter filter, Task<ILookup<long, CommentRef>>? commentRefs, CancellationToken cancellationToken)
    {
        var policy = await PolicyAsync(cancellationToken);
        // Ordered: the bootstrap resamples by position, and a database may return rows in any order it likes.
        var influencers = await db.Influencers.AsNoTracking().OrderBy(i => i.Id)
            .Select(i => new { i.Id, i.Handle, i.Platform, i.DisplayName, i.Niche, i.Country, i.Followers })
            .ToListAsync(cancellationToken);
        var histories = await HistoriesAsync(cancellationToken);
        var posts = (await PostMetricsAsync(filter, cancellationToken)).ToLookup(p => p.InfluencerId, p => p.Metrics);
        var comments = commentRefs is not null ? await commentRefs.WaitAsync(cancellationToken) : (await CommentsOfAsync(filter, cancellationToken)).Refs;

        // Each influencer's engagement on its own: measured on all cores, kept in roster order.
        var summaries = new InfluencerSummary?[influencers.Count];
        Parallel.For(0, influencers.Count, index =>
        {
            var influencer = influencers[index];
            var history = histories.TryGetValue(influencer.Id, out var h) ? h : FollowerHistories.Empty;
            var followers = history.Latest(influencer.Followers);
            if (followers <= 0)
            {
                return; // an unknown audience has no tier and no engagement rate
            }
            var engagement = InfluencerEngagement.Measure([.. posts[influencer.Id]], history, influencer.Followers, comments[influencer.Id]);
            summaries[index] = new InfluencerSummary(influencer.Id, influencer.Handle, influencer.Platform, influencer.DisplayName, influencer.Niche,
                influencer.Country, followers, policy.Classify(followers), engagement);
        });
        return [.. summaries.OfType<InfluencerSummary>()];
    }

    /// <summary>
    /// The authors of each post's comments (creator replies left out), whole history: the authenticity rules' comment
    /// pods. The tier report hands over the ones its other connection read; otherwise they come with the comments read
    /// once per scope (the roster's engagement read them already when it covers the whole history).
    /// </summary>
    internal async Task<ILookup<long, string>> CommentAuthorsAsync(CancellationToken cancellationToken) =>
        _commentAuthors is { } handedOver ? await handedOver.WaitAsync(cancellationToken)
            : (await CommentsOfAsync(new ReportFilter(), cancellationToken)).AuthorsByPost;

    /// <summary><see cref="CommentsAsync"/> on this query's connection, once per filter and scope.</summary>
    private async Task<(ILookup<long, CommentRef> Refs, ILookup<long, string> AuthorsByPost)> CommentsOfAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        if (!_comments.TryGetValue(filter.Scope, out var comments))
        {
            comments = await CommentsAsync(db, filter, cancellationToken);
            _comments[filter.Scope] = comments;
        }
        return comments;
    }

    /// <summary>
    /// The comments under the filter's posts: by influencer, for threads and creator replies, and their authors by post
    /// (creator replies left out), which over the whole history are what the authenticity rules read.
    /// </summary>
    private static async Task<(ILookup<long, CommentRef> Refs, ILookup<long, string> AuthorsByPost)> CommentsAsync(CloutDbContext context,
        ReportFilter filter, CancellationToken cancellationToken)
    {
        var postIds = filter.Apply(context.Posts.AsNoTracking(), context.Campaigns).Select(p => p.Id);
        var rows = await context.Comments.AsNoTracking().Where(c => postIds.Contains(c.PostId))
            .Join(context.Posts, c => c.PostId, p => p.Id, (c, p) => new { c.PostId, p.InfluencerId, c.ExternalId, c.ParentExternalId, c.IsCreatorReply, c.Author })
            .ToListAsync(cancellationToken);
        return (rows.ToLookup(c => c.InfluencerId, c => new CommentRef(c.ExternalId, c.ParentExternalId, c.IsCreatorReply)),
            rows.Where(c => !c.IsCreatorReply && c.Author is not null).ToLookup(c => c.PostId, c => c.Author!));
    }

    /// <summary>One influencer's posts with their engagement rates, oldest first; null for an unknown id.</summary>
    public async Task<(InfluencerSummary Influencer, List<PostEngagement> Posts)?> InfluencerAsync(long id, ReportFilter filter, CancellationToken cancellationToken)
    {
        var summary = (await InfluencersAsync(filter, cancellationToken)).FirstOrDefault(s => s.Id == id);
        if (summary is null)
        {
            return null;
        }
        var history = (await HistoriesAsync(cancellationToken)).TryGetValue(id, out var h) ? h : FollowerHistories.Empty; // read by InfluencersAsync
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
        if (_posts.TryGetValue(filter.Scope, out var cached))
        {
            return cached;
        }
        var posts = await Posts(filter)
            .Select(p => new ReportPost(p.Id, p.InfluencerId, p.CampaignId,
                new PostMetrics(p.PublishedAtUtc, p.Likes, p.Comments, p.Shares, p.Saves, p.Views, p.Reach, p.Impressions)))
            .ToListAsync(cancellationToken);
        _posts[filter.Scope] = posts;
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
        if (!_commentTallies.TryGetValue(filter.Scope, out var tallies))
        {
            tallies = await new CommentRollupQuery(db).ByInfluencerAsync(filter, cancellationToken);
            _commentTallies[filter.Scope] = tallies;
        }
        return tallies;
    }

    private IQueryable<Post> Posts(ReportFilter filter) => filter.Apply(db.Posts.AsNoTracking(), db.Campaigns);

    private async Task<TierPolicy> PolicyAsync(CancellationToken cancellationToken)
    {
        var workspace = await db.Workspaces.AsNoTracking().Where(w => w.Id == scope.WorkspaceId)
            .Select(w => new { w.MicroFrom, w.MacroFrom, w.CelebrityFrom }).FirstOrDefaultAsync(cancellationToken);
        return workspace is null ? TierPolicy.Default : new TierPolicy(workspace.MicroFrom, workspace.MacroFrom, workspace.CelebrityFrom);
    }
}
