namespace Clout.Connectors;

/// <summary>A comment or a reply (<see cref="ParentExternalId"/> set) on a post.</summary>
internal sealed record FetchedComment(
    string ExternalId,
    string PostExternalId,
    string? AuthorHandle,
    string Text,
    DateTime? CreatedAtUtc,
    long Likes,
    bool IsCreatorReply,
    string? ParentExternalId);
