namespace Clout.Core.Engagement;

/// <summary>One comment as imported (CSV header: comment_id,post_id,author,text,created_at,likes,is_creator_reply,parent_id).</summary>
public sealed record CommentRow(
    string CommentId,
    string PostId,
    string? Author,
    string Text,
    DateTime? CreatedAtUtc,
    long Likes,
    bool IsCreatorReply,
    string? ParentId);
