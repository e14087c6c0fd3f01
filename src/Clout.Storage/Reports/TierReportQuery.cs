using Clout.Core.Comments;
using Clout.Core.Loyalty;
using Clout.Core.Reports;
using Clout.Storage.Authenticity;
using Clout.Storage.Model;
using Clout.Storage.Reads;
using Clout.Storage.Roster;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Storage.Reports;

/// <summary>
/// Reads what the tier report needs in a handful of set-based queries and hands it to Clout.Core, which makes each
/// influencer's row (<see cref="InfluencerUnits"/>) and does the statistics. Medians have no portable SQL form, so
/// they are computed in memory on projected columns.
/// </summary>
public sealed class TierReportQuery(
    CloutDbContext db,
    WorkspaceScope scope,
    TimeProvider clock,
    IServiceScopeFactory scopes,
    ReadCache reads,
    RosterQuery roster,
    SurveyMetricsQuery surveys,
    AuthenticityQuery authenticity,
    PostOrderTimingQuery postTimings,
    UgcQuery ugc)
{
    /// <summary>A fixed seed makes the report reproducible: the same data give the same intervals every time.</summary>
    public const int BootstrapSeed = 20_260_101;

    public async Task<TierReport> BuildAsync(ReportFilter filter, CancellationToken cancellationToken) =>
        Build(await InfluencersAsync(filter, cancellationToken), filter);

    /// <summary>The tier report from the influencers' rows the filter read (<see cref="InfluencersAsync"/>): statistics only, no I/O.</summary>
    public static TierReport Build(ReportUnits read, ReportFilter filter)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(filter);
        var builder = new TierReportBuilder(BootstrapSeed);
        return builder.Build(read.Workspace, filter.FromUtc, filter.ToUtc, read.Units) with
        {
            Currency = read.Currency,
            Campaign = filter.Campaign,
            Programme = read.Programme,
            Loyalty = read.Loyalty.Tiers.Count > 0 || read.Loyalty.TooRecent > 0 ? read.Loyalty : null,
            Influencers = read.Units,
            Ugc = read.Ugc,
        };
    }

    /// <summary>
    /// Every influencer's row of the report (<see cref="InfluencerUnits"/>), without the tiers' statistics: the one read the
    /// tier report and the leaderboard share.
    /// </summary>
    public async Task<ReportUnits> InfluencersAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        // The reads are split over two connections, which SQLite and PostgreSQL serve on two cores: this one reads the
        // roster, posts and follower histories and works out engagement, authenticity and the posts' order timing; the
        // other reads comments, clicks and orders and works out conversions and loyalty. Both only read, so they cannot
        // see each other. What one needs of the other's is handed over (posts for CPM and CPE, comments for engagement,
        // tiers for loyalty, orders for the posts' timing) instead of being read twice: each read of 200,000 posts or
        // 100,000 comments or orders costs 0.1-0.5 s.
        var today = ReportClock.Today(clock);
        var (main, (conversions, loyalty)) = await ReportHandOver.RunAsync(scopes, scope,
            handOver => ReadMainAsync(filter, today, handOver),
            (side, handOver) => ReadSideAsync(side, filter, today, handOver),
            cancellationToken);

        var repeatRates = loyalty.Influencers.Where(i => i.Repeat.Rate is not null).ToDictionary(i => i.InfluencerId, i => i.Repeat.Rate!);
        var timings = main.PostTimings.Values.ToLookup(t => t.InfluencerId, t => t.Timing);
        var units = new List<InfluencerUnit>(main.Summaries.Count);
        foreach (var s in main.Summaries)
        {
            var quality = main.Authenticity.GetValueOrDefault(s.Id);
            var answers = main.Surveys.GetValueOrDefault(s.Id) ?? new SurveyScores();
            var readings = new InfluencerReadings(s.Id, s.Handle, s.Tier, s.Followers, s.Engagement)
            {
                Platform = s.Platform,
                DisplayName = s.DisplayName,
                Conversion = conversions.ByInfluencer.GetValueOrDefault(s.Id),
                Comments = main.Comments.GetValueOrDefault(s.Id),
                TrustScores = answers.Trust,
                NpsAnswers = answers.Nps,
                ParasocialScores = answers.Parasocial,
                AuthenticityScores = answers.Authenticity,
                RepeatRate = repeatRates.GetValueOrDefault(s.Id),
                PostTimings = [.. timings[s.Id]],
                QualityScore = quality?.Quality.Score,
                FakeShare = quality?.LatestAudit?.FakeShare,
            };
            if (InfluencerUnits.Of(readings, main.Margin) is { } unit)
            {
                units.Add(unit);
            }
        }
        return new ReportUnits(scope.WorkspaceName ?? "", units, conversions.Currency, main.Margin, loyalty)
        {
            Programme = conversions.ByInfluencer.Count > 0 ? ProgrammeTotals.Of(conversions.ByInfluencer.Values, main.Margin) : null,
            Ugc = main.Ugc,
        };
    }

    /// <summary>Everything the report reads on this query's own connection, beside the comments, clicks and orders.</summary>
    private sealed record MainReads(
        List<InfluencerSummary> Summaries,
        double? Margin,
        Dictionary<long, CommentTally> Comments,
        Dictionary<long, SurveyScores> Surveys,
        Dictionary<long, InfluencerAuthenticity> Authenticity,
        Dictionary<long, PostTimingRow> PostTimings,
        UgcReport? Ugc);

    private async Task<MainReads> ReadMainAsync(ReportFilter filter, DateTime today, ReportHandOver handOver)
    {
        var cancellationToken = handOver.Token;
        // The roster's engagement, and over the whole history the authenticity rules, wait for the other connection's comments.
        reads.Expect(filter, handOver.Comments.Task);
        var posts = await reads.PostsAsync(filter, cancellationToken);
        handOver.Posts.TrySetResult(posts);
        var summaries = await roster.InfluencersAsync(filter, cancellationToken);
        var tiers = summaries.ToDictionary(s => s.Id, s => s.Tier);
        handOver.Tiers.TrySetResult(tiers);
        var margin = await db.Workspaces.AsNoTracking().Where(w => w.Id == scope.WorkspaceId).Select(w => w.GrossMargin).SingleOrDefaultAsync(cancellationToken);
        var comments = await reads.CommentTalliesAsync(filter, cancellationToken);
        var answers = await surveys.LoadAsync(filter, cancellationToken);
        var quality = await authenticity.AllAsync(summaries, cancellationToken);
        // Without a period the filter's posts are exactly those that compete for orders; with one, the query reads its own.
        // The orders come from the other connection, which reads them all for loyalty.
        var timings = await postTimings.LoadAsync(filter, today, null, cancellationToken,
            filter.HasPeriod ? null : posts, CreditedAsync(handOver.Orders.Task, cancellationToken));
        var sparked = await ugc.TallyAsync(filter, tiers, cancellationToken);
        return new MainReads(summaries, margin, comments, answers, quality, timings, sparked);
    }

    private static async Task<(ConversionData Conversions, RepeatPurchaseReport Loyalty)> ReadSideAsync(IServiceProvider side,
        ReportFilter filter, DateTime today, ReportHandOver handOver)
    {
        var cancellationToken = handOver.Token;
        // The comments first: the roster's engagement waits for them on the other connection once it has read the posts.
        handOver.Comments.TrySetResult(await side.GetRequiredService<ReadCache>().CommentsAsync(filter, cancellationToken));
        var conversions = await side.GetRequiredService<ConversionQuery>().LoadAsync(filter, cancellationToken, handOver.Posts.Task.WaitAsync(cancellationToken));
        var customerOrders = await side.GetRequiredService<RepeatPurchaseQuery>().ReadAsync(filter, cancellationToken);
        handOver.Orders.TrySetResult(customerOrders);
        var loyalty = customerOrders.Compute(await handOver.Tiers.Task.WaitAsync(cancellationToken), today);
        return (conversions, loyalty);
    }

    private static async Task<List<CreditedOrder>> CreditedAsync(Task<CustomerOrders> orders, CancellationToken cancellationToken) =>
        (await orders.WaitAsync(cancellationToken)).Credited();
}
