using System.Text.Json.Serialization;

namespace Clout.Connectors.TikTok;

// The shapes of the Display API's answers: {"data":{…},"error":{"code":"ok","message":"","log_id":"…"}}; snake_case on the wire.

internal sealed record TikTokError(string? Code, string? Message, string? LogId);

internal sealed record TikTokEnvelope<T>(T? Data, TikTokError? Error);

internal sealed record TikTokUserData(TikTokUser? User);

internal sealed record TikTokUser(
    string? OpenId,
    string? UnionId,
    string? AvatarUrl,
    string? DisplayName,
    string? Username,
    long? FollowerCount,
    long? FollowingCount,
    long? LikesCount,
    long? VideoCount);

internal sealed record TikTokVideoList(IReadOnlyList<TikTokVideo>? Videos, long? Cursor, bool? HasMore);

/// <summary>A video; create_time is Unix seconds.</summary>
internal sealed record TikTokVideo(
    [property: JsonConverter(typeof(IdConverter))] string? Id,
    long? CreateTime,
    string? Title,
    string? VideoDescription,
    string? ShareUrl,
    long? LikeCount,
    long? CommentCount,
    long? ShareCount,
    long? ViewCount);
