using Clout.Core.Connectors;
using Clout.Core.Engagement;
using Clout.Core.Roster;
using Clout.Storage.Connections;
using Clout.Storage.Ingestion;

namespace Clout.Connectors;

/// <summary>
/// One run of one connection: the account (the influencer and today's follower snapshot), then its posts page by
/// page, then the comments of its recent posts, every page written through the importer as it arrives (the same
/// checks, scoring and idempotence as a file's rows) and the resume point saved after it, so that a failure keeps
/// what was fetched and the next run continues where this one stopped.
/// </summary>
internal sealed class SyncRun(ConnectionStore store, Importer importer, IPlatformClient client, ConnectionCredentials credentials,
    TimeProvider clock, ConnectorSyncOptions options, StoredConnection connection)
{
    /// <summary>Influencer handles are at most this long (the roster's column).</summary>
    private const int MaxHandleLength = 100;

    /// <summary>Display names are at most this long (the roster's column).</summary>
    private const int MaxDisplayNameLength = 200;

    /// <summary>A comment's text is at most this long (the comments' column); platforms stay well below.</summary>
    private const int MaxCommentLength = 4_000;

    /// <summary>The connection as this run has left it so far: progress, quota, the account's ids.</summary>
    public StoredConnection Connection { get; private set; } = connection;

    private DateTime NowUtc => clock.GetUtcNow().UtcDateTime;

    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        Spend(client.Quota.AccountCost);
        var account = await client.GetAccountAsync(credentials, Connection.ExternalAccountId ?? Connection.Account, cancellationToken);
        var handle = Clip(account.Handle.TrimStart('@'), MaxHandleLength);
        await SaveAccountAsync(account, handle, cancellationToken);
        if (Connection.ResumePhase != SyncPhase.Comments)
        {
            await SyncPostsAsync(account, handle, cancellationToken);
        }
        await SyncCommentsAsync(cancellationToken);
        Connection = Connection with { ResumePhase = null, ResumePostId = null, ResumePageToken = null };
    }

    private async Task SaveAccountAsync(FetchedAccount account, string handle, CancellationToken cancellationToken)
    {
        long? followers = account.FollowersHidden ? null : account.Followers;
        Import(await importer.ImportInfluencersAsync(
            [new InfluencerRow(handle, client.Platform, ClipOrNull(account.DisplayName, MaxDisplayNameLength), null, followers, account.Following, null)],
            cancellationToken));
        if (followers is { } count)
        {
            // One snapshot per day: a second run the same day replaces the day's count with the newer one.
            var today = DateTime.SpecifyKind(NowUtc.Date, DateTimeKind.Utc);
            Import(await importer.ImportFollowersAsync([new FollowerRow(handle, client.Platform, today, count, account.Following)], cancellationToken));
        }
        var influencerId = await store.InfluencerIdAsync(client.Platform, handle, cancellationToken);
        await SaveAsync(Connection with { ExternalAccountId = account.ExternalId, InfluencerId = influencerId }, cancellationToken);
    }

    private async Task SyncPostsAsync(FetchedAccount account, string handle, CancellationToken cancellationToken)
    {
        var token = Connection.ResumePhase == SyncPhase.Posts ? Connection.ResumePageToken : null;
        var countsSinceUtc = NowUtc.AddDays(-options.CountsWindowDays);
        bool done;
        do
        {
            Spend(client.Quota.PostsPageCost);
            var page = await client.GetPostsAsync(credentials, account, token, cancellationToken);
            var posts = page.Items.DistinctBy(p => p.ExternalId, StringComparer.Ordinal).ToList();
            var known = await store.KnownPostsAsync([.. posts.Select(p => p.ExternalId)], cancellationToken);
            if (posts.Count > 0)
            {
                Import(await importer.ImportPostsAsync([.. posts.Select(p => ToRow(p, handle, known.GetValueOrDefault(p.ExternalId)))], null, cancellationToken));
            }
            // Newest first: a page of posts already stored and past the counts window means the rest is older still.
            done = page.NextPageToken is null || posts.All(p => known.ContainsKey(p.ExternalId) && p.PublishedAtUtc < countsSinceUtc);
            token = page.NextPageToken;
            await SaveAsync(Connection with
            {
                ResumePhase = done ? SyncPhase.Comments : SyncPhase.Posts,
                ResumePostId = null,
                ResumePageToken = done ? null : token,
            }, cancellationToken);
        }
        while (!done);
    }

    private async Task SyncCommentsAsync(CancellationToken cancellationToken)
    {
        if (Connection.InfluencerId is not { } influencerId)
        {
            return;
        }
        var posts = await store.RecentPostIdsAsync(influencerId, NowUtc.AddDays(-options.CommentsWindowDays), cancellationToken);
        var start = 0;
        string? token = null;
        if (Connection.ResumePhase == SyncPhase.Comments && Connection.ResumePostId is { } resumePost
            && posts.ToList().IndexOf(resumePost) is var index and >= 0)
        {
            start = index;
            token = Connection.ResumePageToken;
        }
        for (var i = start; i < posts.Count; i++)
        {
            var postId = posts[i];
            do
            {
                Spend(client.Quota.CommentsPageCost);
                FetchedPage<FetchedComment> page;
                try
                {
                    page = await client.GetCommentsAsync(credentials, postId, token, cancellationToken);
                }
                catch (ConnectorException e) when (e.Failure == ConnectorFailure.NotFound)
                {
                    // The post was deleted or made private since it was listed: it simply has no comments to read.
                    break;
                }
                var rows = page.Items.DistinctBy(c => c.ExternalId, StringComparer.Ordinal)
                    .Select(c => new CommentRow(c.ExternalId, postId, c.AuthorHandle, Clip(c.Text, MaxCommentLength), c.CreatedAtUtc, c.Likes,
                        c.IsCreatorReply, c.ParentExternalId))
                    .ToList();
                if (rows.Count > 0)
                {
                    Import(await importer.ImportCommentsAsync(rows, null, cancellationToken));
                }
                token = page.NextPageToken;
                var next = token is not null ? postId : i + 1 < posts.Count ? posts[i + 1] : null;
                await SaveAsync(Connection with { ResumePhase = SyncPhase.Comments, ResumePostId = next, ResumePageToken = token }, cancellationToken);
            }
            while (token is not null);
            token = null;
        }
    }

    /// <summary>
    /// Counts a call against the platform's daily budget before making it; a call that would exceed it is not made,
    /// and the run stops as if the platform had said so, to resume after its midnight.
    /// </summary>
    private void Spend(int units)
    {
        var quota = client.Quota;
        var day = SyncBackoff.QuotaDay(NowUtc, quota.ResetZone).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var used = Connection.QuotaDate == day ? Connection.QuotaUsed : 0;
        if (used + units > quota.UnitsPerDay)
        {
            throw new ConnectorException(ConnectorFailure.QuotaExceeded,
                $"Clout has used {used:N0} of the {quota.UnitsPerDay:N0} units this connection may spend per day.");
        }
        Connection = Connection with { QuotaDate = day, QuotaUsed = used + units };
    }

    private async Task SaveAsync(StoredConnection connection, CancellationToken cancellationToken)
    {
        Connection = connection;
        await store.UpdateAsync(connection, cancellationToken);
    }

    /// <summary>What a person set on a known post (kind, sponsored, campaign) stays; a count the platform does not give keeps its stored value.</summary>
    private PostRow ToRow(FetchedPost post, string handle, KnownPost? known) => new(
        post.ExternalId, handle, client.Platform, post.PublishedAtUtc, known?.Kind ?? ClipOrNull(post.Kind, 32), known?.Sponsored ?? false, known?.Campaign,
        post.Likes ?? known?.Likes ?? 0, post.Comments ?? known?.Comments ?? 0, post.Shares ?? known?.Shares ?? 0, post.Saves ?? known?.Saves ?? 0,
        post.Views ?? known?.Views, post.Reach ?? known?.Reach, post.Impressions ?? known?.Impressions);

    /// <summary>A page the importer refused (a platform's data Clout cannot store): nothing of it is written, and the run fails naming why.</summary>
    private static void Import(ImportResult result)
    {
        if (!result.Succeeded)
        {
            throw new SyncDataException($"The platform sent {result.Kind.ToString().ToLowerInvariant()} Clout could not store: {result.Errors[0].Message}");
        }
    }

    private static string Clip(string text, int length) => text.Length > length ? text[..length] : text;

    private static string? ClipOrNull(string? text, int length) => string.IsNullOrWhiteSpace(text) ? null : Clip(text.Trim(), length);
}
