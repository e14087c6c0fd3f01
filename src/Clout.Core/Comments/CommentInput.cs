namespace Clout.Core.Comments;

/// <summary>One comment of a batch: its text, the post it is under (for duplicates across posts) and its context.</summary>
public sealed record CommentInput(string? Text, string? PostId = null, CommentContext? Context = null);
