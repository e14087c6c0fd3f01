using System.Globalization;
using System.Text.Json;
using Clout.Core.Roster;
using Microsoft.Extensions.Options;

namespace Clout.Connectors.YouTube;

/// <summary>
/// The YouTube Data API v3 as the sync needs it: channels.list (the channel's subscribers and uploads playlist),
/// playlistItems.list on the uploads then videos.list (each page of posts with its counts), commentThreads.list (a
/// video's comments and their replies). The key travels in the X-Goog-Api-Key header, never in a URL that a log could keep.
/// </summary>
internal sealed class YouTubeClient(HttpClient http, IOptions<YouTubeOptions> options) : IPlatformClient
{
    public const string KeyHeader = "X-Goog-Api-Key";

    /// <summary>YouTube's daily quota resets at midnight Pacific time.</summary>
    private static readonly TimeZoneInfo Pacific = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");

    /// <summary>A channel id: "UC" and 22 more characters.</summary>
    private const int ChannelIdLength = 24;

    /// <summary>The most items playlistItems.list and videos.list return per call.</summary>
    private const int VideosPerPage = 50;

    /// <summary>The most threads commentThreads.list returns per call.</summary>
    private const int ThreadsPerPage = 100;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Platform Platform => Platform.YouTube;

    /// <summary>A page of posts is two calls (the uploads playlist, then the videos' counts).</summary>
    public PlatformQuota Quota => new(options.Value.DailyQuota, Pacific, AccountCost: 1, PostsPageCost: 2, CommentsPageCost: 1);

    public async Task<FetchedAccount> GetAccountAsync(ConnectionCredentials credentials, string account, CancellationToken cancellationToken)
    {
        var name = account.Trim();
        var filter = name.StartsWith("UC", StringComparison.Ordinal) && name.Length == ChannelIdLength
            ? "id=" + Uri.EscapeDataString(name)
            : "forHandle=" + Uri.EscapeDataString(name.StartsWith('@') ? name : "@" + name);
        var list = await GetAsync<YouTubeList<YouTubeChannel>>(credentials, $"channels?part=snippet,statistics,contentDetails&{filter}", cancellationToken);
        if (list.Items is not [var channel, ..])
        {
            throw new ConnectorException(ConnectorFailure.NotFound, $"YouTube has no channel '{name}'.");
        }
        var statistics = channel.Statistics;
        return new FetchedAccount(channel.Id, channel.Snippet?.CustomUrl?.TrimStart('@') ?? channel.Id, channel.Snippet?.Title,
            Count(statistics?.SubscriberCount) ?? 0, null, Count(statistics?.VideoCount), channel.ContentDetails?.RelatedPlaylists?.Uploads,
            FollowersHidden: statistics is null || statistics.HiddenSubscriberCount || statistics.SubscriberCount is null);
    }

    public async Task<FetchedPage<FetchedPost>> GetPostsAsync(ConnectionCredentials credentials, FetchedAccount account, string? pageToken,
        CancellationToken cancellationToken)
    {
        if (account.UploadsId is not { } uploads)
        {
            return new FetchedPage<FetchedPost>([], null);
        }
        var items = await GetAsync<YouTubeList<YouTubePlaylistItem>>(credentials,
            $"playlistItems?part=contentDetails&playlistId={Uri.EscapeDataString(uploads)}&maxResults={VideosPerPage}{PageToken(pageToken)}", cancellationToken);
        var ids = (items.Items ?? []).Select(i => i.ContentDetails?.VideoId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return new FetchedPage<FetchedPost>([], items.NextPageToken);
        }
        var videos = await GetAsync<YouTubeList<YouTubeVideo>>(credentials,
            $"videos?part=snippet,statistics&id={string.Join(',', ids.Select(Uri.EscapeDataString))}&maxResults={VideosPerPage}", cancellationToken);
        var byId = (videos.Items ?? []).ToDictionary(v => v.Id, StringComparer.Ordinal);
        // In the playlist's order (newest first); a video listed but not returned (deleted, private) is left out.
        var posts = ids.Where(byId.ContainsKey).Select(id => byId[id]).Where(v => v.Snippet?.PublishedAt is not null).Select(v => new FetchedPost(
            v.Id, account.Handle, v.Snippet!.PublishedAt!.Value.ToUniversalTime(), v.Snippet.Title, $"https://www.youtube.com/watch?v={v.Id}", "video",
            Count(v.Statistics?.ViewCount), Count(v.Statistics?.LikeCount), Count(v.Statistics?.CommentCount), null)).ToList();
        return new FetchedPage<FetchedPost>(posts, items.NextPageToken);
    }

    public async Task<FetchedPage<FetchedComment>> GetCommentsAsync(ConnectionCredentials credentials, string postExternalId, string? pageToken,
        CancellationToken cancellationToken)
    {
        YouTubeList<YouTubeCommentThread> threads;
        try
        {
            threads = await GetAsync<YouTubeList<YouTubeCommentThread>>(credentials,
                $"commentThreads?part=snippet,replies&videoId={Uri.EscapeDataString(postExternalId)}&maxResults={ThreadsPerPage}&textFormat=plainText{PageToken(pageToken)}",
                cancellationToken);
        }
        catch (YouTubeCommentsDisabledException)
        {
            return new FetchedPage<FetchedComment>([], null);
        }
        var comments = new List<FetchedComment>();
        foreach (var thread in threads.Items ?? [])
        {
            var creator = thread.Snippet?.ChannelId;
            if (thread.Snippet?.TopLevelComment is { } top)
            {
                comments.Add(ToComment(top, postExternalId, creator, null));
            }
            // commentThreads carries at most a few replies per thread; the rest would need comments.list, a unit per thread.
            comments.AddRange((thread.Replies?.Comments ?? []).Select(r => ToComment(r, postExternalId, creator, r.Snippet?.ParentId ?? thread.Id)));
        }
        return new FetchedPage<FetchedComment>(comments, threads.NextPageToken);
    }

    private static FetchedComment ToComment(YouTubeComment comment, string postId, string? creatorChannel, string? parentId)
    {
        var snippet = comment.Snippet;
        var author = snippet?.AuthorChannelId?.Value;
        return new FetchedComment(comment.Id, postId, snippet?.AuthorDisplayName, snippet?.TextOriginal ?? snippet?.TextDisplay ?? "",
            snippet?.PublishedAt?.ToUniversalTime(), Math.Max(0, snippet?.LikeCount ?? 0),
            author is not null && creatorChannel is not null && string.Equals(author, creatorChannel, StringComparison.Ordinal), parentId);
    }

    private async Task<T> GetAsync<T>(ConnectionCredentials credentials, string path, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(options.Value.BaseUrl, path));
        request.Headers.Add(KeyHeader, credentials.ApiKey ?? throw new ConnectorException(ConnectorFailure.Unauthorized, "No YouTube API key is stored for this connection."));
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw await YouTubeErrors.ReadAsync(response, cancellationToken);
        }
        return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken)
            ?? throw new JsonException("YouTube answered with an empty body.");
    }

    private static string PageToken(string? token) => token is null ? "" : "&pageToken=" + Uri.EscapeDataString(token);

    /// <summary>The API's counts are decimal strings; absent (a hidden like count) stays null, never zero.</summary>
    private static long? Count(string? text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
