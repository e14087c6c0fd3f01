namespace Clout.Core.Comments;

/// <summary>
/// What is known about a comment beyond its text: its author, the handle of the creator whose post it is under, and
/// whether the platform marked it as the creator's reply. All optional: a bare text scores without them.
/// </summary>
public sealed record CommentContext(string? Author = null, string? CreatorHandle = null, bool IsCreatorReply = false)
{
    public static readonly CommentContext None = new();
}
