using System.Text;
using Clout.Core.Campaigns;
using Clout.Core.Comments;
using Clout.Core.Engagement;
using Clout.Core.Roster;
using Clout.Core.Tracking;
using Clout.Storage.Model;
using Clout.Storage.Orders;
using Clout.Storage.Sql;
using Clout.Storage.Tracking;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Clout.Storage.Ingestion;

/// <summary>
/// Imports a file all-or-nothing: every row is parsed and checked (fields, duplicates, references) before
/// anything is written, and the writes run in one transaction. A file with one bad row changes nothing.
/// </summary>
public sealed class Importer(CloutDbContext db, WorkspaceScope scope, OrderIntake orders, TimeProvider clock)
{
    /// <summary>Past this many, further errors are counted but not listed: the first ones show the pattern.</summary>
    public const int MaxErrorsListed = 100;

    private const int ProgressEvery = 5_000;

    public async Task<ImportResult> ImportAsync(ImportKind kind, Stream stream, ImportFormat format,
        IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        RequireScope();
        var schema = ImportSchema.For(kind);
        using var records = await OpenAsync(stream, format, schema, cancellationToken);
        var errors = new List<ImportError>(records.StructureErrors);
        if (errors.Count > 0)
        {
            return Failed(kind, 0, errors);
        }
        var total = stream.CanSeek ? stream.Length : 0;
        var result = kind switch
        {
            ImportKind.Influencers => await WriteInfluencersAsync(Read(records, RowParsers.Influencer, errors, stream, total, progress), errors, progress, cancellationToken),
            ImportKind.Posts => await WritePostsAsync(Read(records, RowParsers.Post, errors, stream, total, progress), errors, progress, cancellationToken),
            ImportKind.Comments => await WriteCommentsAsync(Read(records, RowParsers.Comment, errors, stream, total, progress), errors, progress, cancellationToken),
            ImportKind.Followers => await WriteFollowersAsync(Read(records, RowParsers.Follower, errors, stream, total, progress), errors, progress, cancellationToken),
            ImportKind.Collaborations => await WriteCollaborationsAsync(Read(records, RowParsers.Collaboration, errors, stream, total, progress), errors, progress, cancellationToken),
            ImportKind.Orders => await WriteOrdersAsync(Read(records, f => RowParsers.Order(f, clock.GetUtcNow().UtcDateTime), errors, stream, total, progress), errors, cancellationToken),
            ImportKind.Clicks => await WriteClicksAsync(Read(records, RowParsers.Click, errors, stream, total, progress), errors, progress, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
        if (result.Inserted + result.Updated >= StatisticsAfter)
        {
            await RefreshStatisticsAsync(kind);
        }
        return result;
    }

    /// <summary>An import of this many rows or more refreshes the planner's statistics of the tables it wrote.</summary>
    public const int StatisticsAfter = 1_000;

    /// <summary>
    /// ANALYZE of the tables an import wrote. Without statistics SQLite's planner takes any index on the workspace for
    /// the reports' "every row of the workspace" reads and visits the table row by row: the tier report read its
    /// 200,000 posts in 0.8 s instead of 0.5 (bench/README.md, "Tier report"). PostgreSQL's autovacuum would get there
    /// too, later; a bulk load is the moment to do it. Both take well under a second on a workspace of millions of rows.
    /// The import is committed by then, so this is best effort: not cancelled with the import, and a database busy with
    /// another writer (SQLite) leaves the statistics as they were rather than reporting a stored import as failed.
    /// </summary>
    private async Task RefreshStatisticsAsync(ImportKind kind)
    {
        Type[] written = kind switch
        {
            ImportKind.Influencers => [typeof(Influencer)],
            ImportKind.Posts => [typeof(Post)],
            ImportKind.Comments => [typeof(Comment)],
            ImportKind.Followers => [typeof(FollowerSnapshot)],
            ImportKind.Collaborations => [typeof(Campaign), typeof(Collaboration)],
            ImportKind.Orders => [typeof(Order), typeof(Customer)],
            ImportKind.Clicks => [typeof(Click), typeof(VisitorDay)], // the visitor-days come with the clicks (a trigger)
            _ => [],
        };
        try
        {
            foreach (var entity in written)
            {
                var table = db.Model.FindEntityType(entity)!.GetTableName();
#pragma warning disable EF1002 // the model's own table names, not input
                await db.Database.ExecuteSqlRawAsync($"ANALYZE {table}", CancellationToken.None);
#pragma warning restore EF1002
            }
        }
        catch (System.Data.Common.DbException)
        {
            // The planner keeps its old statistics; the next bulk import tries again.
        }
    }

    // Typed entry points, used by the demo and by API callers that already hold rows. Line = position + 1.
    public Task<ImportResult> ImportInfluencersAsync(IReadOnlyList<InfluencerRow> rows, CancellationToken cancellationToken) =>
        WriteInfluencersAsync(Number(rows), [], null, cancellationToken);

    public Task<ImportResult> ImportPostsAsync(IReadOnlyList<PostRow> rows, IProgress<ImportProgress>? progress, CancellationToken cancellationToken) =>
        WritePostsAsync(Number(rows), [], progress, cancellationToken);

    public Task<ImportResult> ImportCommentsAsync(IReadOnlyList<CommentRow> rows, IProgress<ImportProgress>? progress, CancellationToken cancellationToken) =>
        WriteCommentsAsync(Number(rows), [], progress, cancellationToken);

    public Task<ImportResult> ImportFollowersAsync(IReadOnlyList<FollowerRow> rows, CancellationToken cancellationToken) =>
        WriteFollowersAsync(Number(rows), [], null, cancellationToken);

    /// <summary>Orders already checked (the demo's), through the same intake and attribution as a file's.</summary>
    public Task<ImportResult> ImportOrdersAsync(IReadOnlyList<Orders.OrderInput> rows, CancellationToken cancellationToken) =>
        WriteOrdersAsync(Number(rows), [], cancellationToken);

    public Task<ImportResult> ImportCollaborationsAsync(IReadOnlyList<CollaborationRow> rows, CancellationToken cancellationToken) =>
        WriteCollaborationsAsync(Number(rows), [], null, cancellationToken);

    private async Task<ImportResult> WriteInfluencersAsync(List<Numbered<InfluencerRow>> rows, List<ImportError> errors,
        IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        RejectDuplicates(rows, r => (r.Platform, r.Handle.ToLowerInvariant()), r => $"@{r.Handle} on {r.Platform.ToName()}", "handle", errors);
        if (errors.Count > 0)
        {
            return Failed(ImportKind.Influencers, rows.Count, errors);
        }
        var existing = await InfluencerIdsAsync(cancellationToken);
        const string Sql = """
            INSERT INTO influencers (workspace_id, handle, platform, display_name, niche, followers, following, country)
            VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7)
            ON CONFLICT (workspace_id, platform, handle) DO UPDATE SET
              display_name = COALESCE(excluded.display_name, influencers.display_name),
              niche = COALESCE(excluded.niche, influencers.niche),
              followers = CASE WHEN excluded.followers > 0 THEN excluded.followers ELSE influencers.followers END,
              following = COALESCE(excluded.following, influencers.following),
              country = COALESCE(excluded.country, influencers.country)
            """;
        var updated = rows.Count(r => existing.ContainsKey((r.Row.Platform, r.Row.Handle.ToLowerInvariant())));
        await WriteAsync(Sql, 8, rows, r =>
        [
            // Handles are case-insensitive on every platform: stored lower-case so "@Lena" does not fork "@lena".
            scope.WorkspaceId, r.Handle.ToLowerInvariant(), r.Platform.ToName(), r.DisplayName, r.Niche,
            r.Followers ?? 0, r.Following, r.Country,
        ], progress, cancellationToken);
        return Succeeded(ImportKind.Influencers, rows.Count, updated);
    }

    private async Task<ImportResult> WritePostsAsync(List<Numbered<PostRow>> rows, List<ImportError> errors,
        IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        RejectDuplicates(rows, r => r.PostId, r => $"post_id '{r.PostId}'", "post_id", errors);
        var influencers = await InfluencerIdsAsync(cancellationToken);
        var resolved = ResolveInfluencers(rows, r => (r.Platform, r.InfluencerHandle), influencers, errors);
        if (errors.Count > 0)
        {
            return Failed(ImportKind.Posts, rows.Count, errors);
        }
        const string Insert = """
            INSERT INTO posts (workspace_id, influencer_id, external_id, published_at_utc, kind, sponsored, campaign_id,
                               likes, comments, shares, saves, views, reach, impressions)
            VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13)
            """;
        const string Upsert = Insert + """
             ON CONFLICT (workspace_id, external_id) DO UPDATE SET
              influencer_id = excluded.influencer_id, published_at_utc = excluded.published_at_utc, kind = excluded.kind,
              sponsored = excluded.sponsored, campaign_id = excluded.campaign_id, likes = excluded.likes,
              comments = excluded.comments, shares = excluded.shares, saves = excluded.saves, views = excluded.views,
              reach = excluded.reach, impressions = excluded.impressions
            """;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Read inside the write transaction, so that no other import adds one of these ids in between.
        var existingSet = new HashSet<string>(await db.Posts.AsNoTracking().Select(p => p.ExternalId).ToListAsync(cancellationToken), StringComparer.Ordinal);
        var campaigns = await EnsureCampaignsAsync(rows.Select(r => r.Row.Campaign), cancellationToken);
        var index = 0;
        await WriteInTransactionAsync(transaction, new RowStatements<PostRow>(Insert, Upsert, r => existingSet.Contains(r.PostId)), 14, rows, r =>
        [
            scope.WorkspaceId, resolved[index++], r.PostId, r.PublishedAtUtc, r.Kind, r.Sponsored,
            r.Campaign is null ? null : campaigns[r.Campaign], r.Likes, r.Comments, r.Shares, r.Saves, r.Views, r.Reach, r.Impressions,
        ], progress, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Succeeded(ImportKind.Posts, rows.Count, rows.Count(r => existingSet.Contains(r.Row.PostId)));
    }

    private async Task<ImportResult> WriteCommentsAsync(List<Numbered<CommentRow>> rows, List<ImportError> errors,
        IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        RejectDuplicates(rows, r => r.CommentId, r => $"comment_id '{r.CommentId}'", "comment_id", errors);
        var posts = await db.Posts.AsNoTracking().Select(p => new { p.ExternalId, p.Id }).ToDictionaryAsync(p => p.ExternalId, p => p.Id, StringComparer.Ordinal, cancellationToken);
        foreach (var (line, row) in rows)
        {
            if (!posts.ContainsKey(row.PostId))
            {
                errors.Add(new ImportError(line, "post_id", $"no post '{row.PostId}' in this workspace; import the posts first"));
            }
        }
        if (errors.Count > 0)
        {
            return Failed(ImportKind.Comments, rows.Count, errors);
        }
        const string Insert = """
            INSERT INTO comments (workspace_id, post_id, external_id, author, text, created_at_utc, likes, is_creator_reply, parent_external_id,
                                  sentiment_compound, skeptical_score, intent_score, spam_score)
            VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12)
            """;
        const string Upsert = Insert + """
             ON CONFLICT (workspace_id, external_id) DO UPDATE SET
              post_id = excluded.post_id, author = excluded.author, text = excluded.text, created_at_utc = excluded.created_at_utc,
              likes = excluded.likes, is_creator_reply = excluded.is_creator_reply, parent_external_id = excluded.parent_external_id,
              sentiment_compound = excluded.sentiment_compound, skeptical_score = excluded.skeptical_score,
              intent_score = excluded.intent_score, spam_score = excluded.spam_score
            """;
        // Scored together, so the same text pasted under several posts of the file is seen as a duplicate.
        var scores = CommentScorer.ScoreBatch([.. rows.Select(r => new CommentInput(r.Row.Text, r.Row.PostId,
            new CommentContext(r.Row.Author, IsCreatorReply: r.Row.IsCreatorReply)))]);
        var index = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var existing = new HashSet<string>(await db.Comments.AsNoTracking().Select(c => c.ExternalId).ToListAsync(cancellationToken), StringComparer.Ordinal);
        await WriteInTransactionAsync(transaction, new RowStatements<CommentRow>(Insert, Upsert, r => existing.Contains(r.CommentId)), 13, rows, r =>
        {
            var score = scores[index++];
            return
            [
                scope.WorkspaceId, posts[r.PostId], r.CommentId, r.Author, r.Text, r.CreatedAtUtc, r.Likes, r.IsCreatorReply, r.ParentId,
                score.Sentiment.Compound, score.Skeptical.Score, score.Intent.Score, score.Spam.Score,
            ];
        }, progress, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Succeeded(ImportKind.Comments, rows.Count, rows.Count(r => existing.Contains(r.Row.CommentId)));
    }

    private async Task<ImportResult> WriteFollowersAsync(List<Numbered<FollowerRow>> rows, List<ImportError> errors,
        IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        RejectDuplicates(rows, r => (r.Platform, r.InfluencerHandle.ToLowerInvariant(), r.DateUtc), r => $"@{r.InfluencerHandle} on {r.DateUtc:yyyy-MM-dd}", "date", errors);
        var influencers = await InfluencerIdsAsync(cancellationToken);
        var resolved = ResolveInfluencers(rows, r => (r.Platform, r.InfluencerHandle), influencers, errors);
        if (errors.Count > 0)
        {
            return Failed(ImportKind.Followers, rows.Count, errors);
        }
        var existing = (await db.FollowerSnapshots.AsNoTracking().Select(s => new { s.InfluencerId, s.DateUtc }).ToListAsync(cancellationToken))
            .Select(s => (s.InfluencerId, s.DateUtc)).ToHashSet();
        const string Sql = """
            INSERT INTO follower_snapshots (workspace_id, influencer_id, date_utc, followers, following)
            VALUES (@p0, @p1, @p2, @p3, @p4)
            ON CONFLICT (workspace_id, influencer_id, date_utc) DO UPDATE SET
              followers = excluded.followers, following = excluded.following
            """;
        var index = 0;
        var updated = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            updated += existing.Contains((resolved[i], rows[i].Row.DateUtc)) ? 1 : 0;
        }
        await WriteAsync(Sql, 5, rows, r =>
            [scope.WorkspaceId, resolved[index++], r.DateUtc, r.Followers, r.Following], progress, cancellationToken);
        return Succeeded(ImportKind.Followers, rows.Count, updated);
    }

    private async Task<ImportResult> WriteCollaborationsAsync(List<Numbered<CollaborationRow>> rows, List<ImportError> errors,
        IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        RejectDuplicates(rows, r => (r.Campaign, r.Platform, r.InfluencerHandle.ToLowerInvariant()), r => $"@{r.InfluencerHandle} in '{r.Campaign}'", "influencer_handle", errors);
        RejectDuplicates(rows.Where(r => r.Row.PromoCode is not null).ToList(), r => r.PromoCode!.ToUpperInvariant(), r => $"promo code '{r.PromoCode}'", "promo_code", errors);
        RejectDuplicates(rows.Where(r => r.Row.LinkCode is not null).ToList(), r => r.LinkCode!, r => $"link code '{r.LinkCode}'", "link_code", errors);
        var influencers = await InfluencerIdsAsync(cancellationToken);
        var resolved = ResolveInfluencers(rows, r => (r.Platform, r.InfluencerHandle), influencers, errors);
        // Link codes are public and global: one taken by another workspace cannot be reused.
        var codes = rows.Where(r => r.Row.LinkCode is not null).Select(r => r.Row.LinkCode!).ToList();
        var foreign = await db.Collaborations.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.WorkspaceId != scope.WorkspaceId && c.LinkCode != null && codes.Contains(c.LinkCode))
            .Select(c => c.LinkCode!).ToListAsync(cancellationToken);
        foreach (var (line, row) in rows.Where(r => r.Row.LinkCode is not null && foreign.Contains(r.Row.LinkCode!)))
        {
            errors.Add(new ImportError(line, "link_code", $"'{row.LinkCode}' is already used; choose another link code"));
        }
        await RejectCodesHeldElsewhereAsync(rows, resolved, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return Failed(ImportKind.Collaborations, rows.Count, errors);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var campaigns = await EnsureCampaignsAsync(rows.Select(r => r.Row.Campaign), cancellationToken);
        var existing = (await db.Collaborations.AsNoTracking().Select(c => new { c.CampaignId, c.InfluencerId }).ToListAsync(cancellationToken))
            .Select(c => (c.CampaignId, c.InfluencerId)).ToHashSet();
        var updated = rows.Select((r, i) => existing.Contains((campaigns[r.Row.Campaign], resolved[i]))).Count(x => x);
        const string Sql = """
            INSERT INTO collaborations (workspace_id, campaign_id, influencer_id, fee_minor, product_cost_minor, commission_rate,
                                        promo_code, link_code, destination_url)
            VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8)
            ON CONFLICT (workspace_id, campaign_id, influencer_id) DO UPDATE SET
              fee_minor = excluded.fee_minor, product_cost_minor = excluded.product_cost_minor,
              commission_rate = excluded.commission_rate, promo_code = excluded.promo_code,
              link_code = excluded.link_code, destination_url = excluded.destination_url
            """;
        var index = 0;
        await WriteInTransactionAsync(transaction, Sql, 9, rows, r =>
        [
            scope.WorkspaceId, campaigns[r.Campaign], resolved[index++], r.FeeMinor, r.ProductCostMinor, r.CommissionRate,
            r.PromoCode, r.LinkCode, r.DestinationUrl,
        ], progress, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Succeeded(ImportKind.Collaborations, rows.Count, updated);
    }

    /// <summary>
    /// Orders go through <see cref="OrderIntake"/>, the service every order door shares, so an imported order is
    /// attributed exactly like one from the API or a webhook. A known order id is corrected and re-attributed.
    /// </summary>
    private async Task<ImportResult> WriteOrdersAsync(List<Numbered<OrderInput>> rows, List<ImportError> errors, CancellationToken cancellationToken)
    {
        RejectDuplicates(rows, r => r.OrderId, r => $"order_id '{r.OrderId}'", "order_id", errors);
        if (errors.Count > 0)
        {
            return Failed(ImportKind.Orders, rows.Count, errors);
        }
        var (_, updated) = await orders.ImportAsync([.. rows.Select(r => r.Row)], cancellationToken);
        return Succeeded(ImportKind.Orders, rows.Count, updated);
    }

    /// <summary>
    /// Clicks recorded by another tool, kept as human clicks, each with a fresh clout_ref. A click already stored
    /// (same link, time and visitor) is counted as updated and not stored twice, so a file can be imported again.
    /// </summary>
    private async Task<ImportResult> WriteClicksAsync(List<Numbered<ClickRow>> rows, List<ImportError> errors,
        IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var links = await db.Collaborations.AsNoTracking().Where(c => c.LinkCode != null)
            .Select(c => new { c.LinkCode, c.Id }).ToDictionaryAsync(c => c.LinkCode!, c => c.Id, StringComparer.Ordinal, cancellationToken);
        foreach (var (line, row) in rows.Where(r => !links.ContainsKey(r.Row.LinkCode)))
        {
            errors.Add(new ImportError(line, "link_code", $"no collaboration with link code '{row.LinkCode}' in this workspace; import the collaborations first"));
        }
        if (errors.Count > 0)
        {
            return Failed(ImportKind.Clicks, rows.Count, errors);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var stored = new HashSet<(long, DateTime, string)>();
        if (rows.Any(r => r.Row.VisitorId is not null))
        {
            var collaborations = rows.Select(r => links[r.Row.LinkCode]).Distinct().ToList();
            var from = rows.Min(r => r.Row.OccurredAtUtc);
            var to = rows.Max(r => r.Row.OccurredAtUtc);
            foreach (var c in await db.Clicks.AsNoTracking()
                         .Where(c => collaborations.Contains(c.CollaborationId) && c.OccurredAtUtc >= from && c.OccurredAtUtc <= to)
                         .Select(c => new { c.CollaborationId, c.OccurredAtUtc, c.VisitorId }).ToListAsync(cancellationToken))
            {
                stored.Add((c.CollaborationId, c.OccurredAtUtc, c.VisitorId));
            }
        }
        var fresh = rows.Where(r => r.Row.VisitorId is null || !stored.Contains((links[r.Row.LinkCode], r.Row.OccurredAtUtc, r.Row.VisitorId))).ToList();
        await WriteInTransactionAsync(transaction, ClickWriter.InsertSql, ClickWriter.Columns, fresh, r =>
        [
            scope.WorkspaceId, links[r.LinkCode], r.OccurredAtUtc, ClickRefs.New(r.OccurredAtUtc),
            // Without a visitor id each click is its own visitor: nothing links it to another.
            r.VisitorId ?? ClickRefs.New(r.OccurredAtUtc), ClickKind.Human.ToName(), r.Referrer, r.UserAgent,
        ], progress, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Succeeded(ImportKind.Clicks, rows.Count, rows.Count - fresh.Count);
    }

    /// <summary>
    /// Promo and link codes already held by another collaboration of this workspace: the unique indexes would
    /// refuse them halfway through the writes, so they are row errors up front.
    /// </summary>
    private async Task RejectCodesHeldElsewhereAsync(List<Numbered<CollaborationRow>> rows, long[] resolved, List<ImportError> errors,
        CancellationToken cancellationToken)
    {
        var held = await db.Collaborations.AsNoTracking()
            .Where(c => c.PromoCode != null || c.LinkCode != null)
            .Join(db.Campaigns, c => c.CampaignId, k => k.Id, (c, k) => new { Campaign = k.Name, c.InfluencerId, c.PromoCode, c.LinkCode })
            .ToListAsync(cancellationToken);
        // Promo codes are typed at checkout, where case does not matter; link codes are URL paths, where it does.
        var promoHolders = new Dictionary<string, (string, long)>(StringComparer.OrdinalIgnoreCase);
        var linkHolders = new Dictionary<string, (string, long)>(StringComparer.Ordinal);
        foreach (var h in held)
        {
            if (h.PromoCode is not null)
            {
                promoHolders.TryAdd(h.PromoCode, (h.Campaign, h.InfluencerId));
            }
            if (h.LinkCode is not null)
            {
                linkHolders.TryAdd(h.LinkCode, (h.Campaign, h.InfluencerId));
            }
        }
        for (var i = 0; i < rows.Count; i++)
        {
            var (line, row) = rows[i];
            var self = (row.Campaign, resolved[i]);
            if (row.PromoCode is not null && promoHolders.TryGetValue(row.PromoCode, out var promoHolder) && promoHolder != self)
            {
                errors.Add(new ImportError(line, "promo_code", $"'{row.PromoCode}' is already used by another collaboration; choose another promo code"));
            }
            if (row.LinkCode is not null && linkHolders.TryGetValue(row.LinkCode, out var linkHolder) && linkHolder != self)
            {
                errors.Add(new ImportError(line, "link_code", $"'{row.LinkCode}' is already used by another collaboration; choose another link code"));
            }
        }
    }

    private async Task WriteAsync<T>(string sql, int parameters, List<Numbered<T>> rows, Func<T, object?[]> values,
        IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await WriteInTransactionAsync(transaction, sql, parameters, rows, values, progress, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private Task WriteInTransactionAsync<T>(IDbContextTransaction transaction, string sql, int parameters, List<Numbered<T>> rows,
        Func<T, object?[]> values, IProgress<ImportProgress>? progress, CancellationToken cancellationToken) =>
        WriteInTransactionAsync(transaction, new RowStatements<T>(sql, sql, _ => true), parameters, rows, values, progress, cancellationToken);

    /// <summary>
    /// Writes each row with the plain INSERT when it is new and the upsert when its id is already stored: on SQLite
    /// an ON CONFLICT clause more than halves the insert rate even when no row conflicts.
    /// </summary>
    private async Task WriteInTransactionAsync<T>(IDbContextTransaction transaction, RowStatements<T> statements, int parameters, List<Numbered<T>> rows,
        Func<T, object?[]> values, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var dbTransaction = transaction.GetDbTransaction();
        await using var insert = new BulkWriter(connection, dbTransaction, statements.Insert, parameters);
        await using var upsert = new BulkWriter(connection, dbTransaction, statements.Upsert, parameters);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i].Row;
            await (statements.Exists(row) ? upsert : insert).WriteAsync(values(row), cancellationToken);
            if ((i + 1) % ProgressEvery == 0)
            {
                progress?.Report(new ImportProgress(ImportStage.Writing, i + 1, rows.Count));
            }
        }
        await insert.FlushAsync(cancellationToken);
        await upsert.FlushAsync(cancellationToken);
        progress?.Report(new ImportProgress(ImportStage.Writing, rows.Count, rows.Count));
    }

    /// <summary>The two statements for one kind of row, and how to tell a row that is already stored.</summary>
    private sealed record RowStatements<T>(string Insert, string Upsert, Func<T, bool> Exists);

    /// <summary>Campaign ids by name; campaigns named in a file but not yet known are created (goal: blend).</summary>
    private async Task<Dictionary<string, long>> EnsureCampaignsAsync(IEnumerable<string?> names, CancellationToken cancellationToken)
    {
        var wanted = names.Where(n => n is not null).Select(n => n!).ToHashSet(StringComparer.Ordinal);
        var known = await db.Campaigns.Where(c => wanted.Contains(c.Name)).ToDictionaryAsync(c => c.Name, c => c.Id, StringComparer.Ordinal, cancellationToken);
        var missing = wanted.Where(n => !known.ContainsKey(n)).Select(n => new Campaign { Name = n, Goal = CampaignGoal.Blend, WorkspaceId = scope.WorkspaceId }).ToList();
        if (missing.Count > 0)
        {
            db.Campaigns.AddRange(missing);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var campaign in missing)
            {
                known[campaign.Name] = campaign.Id;
                db.Entry(campaign).State = EntityState.Detached;
            }
        }
        return known;
    }

    private async Task<Dictionary<(Platform, string), long>> InfluencerIdsAsync(CancellationToken cancellationToken)
    {
        var all = await db.Influencers.AsNoTracking().Select(i => new { i.Platform, i.Handle, i.Id }).ToListAsync(cancellationToken);
        var map = new Dictionary<(Platform, string), long>();
        foreach (var influencer in all)
        {
            map[(influencer.Platform, influencer.Handle.ToLowerInvariant())] = influencer.Id;
        }
        return map;
    }

    private static long[] ResolveInfluencers<T>(List<Numbered<T>> rows, Func<T, (Platform Platform, string Handle)> key,
        Dictionary<(Platform, string), long> influencers, List<ImportError> errors)
    {
        var ids = new long[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var (platform, handle) = key(rows[i].Row);
            if (!influencers.TryGetValue((platform, handle.ToLowerInvariant()), out ids[i]))
            {
                errors.Add(new ImportError(rows[i].Line, "influencer_handle",
                    $"no influencer @{handle} on {platform.ToName()} in this workspace; import the influencers first"));
            }
        }
        return ids;
    }

    private static void RejectDuplicates<T, TKey>(List<Numbered<T>> rows, Func<T, TKey> key, Func<T, string> describe, string field, List<ImportError> errors)
        where TKey : notnull
    {
        var first = new Dictionary<TKey, long>();
        foreach (var (line, row) in rows)
        {
            if (!first.TryAdd(key(row), line))
            {
                errors.Add(new ImportError(line, field, $"{describe(row)} appears twice (first on line {first[key(row)]})"));
            }
        }
    }

    private static List<Numbered<T>> Read<T>(ISourceRecords records, Func<FieldReader, T?> parse, List<ImportError> errors,
        Stream stream, long total, IProgress<ImportProgress>? progress) where T : class
    {
        var rows = new List<Numbered<T>>();
        var fields = new FieldReader(records, errors);
        var count = 0;
        while (records.Read())
        {
            fields.BeginRow();
            if (records is CsvRecords csv && csv.FieldCount != csv.ColumnCount)
            {
                fields.Fail(null, $"has {csv.FieldCount} fields; the header has {csv.ColumnCount}");
            }
            var row = parse(fields);
            if (row is not null && !fields.RowHasErrors)
            {
                rows.Add(new Numbered<T>(records.Line, row));
            }
            if (++count % ProgressEvery == 0 && total > 0)
            {
                progress?.Report(new ImportProgress(ImportStage.Reading, Math.Min(stream.Position, total), total));
            }
        }
        if (records is JsonRecords json)
        {
            errors.AddRange(json.RecordErrors);
            errors.AddRange(json.StructureErrors);
        }
        errors.Sort((a, b) => a.Line.CompareTo(b.Line));
        progress?.Report(new ImportProgress(ImportStage.Reading, total, total));
        return rows;
    }

    private static async Task<ISourceRecords> OpenAsync(Stream stream, ImportFormat format, ImportSchema schema, CancellationToken cancellationToken)
    {
        if (format == ImportFormat.Csv)
        {
            return new CsvRecords(new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true), schema);
        }
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        // JSON readers refuse a byte-order mark; spreadsheet tools like to write one.
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            bytes = bytes[3..];
        }
        return new JsonRecords(bytes, schema);
    }

    private static List<Numbered<T>> Number<T>(IReadOnlyList<T> rows) => [.. rows.Select((r, i) => new Numbered<T>(i + 1, r))];

    private static ImportResult Failed(ImportKind kind, int rows, List<ImportError> errors)
    {
        errors.Sort((a, b) => a.Line.CompareTo(b.Line));
        return new ImportResult(kind, rows, 0, 0, errors.Count > MaxErrorsListed ? errors[..MaxErrorsListed] : errors, errors.Count);
    }

    private static ImportResult Succeeded(ImportKind kind, int rows, int updated) => new(kind, rows, rows - updated, updated, [], 0);

    private void RequireScope()
    {
        if (scope.WorkspaceId == 0)
        {
            throw new InvalidOperationException("No workspace is selected.");
        }
    }

    private readonly record struct Numbered<T>(long Line, T Row);
}
