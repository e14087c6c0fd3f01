using Clout.Core.Comments;
using Clout.Core.Engagement;
using Clout.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Reads;

/// <summary>
/// What the report queries of one scope (one request, one CLI command) read once and share, by filter: the posts, their
/// comments, the comment tallies, and every influencer's follower history. The roster, the tier report and the
/// authenticity rules all need them, and each read of 200,000 posts or 100,000 comments costs 0.1-0.5 s
/// (bench/README.md, "Tier report"). Filters that cover the same posts share one entry (<see cref="ReportFilter.Scope"/>).
/// Used by one query at a time, as a scope is; the tier report's second connection has its own scope and its own cache.
/// </summary>
public sealed class ReadCache(CloutDbContext db, CommentRollupQuery rollup)
{
    private readonly Dictionary<ReportFilter, List<ReportPost>> _posts = [];
    private readonly Dictionary<ReportFilter, Task<ReportComments>> _comments = [];
    private readonly Dictionary<ReportFilter, Dictionary<long, CommentTally>> _commentTallies = [];
    private Dictionary<long, FollowerHistory>? _histories;

    /// <summary>The posts a filter covers with their counts.</summary>
    internal async Task<List<ReportPost>> PostsAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        if (_posts.TryGetValue(filter.Scope, out var cached))
        {
            return cached;
        }
        var posts = await filter.Apply(db.Posts.AsNoTracking(), db.Campaigns)
            .Select(p => new ReportPost(p.Id, p.InfluencerId, p.CampaignId,
                new PostMetrics(p.PublishedAtUtc, p.Likes, p.Comments, p.Shares, p.Saves, p.Views, p.Reach, p.Impressions)))
            .ToListAsync(cancellationToken);
        _posts[filter.Scope] = posts;
        return posts;
    }

    /// <summary>The comments under a filter's posts: handed over (<see cref="Expect"/>) or read on this scope's connection.</summary>
    internal async Task<ReportComments> CommentsAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        // A hand-over that failed is read again: the report it belonged to has ended with its own error.
        if (_comments.TryGetValue(filter.Scope, out var comments) && !comments.IsFaulted && !comments.IsCanceled)
        {
            return await comments.WaitAsync(cancellationToken);
        }
        var read = await ReadCommentsAsync(filter, cancellationToken);
        _comments[filter.Scope] = Task.FromResult(read);
        return read;
    }

    /// <summary>
    /// Comments another connection is reading for this filter (the tier report's): the reads of this scope wait for
    /// them instead of reading them again.
    /// </summary>
    internal void Expect(ReportFilter filter, Task<ReportComments> comments) => _comments[filter.Scope] = comments;

    /// <summary>
    /// The authors of each post's comments (creator replies left out), whole history: the authenticity rules' comment
    /// pods. They come with the whole history's comments, which the roster's engagement may have read already.
    /// </summary>
    internal async Task<ILookup<long, string>> CommentAuthorsAsync(CancellationToken cancellationToken) =>
        (await CommentsAsync(new ReportFilter(), cancellationToken)).AuthorsByPost;

    /// <summary>Comment tallies per influencer (the report and the authenticity rules).</summary>
    internal async Task<Dictionary<long, CommentTally>> CommentTalliesAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        if (!_commentTallies.TryGetValue(filter.Scope, out var tallies))
        {
            tallies = await rollup.ByInfluencerAsync(filter, cancellationToken);
            _commentTallies[filter.Scope] = tallies;
        }
        return tallies;
    }

    /// <summary>Every influencer's follower history.</summary>
    internal async Task<Dictionary<long, FollowerHistory>> HistoriesAsync(CancellationToken cancellationToken) =>
        _histories ??= await FollowerHistories.LoadAsync(db, null, cancellationToken);

    private async Task<ReportComments> ReadCommentsAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        var postIds = filter.Apply(db.Posts.AsNoTracking(), db.Campaigns).Select(p => p.Id);
        var rows = await db.Comments.AsNoTracking().Where(c => postIds.Contains(c.PostId))
            .Join(db.Posts, c => c.PostId, p => p.Id, (c, p) => new { c.PostId, p.InfluencerId, c.ExternalId, c.ParentExternalId, c.IsCreatorReply, c.Author })
            .ToListAsync(cancellationToken);
        return new ReportComments(rows.ToLookup(c => c.InfluencerId, c => new CommentRef(c.ExternalId, c.ParentExternalId, c.IsCreatorReply)),
            rows.Where(c => !c.IsCreatorReply && c.Author is not null).ToLookup(c => c.PostId, c => c.Author!));
    }
}
