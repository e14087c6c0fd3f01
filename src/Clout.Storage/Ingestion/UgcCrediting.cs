using Clout.Core.Campaigns;
using Clout.Core.Roster;
using Clout.Core.Text;
using Clout.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Ingestion;

/// <summary>
/// User-generated content, whichever file brings it (kind ugc, or a posts row by an author off the roster): checks the
/// rows against the workspace (the author is not on the roster, a named campaign exists, something credits the post:
/// <see cref="UgcMatcher"/>) and writes them, one per platform and post id; a stored one is updated, never doubled.
/// </summary>
internal sealed class UgcCrediting(CloutDbContext db, WorkspaceScope scope, ImportReferences references)
{
    private const string Insert = """
        INSERT INTO ugc_posts (workspace_id, platform, external_id, author, published_at_utc, text, url, likes, comments,
                               shares, views, campaign_id, influencer_id, matched_by)
        VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13)
        """;

    private const string Upsert = Insert + """
         ON CONFLICT (workspace_id, platform, external_id) DO UPDATE SET
          author = excluded.author, published_at_utc = excluded.published_at_utc, text = excluded.text, url = excluded.url,
          likes = excluded.likes, comments = excluded.comments, shares = excluded.shares, views = excluded.views,
          campaign_id = excluded.campaign_id, influencer_id = excluded.influencer_id, matched_by = excluded.matched_by
        """;

    /// <summary>Each row's credit, in row order (null where the row has an error, added to <paramref name="errors"/>).</summary>
    public async Task<UgcCredit?[]> CheckAsync(IReadOnlyList<Numbered<UgcRow>> rows, List<ImportError> errors, CancellationToken cancellationToken)
    {
        var credits = new UgcCredit?[rows.Count];
        if (rows.Count == 0)
        {
            return credits;
        }
        DuplicateRows.Reject(rows, r => (r.Platform, r.PostId), r => $"post_id '{r.PostId}' on {r.Platform.ToName()}", "post_id", errors);
        var roster = await references.InfluencerIdsAsync(cancellationToken);
        var campaigns = await db.Campaigns.AsNoTracking().Select(c => new { c.Id, c.Name, c.Hashtag }).ToListAsync(cancellationToken);
        var byName = campaigns.ToDictionary(c => c.Name, c => c.Id, StringComparer.Ordinal);
        var matcher = new UgcMatcher(await MarkersAsync(campaigns.Where(c => c.Hashtag is not null).Select(c => (c.Id, c.Hashtag!)), cancellationToken));
        for (var i = 0; i < rows.Count; i++)
        {
            var (line, row) = rows[i];
            if (Problem(row) is { } problem)
            {
                errors.Add(new ImportError(line, problem.Field, problem.Message));
                continue;
            }
            if (roster.ContainsKey((row.Platform, row.Author.ToLowerInvariant())))
            {
                errors.Add(new ImportError(line, "author", $"@{row.Author} is on the roster ({row.Platform.ToName()}); import their posts as posts, with influencer_handle"));
                continue;
            }
            long? named = null;
            if (row.Campaign is { } name)
            {
                if (!byName.TryGetValue(name.Trim(), out var id))
                {
                    errors.Add(new ImportError(line, "campaign", $"no campaign '{name}' in this workspace"));
                    continue;
                }
                named = id;
            }
            credits[i] = matcher.Match(row.Text, named);
            if (credits[i] is null)
            {
                errors.Add(new ImportError(line, "text", row.Text is null
                    ? "is required unless the campaign column names the campaign"
                    : "carries no campaign's hashtag, promo code or tracking link; name the campaign in the campaign column"));
            }
        }
        return credits;
    }

    /// <summary>Writes checked rows in the import's transaction; returns how many were already stored (updated).</summary>
    public async Task<int> WriteAsync(IReadOnlyList<Numbered<UgcRow>> rows, UgcCredit?[] credits, ImportWriter writer, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return 0;
        }
        // Read inside the write transaction, so that no other import adds one of these posts in between.
        var stored = (await db.UgcPosts.AsNoTracking().Select(p => new { p.Platform, p.ExternalId }).ToListAsync(cancellationToken))
            .Select(p => (p.Platform, p.ExternalId)).ToHashSet();
        var index = 0;
        await writer.WriteAsync(new RowStatements<UgcRow>(Insert, Upsert, r => stored.Contains((r.Platform, r.PostId))), 14, rows, r =>
        {
            var credit = credits[index++]!;
            return
            [
                scope.WorkspaceId, r.Platform.ToName(), r.PostId, r.Author, r.PublishedAtUtc, r.Text, r.Url, r.Likes, r.Comments,
                r.Shares, r.Views, credit.CampaignId, credit.InfluencerId, credit.MatchedBy.ToString(),
            ];
        }, cancellationToken);
        return rows.Count(r => stored.Contains((r.Row.Platform, r.Row.PostId)));
    }

    /// <summary>
    /// What a file's fields were already checked for, checked again for rows handed over typed (a connector's): the
    /// campaign page links to the post, so its address must be a web address, never a script.
    /// </summary>
    private static (string Field, string Message)? Problem(UgcRow row) =>
        string.IsNullOrWhiteSpace(row.PostId) || row.PostId.Length > FieldReader.MaxNameLength || StoredText.Problem(row.PostId) is not null
            ? ("post_id", $"is required, at most {FieldReader.MaxNameLength} characters")
        : string.IsNullOrWhiteSpace(row.Author) || row.Author.Length > 100 || StoredText.Problem(row.Author) is not null
            ? ("author", "is required, at most 100 characters")
        : row.Text is { } text && (text.Length > UgcPostConfiguration.MaxTextLength || StoredText.Problem(text) is not null)
            ? ("text", $"at most {UgcPostConfiguration.MaxTextLength} characters of Unicode text")
        : row.Url is { } url && (url.Length > 2048 || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            ? ("url", "is not an absolute http(s) URL")
        : row.Likes < 0 || row.Comments < 0 || row.Shares < 0 || row.Views < 0
            ? ("likes", "counts cannot be negative")
        : null;

    private async Task<List<UgcMarker>> MarkersAsync(IEnumerable<(long Id, string Hashtag)> hashtags, CancellationToken cancellationToken)
    {
        var markers = hashtags.Select(h => new UgcMarker(UgcMatchedBy.Hashtag, h.Hashtag, h.Id, null)).ToList();
        var codes = await db.Collaborations.AsNoTracking().Where(c => c.PromoCode != null || c.LinkCode != null)
            .Select(c => new { c.CampaignId, c.InfluencerId, c.PromoCode, c.LinkCode }).ToListAsync(cancellationToken);
        foreach (var c in codes)
        {
            if (c.LinkCode is not null)
            {
                markers.Add(new UgcMarker(UgcMatchedBy.Link, c.LinkCode, c.CampaignId, c.InfluencerId));
            }
            if (c.PromoCode is not null)
            {
                markers.Add(new UgcMarker(UgcMatchedBy.PromoCode, c.PromoCode, c.CampaignId, c.InfluencerId));
            }
        }
        return markers;
    }
}
