using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Clout.Core.Roster;
using Microsoft.Extensions.Options;

namespace Clout.Connectors.Instagram;

/// <summary>
/// Instagram's Graph API in its two forms. With the brand's token and its own professional account
/// (<see cref="ConnectionCredentials.BusinessAccountId"/>), business discovery reads another professional account's
/// public counts and media — no comments and no insights, which the API does not give for other accounts. With a
/// creator's own token (Instagram Login), /me reads their account, media with insights, and comments.
/// The token travels in the Authorization header, never in an address that a log could keep.
/// </summary>
internal sealed partial class InstagramClient(HttpClient http, IOptions<InstagramOptions> options) : IPlatformClient
{
    /// <summary>Posts per page: the Graph API's own default page size.</summary>
    private const int PostsPerPage = 25;

    /// <summary>Comments per page, the most the comments edge returns at once.</summary>
    private const int CommentsPerPage = 50;

    private const string AccountFields = "username,name,followers_count,follows_count,media_count";
    private const string MediaFields = "id,caption,comments_count,like_count,media_type,media_product_type,permalink,timestamp";
    private const string CommentFields = "id,text,timestamp,username,like_count";

    /// <summary>
    /// reach, saved and views: impressions (and plays) are deprecated since v22.0 and fail for media posted after
    /// 2 July 2024, so impressions are read from views, the metric Meta introduced to replace them.
    /// </summary>
    private const string InsightMetrics = "reach,saved,views";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public Platform Platform => Platform.Instagram;

    public async Task<FetchedAccount> GetAccountAsync(ConnectionCredentials credentials, string account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        if (credentials.BusinessAccountId is { } business)
        {
            var handle = Handle(account);
            var answer = await GetAsync<BusinessDiscoveryAnswer>(credentials, options.Value.BaseUrl,
                $"{Uri.EscapeDataString(business)}?fields=business_discovery.username({handle}){{id,{AccountFields}}}", cancellationToken);
            var found = Account(answer.BusinessDiscovery, handle);
            // Business discovery finds another account only by its username, so the username is the id the sync
            // keeps and hands back on the next run (the numeric id would not be found).
            return found with { ExternalId = found.Handle.ToLowerInvariant() };
        }
        var me = await GetAsync<GraphUser>(credentials, options.Value.LoginBaseUrl, $"me?fields=user_id,{AccountFields}", cancellationToken);
        return Account(me with { Id = me.UserId ?? me.Id }, me.Username ?? account);
    }

    public async Task<FetchedPage<FetchedPost>> GetPostsAsync(ConnectionCredentials credentials, FetchedAccount account, string? pageToken,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(account);
        var after = pageToken is null ? "" : $".after({Cursor(pageToken)})";
        if (credentials.BusinessAccountId is { } business)
        {
            var handle = Handle(account.Handle);
            var answer = await GetAsync<BusinessDiscoveryAnswer>(credentials, options.Value.BaseUrl,
                $"{Uri.EscapeDataString(business)}?fields=business_discovery.username({handle}){{media{after}.limit({PostsPerPage}){{{MediaFields}}}}}",
                cancellationToken);
            var media = answer.BusinessDiscovery?.Media;
            return new FetchedPage<FetchedPost>(Posts(media, account.Handle, null), NextToken(media, pageToken, nestedEdge: true));
        }
        var path = $"me/media?fields={MediaFields}&limit={PostsPerPage}" + (pageToken is null ? "" : $"&after={Uri.EscapeDataString(pageToken)}");
        var own = await GetAsync<GraphList<GraphMedia>>(credentials, options.Value.LoginBaseUrl, path, cancellationToken);
        var insights = new Dictionary<string, Insights>(StringComparer.Ordinal);
        foreach (var item in own.Data ?? [])
        {
            if (item.Id is { } id)
            {
                insights[id] = await InsightsAsync(credentials, id, cancellationToken);
            }
        }
        return new FetchedPage<FetchedPost>(Posts(own, account.Handle, insights), NextToken(own, pageToken, nestedEdge: false));
    }

