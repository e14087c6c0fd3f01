using System.Text.Json.Serialization;

namespace Clout.Connectors.YouTube;

// The parts of the API's resources the connector reads, named as its reference documents them. Counts are strings there.

internal sealed record YouTubeList<T>(IReadOnlyList<T>? Items, string? NextPageToken);

internal sealed record YouTubeChannel(string Id, YouTubeChannelSnippet? Snippet, YouTubeChannelStatistics? Statistics, YouTubeChannelContent? ContentDetails);

internal sealed record YouTubeChannelSnippet(string? Title, string? CustomUrl);

internal sealed record YouTubeChannelStatistics(string? SubscriberCount, bool HiddenSubscriberCount, string? VideoCount);

internal sealed record YouTubeChannelContent(YouTubeRelatedPlaylists? RelatedPlaylists);

internal sealed record YouTubeRelatedPlaylists(string? Uploads);

internal sealed record YouTubePlaylistItem(YouTubePlaylistItemContent? ContentDetails);

internal sealed record YouTubePlaylistItemContent(string? VideoId, DateTime? VideoPublishedAt);

internal sealed record YouTubeVideo(string Id, YouTubeVideoSnippet? Snippet, YouTubeVideoStatistics? Statistics);

internal sealed record YouTubeVideoSnippet(DateTime? PublishedAt, string? Title, string? ChannelId);

internal sealed record YouTubeVideoStatistics(string? ViewCount, string? LikeCount, string? CommentCount);

internal sealed record YouTubeCommentThread(string Id, YouTubeThreadSnippet? Snippet, YouTubeReplies? Replies);

internal sealed record YouTubeThreadSnippet(string? ChannelId, string? VideoId, YouTubeComment? TopLevelComment);

internal sealed record YouTubeReplies(IReadOnlyList<YouTubeComment>? Comments);

internal sealed record YouTubeComment(string Id, YouTubeCommentSnippet? Snippet);

internal sealed record YouTubeCommentSnippet(string? TextOriginal, string? TextDisplay, string? AuthorDisplayName, YouTubeAuthorChannel? AuthorChannelId,
    long LikeCount, DateTime? PublishedAt, string? ParentId);

internal sealed record YouTubeAuthorChannel(string? Value);

internal sealed record YouTubeErrorBody(YouTubeError? Error);

internal sealed record YouTubeError(int Code, string? Message, IReadOnlyList<YouTubeErrorItem>? Errors, IReadOnlyList<YouTubeErrorDetail>? Details);

internal sealed record YouTubeErrorItem(string? Reason, string? Domain, string? Message);

internal sealed record YouTubeErrorDetail([property: JsonPropertyName("@type")] string? Type, string? Reason);
