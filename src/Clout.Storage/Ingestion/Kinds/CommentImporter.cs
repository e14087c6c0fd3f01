using Clout.Core.Comments;
using Clout.Core.Engagement;
using Clout.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Ingestion.Kinds;

/// <summary>
/// Comments under posts already imported, keyed by the platform's comment id, each stored with its scores
/// (sentiment, skepticism, purchase intent, spam). A known comment id is replaced by the file's row.
/// </summary>
internal sealed class CommentImporter(CloutDbContext db, WorkspaceScope scope)
    : KindImporter<CommentRow, CommentImporter.Plan>
{
    /// <summary>The post ids by the platform's post id (from the check), each row's scores (from the preparation).</summary>
    internal sealed record Plan(Dictionary<string, long> Posts, IReadOnlyList<CommentScore> Scores);

    internal static readonly ImportSchema Columns = new(["comment_id", "post_id", "text"], ["author", "created_at", "likes", "is_creator_reply", "parent_id"]);

    private const string Insert = """
        INSERT INTO comments (workspace_id, post_id, external_id, author, text, created_at_utc, likes, is_creator_reply, parent_external_id,
                              sentiment_compound, skeptical_score, intent_score, spam_score)
        VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12)
        """;

    private const string Upsert = Insert + """
         ON CONFLICT (workspace_id, external_id) DO UPDATE SET
          post_id = excluded.post_id, author = excluded.author, text = excluded.text, created_at_utc = excluded.created_at_utc,
          likes = excluded.likes, is_creator_reply = excluded.is_creator_reply, parent_external_id = excluded.parent_external_id,
          sentiment_compound = excluded.sentiment_compound, skeptical_score = excluded.skeptical_score,
          intent_score = excluded.intent_score, spam_score = excluded.spam_score
        """;

    public override ImportKind Kind => ImportKind.Comments;

    public override ImportSchema Schema => Columns;

    public override IReadOnlyList<Type> Written { get; } = [typeof(Comment)];

    public override CommentRow? Parse(FieldReader f)
    {
        var row = new CommentRow(f.RequiredText("comment_id"), f.RequiredText("post_id"), f.Text("author"),
            f.RequiredText("text", CommentConfiguration.MaxTextLength), f.OptionalTime("created_at"), f.Count("likes", required: false),
            f.Flag("is_creator_reply"), f.Text("parent_id"));
        return f.RowHasErrors ? null : row;
    }

    public override async Task<Plan> CheckAsync(IReadOnlyList<Numbered<CommentRow>> rows, List<ImportError> errors, CancellationToken cancellationToken)
    {
        DuplicateRows.Reject(rows, r => r.CommentId, r => $"comment_id '{r.CommentId}'", "comment_id", errors);
        var posts = await db.Posts.AsNoTracking().Select(p => new { p.ExternalId, p.Id })
            .ToDictionaryAsync(p => p.ExternalId, p => p.Id, StringComparer.Ordinal, cancellationToken);
        foreach (var (line, row) in rows)
        {
            if (!posts.ContainsKey(row.PostId))
            {
                errors.Add(new ImportError(line, "post_id", $"no post '{row.PostId}' in this workspace; import the posts first"));
            }
        }
        return new Plan(posts, []);
    }

    /// <summary>Scored together, so the same text pasted under several posts of the file is seen as a duplicate.</summary>
    public override Task<Plan> PrepareAsync(IReadOnlyList<Numbered<CommentRow>> rows, Plan plan, CancellationToken cancellationToken) =>
        Task.FromResult(plan with
        {
            Scores = CommentScorer.ScoreBatch([.. rows.Select(r => new CommentInput(r.Row.Text, r.Row.PostId,
                new CommentContext(r.Row.Author, IsCreatorReply: r.Row.IsCreatorReply)))]),
        });

    public override async Task<int> WriteAsync(IReadOnlyList<Numbered<CommentRow>> rows, Plan plan, ImportWriter writer, CancellationToken cancellationToken)
    {
        var existing = new HashSet<string>(await db.Comments.AsNoTracking().Select(c => c.ExternalId).ToListAsync(cancellationToken), StringComparer.Ordinal);
        var index = 0;
        await writer.WriteAsync(new RowStatements<CommentRow>(Insert, Upsert, r => existing.Contains(r.CommentId)), 13, rows, r =>
        {
            var score = plan.Scores[index++];
            return
            [
                scope.WorkspaceId, plan.Posts[r.PostId], r.CommentId, r.Author, r.Text, r.CreatedAtUtc, r.Likes, r.IsCreatorReply, r.ParentId,
                score.Sentiment.Compound, score.Skeptical.Score, score.Intent.Score, score.Spam.Score,
            ];
        }, cancellationToken);
        return rows.Count(r => existing.Contains(r.Row.CommentId));
    }
}
