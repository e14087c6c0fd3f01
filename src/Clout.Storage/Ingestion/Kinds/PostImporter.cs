using Clout.Core.Campaigns;
using Clout.Core.Engagement;
using Clout.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Ingestion.Kinds;

/// <summary>
/// Posts with their engagement counts, keyed by the platform's post id. Each names an influencer already imported
/// (influencer_handle, or author when there is no handle); campaigns a post names are created when new. A known post
/// id is replaced by the file's row. A row whose author is not on the roster, with no influencer_handle, is
/// user-generated content (<see cref="UgcCrediting"/>): its campaign must exist or its text must carry one.
/// </summary>
internal sealed class PostImporter(CloutDbContext db, WorkspaceScope scope, ImportReferences references, UgcCrediting ugc)
    : KindImporter<PostRow, PostPlan>
{
    public static readonly ImportSchema Columns = new(["post_id", "platform", "published_at", "likes", "comments"],
        ["influencer_handle", "kind", "sponsored", "campaign", "shares", "saves", "views", "reach", "impressions", "author", "text"]);

    private const string Insert = """
        INSERT INTO posts (workspace_id, influencer_id, external_id, published_at_utc, kind, sponsored, campaign_id,
                           likes, comments, shares, saves, views, reach, impressions)
        VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13)
        """;

    private const string Upsert = Insert + """
         ON CONFLICT (workspace_id, external_id) DO UPDATE SET
          influencer_id = excluded.influencer_id, published_at_utc = excluded.published_at_utc, kind = excluded.kind,
          sponsored = excluded.sponsored, campaign_id = excluded.campaign_id, likes = excluded.likes,
          comments = excluded.comments, shares = excluded.shares, saves = excluded.saves, views = excluded.views,
          reach = excluded.reach, impressions = excluded.impressions
        """;

    public override ImportKind Kind => ImportKind.Posts;

    public override ImportSchema Schema => Columns;

    public override IReadOnlyList<Type> Written { get; } = [typeof(Post)];

    public override PostRow? Parse(FieldReader f) => ParseRow(f);

    /// <summary>Static so that the read side can be measured alone, without a database (bench/Clout.Bench).</summary>
    public static PostRow? ParseRow(FieldReader f)
    {
        var handle = f.Text("influencer_handle", 100)?.TrimStart('@');
        var author = f.Text("author", 100)?.TrimStart('@');
        if (handle is null && author is null && !f.RowHasErrors)
        {
            f.Fail("influencer_handle", "is required (or author, for a post by an account that is not on the roster)");
        }
        var row = new PostRow(f.RequiredText("post_id"), handle ?? "", f.Platform("platform"), f.Time("published_at"),
            f.Text("kind", 32), f.Flag("sponsored"), f.Text("campaign"),
            f.Count("likes", required: true), f.Count("comments", required: true), f.Count("shares", required: false), f.Count("saves", required: false),
            f.OptionalCount("views"), f.OptionalCount("reach"), f.OptionalCount("impressions"), author, f.Text("text", UgcPostConfiguration.MaxTextLength));
        return f.RowHasErrors ? null : row;
    }

    public override async Task<PostPlan> CheckAsync(IReadOnlyList<Numbered<PostRow>> rows, List<ImportError> errors, CancellationToken cancellationToken)
    {
        DuplicateRows.Reject(rows, r => r.PostId, r => $"post_id '{r.PostId}'", "post_id", errors);
        var byAuthor = rows.Any(r => r.Row.InfluencerHandle.Length == 0)
            ? await references.InfluencerIdsAsync(cancellationToken)
            : [];
        var roster = new List<Numbered<PostRow>>(rows.Count);
        var others = new List<Numbered<UgcRow>>();
        foreach (var (line, row) in rows)
        {
            if (row.InfluencerHandle.Length > 0)
            {
                roster.Add(new(line, row));
            }
            else if (byAuthor.ContainsKey((row.Platform, row.Author!.ToLowerInvariant())))
            {
                roster.Add(new(line, row with { InfluencerHandle = row.Author }));
            }
            else
            {
                others.Add(new(line, new UgcRow(row.PostId, row.Author, row.Platform, row.PublishedAtUtc, row.Text, null,
                    row.Likes, row.Comments, row.Shares, row.Views, row.Campaign)));
            }
        }
        var ids = await references.ResolveInfluencersAsync(roster, r => (r.Platform, r.InfluencerHandle), errors, cancellationToken);
        return new PostPlan(roster, ids, others, await ugc.CheckAsync(others, errors, cancellationToken));
    }

    public override async Task<int> WriteAsync(IReadOnlyList<Numbered<PostRow>> rows, PostPlan plan, ImportWriter writer, CancellationToken cancellationToken) =>
        await WriteRosterAsync(plan.Roster, plan.InfluencerIds, writer, cancellationToken)
        + await ugc.WriteAsync(plan.Ugc, plan.Credits, writer, cancellationToken);

    private async Task<int> WriteRosterAsync(List<Numbered<PostRow>> rows, long[] plan, ImportWriter writer, CancellationToken cancellationToken)
    {
        // Read inside the write transaction, so that no other import adds one of these ids in between.
        var existing = new HashSet<string>(await db.Posts.AsNoTracking().Select(p => p.ExternalId).ToListAsync(cancellationToken), StringComparer.Ordinal);
        var campaigns = await references.EnsureCampaignsAsync(rows.Select(r => r.Row.Campaign), cancellationToken);
        var index = 0;
        await writer.WriteAsync(new RowStatements<PostRow>(Insert, Upsert, r => existing.Contains(r.PostId)), 14, rows, r =>
        [
            scope.WorkspaceId, plan[index++], r.PostId, r.PublishedAtUtc, r.Kind, r.Sponsored,
            r.Campaign is null ? null : campaigns[r.Campaign], r.Likes, r.Comments, r.Shares, r.Saves, r.Views, r.Reach, r.Impressions,
        ], cancellationToken);
        return rows.Count(r => existing.Contains(r.Row.PostId));
    }
}