    public async Task<FetchedPage<FetchedComment>> GetCommentsAsync(ConnectionCredentials credentials, string postExternalId, string? pageToken,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        if (credentials.BusinessAccountId is not null)
        {
            // Business discovery gives other accounts' comment counts, never their comments.
            return new FetchedPage<FetchedComment>([], null);
        }
        var post = Uri.EscapeDataString(postExternalId);
        var owner = await GetAsync<GraphMedia>(credentials, options.Value.LoginBaseUrl, $"{post}?fields=username", cancellationToken);
        var path = $"{post}/comments?fields={CommentFields},replies{{{CommentFields}}}&limit={CommentsPerPage}"
            + (pageToken is null ? "" : $"&after={Uri.EscapeDataString(pageToken)}");
        var page = await GetAsync<GraphList<GraphComment>>(credentials, options.Value.LoginBaseUrl, path, cancellationToken);
        var comments = new List<FetchedComment>();
        foreach (var comment in page.Data ?? [])
        {
            if (Comment(comment, postExternalId, owner.Username, null) is not { } top)
            {
                continue;
            }
            comments.Add(top);
            foreach (var reply in comment.Replies?.Data ?? [])
            {
                if (Comment(reply, postExternalId, owner.Username, top.ExternalId) is { } r)
                {
                    comments.Add(r);
                }
            }
        }
        return new FetchedPage<FetchedComment>(comments, NextToken(page, pageToken, nestedEdge: false));
    }

    /// <summary>A post's insights; none when Instagram has none for it (too few viewers, an album's child, an old post).</summary>
    private async Task<Insights> InsightsAsync(ConnectionCredentials credentials, string mediaId, CancellationToken cancellationToken)
    {
        GraphList<GraphInsight> answer;
        try
        {
            answer = await GetAsync<GraphList<GraphInsight>>(credentials, options.Value.LoginBaseUrl,
                $"{Uri.EscapeDataString(mediaId)}/insights?metric={InsightMetrics}", cancellationToken);
        }
        catch (ConnectorException e) when (e.Failure is ConnectorFailure.BadRequest or ConnectorFailure.Unauthorized or ConnectorFailure.NotFound)
        {
            return new Insights(null, null, null);
        }
        long? Metric(string name) =>
            answer.Data?.FirstOrDefault(m => m.Name == name)?.Values is [var first, ..] && first.Value.ValueKind == JsonValueKind.Number
            && first.Value.TryGetInt64(out var value) ? value : null;
        return new Insights(Metric("reach"), Metric("saved"), Metric("views"));
    }

