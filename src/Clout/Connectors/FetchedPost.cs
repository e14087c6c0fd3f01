namespace Clout.Connectors;

/// <summary>
/// A post with the counts the platform gives for it; a count the platform does not give is null, never zero.
/// Reach, impressions and saves come only from a creator's own insights (an authorised connection).
/// </summary>
internal sealed record FetchedPost(
    string ExternalId,
    string AuthorHandle,
    DateTime PublishedAtUtc,
    string? Caption,
    string? Url,
    string? Kind,
    long? Views,
    long? Likes,
    long? Comments,
    long? Shares,
    long? Saves = null,
    long? Reach = null,
    long? Impressions = null);
