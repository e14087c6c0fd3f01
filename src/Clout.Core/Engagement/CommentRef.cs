namespace Clout.Core.Engagement;

/// <summary>The part of a comment that the dialogue rate needs: its id, its parent, and who wrote it.</summary>
public sealed record CommentRef(string Id, string? ParentId, bool IsCreatorReply);
