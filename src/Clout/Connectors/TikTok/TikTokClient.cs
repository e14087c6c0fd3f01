using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Clout.Core.Roster;
using Microsoft.Extensions.Options;

namespace Clout.Connectors.TikTok;

/// <summary>
/// TikTok's Display API with a creator's own token (Login Kit): /user/info/ for the profile and its counts,
/// /video/list/ for the videos, newest first, page by page on TikTok's cursor. The Display API gives no comment
/// texts, so TikTok comments come from imports; <see cref="GetCommentsAsync"/> returns none without a call.
/// </summary>
internal sealed class TikTokClient(HttpClient http, IOptions<TikTokOptions> options) : IPlatformClient
{
    /// <summary>The most videos /video/list/ returns at once.</summary>
    private const int VideosPerPage = 20;

    private const string UserFields = "open_id,union_id,avatar_url,display_name,username,follower_count,following_count,likes_count,video_count";
    private const string VideoFields = "id,create_time,title,video_description,share_url,like_count,comment_count,share_count,view_count";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public Platform Platform => Platform.TikTok;

    public async Task<FetchedAccount> GetAccountAsync(ConnectionCredentials credentials, string account, CancellationToken cancellationToken)
    {
        var data = await SendAsync<TikTokUserData>(credentials, HttpMethod.Get, $"user/info/?fields={UserFields}", null, cancellationToken);
        var user = data.User;
        if (user?.OpenId is not { Length: > 0 } openId)
        {
            throw new ConnectorException(ConnectorFailure.NotFound, "TikTok's user info has no open_id.");
        }
        return new FetchedAccount(openId, user.Username ?? account.Trim().TrimStart('@'), user.DisplayName, user.FollowerCount ?? 0, user.FollowingCount, user.VideoCount);
    }

    public async Task<FetchedPage<FetchedPost>> GetPostsAsync(ConnectionCredentials credentials, FetchedAccount account, string? pageToken,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        long? cursor = null;
        if (pageToken is not null)
        {
            cursor = long.TryParse(pageToken, NumberStyles.None, CultureInfo.InvariantCulture, out var c)
                ? c
                : throw new ConnectorException(ConnectorFailure.BadRequest, "The stored TikTok page cursor is not a number.");
        }
        // The cursor is TikTok's: omitted on the first page, then the previous answer's, as it sent it.
        object body = cursor is { } at ? new { max_count = VideosPerPage, cursor = at } : new { max_count = VideosPerPage };
        var list = await SendAsync<TikTokVideoList>(credentials, HttpMethod.Post, $"video/list/?fields={VideoFields}", body, cancellationToken);
        var posts = new List<FetchedPost>();
        foreach (var video in list.Videos ?? [])
        {
            if (video.Id is not { Length: > 0 } id)
            {
                continue;
            }
            var created = video.CreateTime ?? throw new ConnectorException(ConnectorFailure.BadRequest, $"TikTok video {id} has no create_time.");
            posts.Add(new FetchedPost(id, account.Handle, DateTimeOffset.FromUnixTimeSeconds(created).UtcDateTime,
                video.VideoDescription ?? video.Title, video.ShareUrl, "video", video.ViewCount, video.LikeCount, video.CommentCount, video.ShareCount));
        }
        var next = list.HasMore == true && list.Cursor is { } n && posts.Count > 0 && n != cursor ? n.ToString(CultureInfo.InvariantCulture) : null;
        return new FetchedPage<FetchedPost>(posts, next);
    }

    public Task<FetchedPage<FetchedComment>> GetCommentsAsync(ConnectionCredentials credentials, string postExternalId, string? pageToken,
        CancellationToken cancellationToken) =>
        Task.FromResult(new FetchedPage<FetchedComment>([], null));

    private async Task<T> SendAsync<T>(ConnectionCredentials credentials, HttpMethod method, string path, object? body, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var token = credentials.AccessToken ?? throw new ConnectorException(ConnectorFailure.TokenExpired, "The TikTok connection has no access token.");
        using var request = new HttpRequestMessage(method, new Uri(options.Value.BaseUrl, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }
        using var response = await ConnectorHttp.SendAsync(http, request, TikTokErrors.Unreachable, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw await TikTokErrors.ReadAsync(response, cancellationToken);
        }
        TikTokEnvelope<T>? envelope;
        try
        {
            envelope = await response.Content.ReadFromJsonAsync<TikTokEnvelope<T>>(Json, cancellationToken);
        }
        catch (JsonException e)
        {
            throw new ConnectorException(ConnectorFailure.BadRequest, $"TikTok's answer is not the documented shape: {e.Message}", inner: e);
        }
        if (envelope?.Error?.Code is { } code && code != TikTokErrors.Ok)
        {
            throw TikTokErrors.From(response.StatusCode, code, envelope.Error.Message);
        }
        return envelope?.Data ?? throw new ConnectorException(ConnectorFailure.BadRequest, "TikTok's answer has no data.");
    }
}