    private async Task<T> GetAsync<T>(ConnectionCredentials credentials, Uri baseUrl, string path, CancellationToken cancellationToken)
    {
        var token = credentials.AccessToken ?? throw new ConnectorException(ConnectorFailure.Unauthorized, "The Instagram connection has no access token.");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseUrl, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await ConnectorHttp.SendAsync(http, request, GraphErrors.Unreachable, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw await GraphErrors.ReadAsync(response, cancellationToken);
        }
        try
        {
            return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken)
                ?? throw new ConnectorException(ConnectorFailure.BadRequest, "Instagram answered with an empty body.");
        }
        catch (JsonException e)
        {
            throw new ConnectorException(ConnectorFailure.BadRequest, $"Instagram's answer is not the documented shape: {e.Message}", inner: e);
        }
    }

    private static FetchedAccount Account(GraphUser? user, string handle)
    {
        if (user?.Id is not { Length: > 0 } id)
        {
            throw new ConnectorException(ConnectorFailure.NotFound, $"Instagram has no professional account @{handle}.");
        }
        return new FetchedAccount(id, user.Username ?? handle, user.Name, user.FollowersCount ?? 0, user.FollowsCount, user.MediaCount);
    }

    private static List<FetchedPost> Posts(GraphList<GraphMedia>? media, string handle, Dictionary<string, Insights>? insights)
    {
        var posts = new List<FetchedPost>();
        foreach (var item in media?.Data ?? [])
        {
            if (item.Id is not { Length: > 0 } id)
            {
                continue;
            }
            var published = Timestamp(item.Timestamp)
                ?? throw new ConnectorException(ConnectorFailure.BadRequest, $"Instagram media {id} has no readable timestamp ('{item.Timestamp}').");
            var seen = insights?.GetValueOrDefault(id);
            posts.Add(new FetchedPost(id, handle, published, item.Caption, item.Permalink, Kind(item), seen?.Views, item.LikeCount, item.CommentsCount,
                Shares: null, Saves: seen?.Saved, Reach: seen?.Reach, Impressions: seen?.Views));
        }
        return posts;
    }

    private static FetchedComment? Comment(GraphComment comment, string postId, string? owner, string? parentId) =>
        comment.Id is { Length: > 0 } id
            ? new FetchedComment(id, postId, comment.Username, comment.Text ?? "", Timestamp(comment.Timestamp), comment.LikeCount ?? 0,
                owner is not null && string.Equals(comment.Username, owner, StringComparison.OrdinalIgnoreCase), parentId)
            : null;

    /// <summary>REELS, STORY or the media type (IMAGE, VIDEO, CAROUSEL_ALBUM) of a feed post, lower case.</summary>
    private static string? Kind(GraphMedia media) =>
        (media.MediaProductType is "REELS" or "STORY" ? media.MediaProductType : media.MediaType)?.ToLowerInvariant();

    /// <summary>
    /// The next page's cursor: Graph pages carry paging.next while more follow. A nested edge (business discovery's
    /// media) may give only cursors.after, so there a page with items and a new cursor also counts, and an empty page
    /// ends the listing.
    /// </summary>
    private static string? NextToken<T>(GraphList<T>? list, string? current, bool nestedEdge)
    {
        var after = list?.Paging?.Cursors?.After;
        if (string.IsNullOrEmpty(after) || after == current)
        {
            return null;
        }
        return list!.Paging!.Next is not null || nestedEdge && list.Data is { Count: > 0 } ? after : null;
    }

    /// <summary>Graph timestamps are ISO 8601 with a colon-less offset: 2019-04-05T07:56:32+0000.</summary>
    internal static DateTime? Timestamp(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var normal = ColonlessOffset().Replace(text.Trim(), "$1:$2");
        return DateTimeOffset.TryParse(normal, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at.UtcDateTime : null;
    }

    /// <summary>An Instagram username: letters, digits, periods and underscores, at most 30 (checked before it goes into a field expansion).</summary>
    internal static string Handle(string account)
    {
        var handle = account.Trim().TrimStart('@');
        return UsernamePattern().IsMatch(handle)
            ? handle
            : throw new ConnectorException(ConnectorFailure.BadRequest, $"'{account}' is not an Instagram username (letters, digits, '.' and '_', at most 30).");
    }

    /// <summary>Graph cursors are URL-safe base64; anything else would break out of the field expansion.</summary>
    private static string Cursor(string token) =>
        CursorPattern().IsMatch(token) ? token : throw new ConnectorException(ConnectorFailure.BadRequest, "The stored Instagram page cursor is malformed.");

    [GeneratedRegex(@"^[A-Za-z0-9._]{1,30}$")]
    private static partial Regex UsernamePattern();

    [GeneratedRegex(@"^[A-Za-z0-9_\-=+/]{1,2000}$")]
    private static partial Regex CursorPattern();

    [GeneratedRegex(@"([+-]\d{2})(\d{2})$")]
    private static partial Regex ColonlessOffset();

    private sealed record Insights(long? Reach, long? Saved, long? Views);
}
