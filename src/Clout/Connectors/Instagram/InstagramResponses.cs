using System.Text.Json;
using System.Text.Json.Serialization;

namespace Clout.Connectors.Instagram;

// The shapes of the Graph API's answers, as far as Clout reads them; snake_case on the wire.

internal sealed record GraphPaging(GraphCursors? Cursors, string? Next);

internal sealed record GraphCursors(string? Before, string? After);

internal sealed record GraphList<T>(IReadOnlyList<T>? Data, GraphPaging? Paging);

/// <summary>An IG user: the app user's own (/me) or one read through business discovery.</summary>
internal sealed record GraphUser(
    [property: JsonConverter(typeof(IdConverter))] string? Id,
    [property: JsonConverter(typeof(IdConverter))] string? UserId,
    string? Username,
    string? Name,
    long? FollowersCount,
    long? FollowsCount,
    long? MediaCount,
    GraphList<GraphMedia>? Media);

/// <summary>GET /{ig-user-id}?fields=business_discovery.username(…){…}: the brand's id and the account read.</summary>
internal sealed record BusinessDiscoveryAnswer(GraphUser? BusinessDiscovery, string? Id);

internal sealed record GraphMedia(
    string? Id,
    string? Caption,
    long? CommentsCount,
    long? LikeCount,
    string? MediaType,
    string? MediaProductType,
    string? Permalink,
    string? Timestamp,
    string? Username);

internal sealed record GraphComment(
    string? Id,
    string? Text,
    string? Timestamp,
    string? Username,
    long? LikeCount,
    GraphList<GraphComment>? Replies);

/// <summary>One metric of GET /{media-id}/insights: {"name":"reach","period":"lifetime","values":[{"value":12}],…}.</summary>
internal sealed record GraphInsight(string? Name, IReadOnlyList<GraphInsightValue>? Values);

internal sealed record GraphInsightValue(JsonElement Value);
