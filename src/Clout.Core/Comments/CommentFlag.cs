namespace Clout.Core.Comments;

/// <summary>What the comments explorer filters on: a flag, a sentiment class, or everything.</summary>
public enum CommentFlag
{
    All,
    Positive,
    Negative,
    Skeptical,
    Intent,
    Spam,
    CreatorReply,
}
