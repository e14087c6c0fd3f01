using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Tests.Connectors;

/// <summary>
/// A local stand-in for the YouTube Data API v3 on real Kestrel (127.0.0.1, port 0), answering channels.list,
/// playlistItems.list, videos.list and commentThreads.list with the fields, page tokens and error bodies the API's
/// reference documents, from a state a test changes (a new video "tomorrow") and a script of failures.
/// </summary>
internal sealed class FakeYouTube : IAsyncDisposable
{
    public const string ChannelId = "UCa1b2c3d4e5f6g7h8i9j0kl";
    public const string Handle = "lenacooks";
    public const string UploadsId = "UUa1b2c3d4e5f6g7h8i9j0kl";

    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly Dictionary<int, (int Status, string Reason, string Domain)> _failures = [];
    private readonly List<Video> _videos = [];
    private int _requests;

    private FakeYouTube(WebApplication app) => _app = app;

    /// <summary>The API's base address, for Clout:Connectors:YouTube:BaseUrl.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    public string ValidKey { get; set; } = "AIzaSy-test-key-0123456789";

    public long Subscribers { get; set; } = 12_400;

    /// <summary>Items per page: small, so that a handful of videos already spans several pages.</summary>
    public int PageSize { get; init; } = 2;

    /// <summary>Requests answered so far (failures included).</summary>
    public int Requests
    {
        get
        {
            lock (_gate)
            {
                return _requests;
            }
        }
    }

    /// <summary>Every X-Goog-Api-Key and URL seen, to check where the key travels.</summary>
    public List<string> Seen { get; } = [];

    public sealed record Video(string Id, DateTime PublishedAtUtc, string Title, long Views, long? Likes, long Comments, List<Thread> Threads, bool CommentsDisabled = false);

    public sealed record Thread(string Id, string AuthorChannelId, string Author, string Text, DateTime PublishedAtUtc, long Likes, List<Reply> Replies);

    public sealed record Reply(string Id, string AuthorChannelId, string Author, string Text, DateTime PublishedAtUtc);

    public static async Task<FakeYouTube> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeYouTube(app);
        app.MapGet("/youtube/v3/{resource}", (string resource, HttpContext context) => fake.Answer(resource, context.Request));
        await app.StartAsync(WebTest.Ct);
        var bound = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        fake.BaseUrl = new Uri(bound.TrimEnd('/') + "/youtube/v3/");
        return fake;
    }

    /// <summary>Adds a video (newest first in the uploads playlist, as YouTube lists them).</summary>
    public void AddVideo(Video video)
    {
        lock (_gate)
        {
            _videos.Insert(0, video);
        }
    }

    /// <summary>Request number <paramref name="request"/> (1 = the next one counted from the start) answers with this error.</summary>
    public void FailRequest(int request, int status, string reason, string domain)
    {
        lock (_gate)
        {
            _failures[request] = (status, reason, domain);
        }
    }

    /// <summary>A channel with <paramref name="videos"/> videos a day apart, each with two comment threads, one with the creator's reply.</summary>
    public void Seed(DateTime nowUtc, int videos)
    {
        for (var i = videos; i >= 1; i--)
        {
            var published = nowUtc.AddDays(-i).AddHours(-1);
            AddVideo(new Video($"vid{i:D3}", published, $"Recipe {i}", 1_000 * i, i % 3 == 0 ? null : 50 * i, 2 + i, [
                new Thread($"th{i}a", "UCfan1", "Fan One", $"Made recipe {i} tonight, where do I buy the pan?", published.AddHours(2), 3,
                    [new Reply($"th{i}a.r1", ChannelId, "Lena Cooks", "Link is in the description!", published.AddHours(3))]),
                new Thread($"th{i}b", "UCfan2", "Fan Two", "Is this sponsored?? looks fake", published.AddHours(4), 0, []),
            ]));
        }
    }

    private IResult Answer(string resource, HttpRequest request)
    {
        int number;
        (int Status, string Reason, string Domain) failure;
        bool fails;
        lock (_gate)
        {
            number = ++_requests;
            Seen.Add($"{request.Headers["X-Goog-Api-Key"]} {request.Path}{request.QueryString}");
            fails = _failures.Remove(number, out failure);
        }
        if (fails)
        {
            return Error(failure.Status, failure.Reason, failure.Domain, failure.Status >= 500 ? "Backend Error" : "The request cannot be completed because you have exceeded your quota.");
        }
        if (request.Headers["X-Goog-Api-Key"] != ValidKey && request.Query["key"] != ValidKey)
        {
            return Error(400, "badRequest", "global", "API key not valid. Please pass a valid API key.", "API_KEY_INVALID");
        }
        lock (_gate)
        {
            return resource switch
            {
                "channels" => Channels(request),
                "playlistItems" => PlaylistItems(request),
                "videos" => Videos(request),
                "commentThreads" => CommentThreads(request),
                _ => Error(404, "notFound", "global", "Not Found"),
            };
        }
    }

    private IResult Channels(HttpRequest request)
    {
        var id = request.Query["id"].ToString();
        var handle = request.Query["forHandle"].ToString().TrimStart('@');
        var items = new JsonArray();
        if (id == ChannelId || handle.Equals(Handle, StringComparison.OrdinalIgnoreCase))
        {
            items.Add(new JsonObject
            {
                ["kind"] = "youtube#channel",
                ["etag"] = "etag-channel",
                ["id"] = ChannelId,
                ["snippet"] = new JsonObject { ["title"] = "Lena Cooks", ["description"] = "Weeknight recipes.", ["customUrl"] = "@" + Handle, ["publishedAt"] = "2019-03-01T10:00:00Z" },
                ["contentDetails"] = new JsonObject { ["relatedPlaylists"] = new JsonObject { ["likes"] = "", ["uploads"] = UploadsId } },
                ["statistics"] = new JsonObject
                {
                    ["viewCount"] = "1234567",
                    ["subscriberCount"] = Subscribers.ToString(CultureInfo.InvariantCulture),
                    ["hiddenSubscriberCount"] = false,
                    ["videoCount"] = _videos.Count.ToString(CultureInfo.InvariantCulture),
                },
            });
        }
        // An unknown handle is not an error: the list is empty (no "items" at all).
        var body = new JsonObject { ["kind"] = "youtube#channelListResponse", ["etag"] = "etag-list", ["pageInfo"] = new JsonObject { ["totalResults"] = items.Count, ["resultsPerPage"] = 5 } };
        if (items.Count > 0)
        {
            body["items"] = items;
        }
        return Results.Text(body.ToJsonString(), "application/json");
    }

    private IResult PlaylistItems(HttpRequest request)
    {
        if (request.Query["playlistId"] != UploadsId)
        {
            return Error(404, "playlistNotFound", "youtube.playlistItem", "The playlist identified with the request's playlistId parameter cannot be found.");
        }
        var (page, next) = Page(_videos, request);
        var items = new JsonArray([.. page.Select(v => (JsonNode)new JsonObject
        {
            ["kind"] = "youtube#playlistItem",
            ["etag"] = "etag-" + v.Id,
            ["id"] = "PLI" + v.Id,
            ["contentDetails"] = new JsonObject { ["videoId"] = v.Id, ["videoPublishedAt"] = Time(v.PublishedAtUtc) },
        })]);
        return List("youtube#playlistItemListResponse", items, next, _videos.Count);
    }

    private IResult Videos(HttpRequest request)
    {
        var ids = request.Query["id"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries);
        var items = new JsonArray([.. _videos.Where(v => ids.Contains(v.Id)).Select(v =>
        {
            var statistics = new JsonObject { ["viewCount"] = v.Views.ToString(CultureInfo.InvariantCulture), ["favoriteCount"] = "0", ["commentCount"] = v.Comments.ToString(CultureInfo.InvariantCulture) };
            if (v.Likes is { } likes)
            {
                statistics["likeCount"] = likes.ToString(CultureInfo.InvariantCulture);
            }
            return (JsonNode)new JsonObject
            {
                ["kind"] = "youtube#video",
                ["etag"] = "etag-" + v.Id,
                ["id"] = v.Id,
                ["snippet"] = new JsonObject { ["publishedAt"] = Time(v.PublishedAtUtc), ["channelId"] = ChannelId, ["title"] = v.Title, ["description"] = "" },
                ["statistics"] = statistics,
            };
        })]);
        return List("youtube#videoListResponse", items, null, items.Count);
    }

    private IResult CommentThreads(HttpRequest request)
    {
        var video = _videos.SingleOrDefault(v => v.Id == request.Query["videoId"]);
        if (video is null)
        {
            return Error(404, "videoNotFound", "youtube.commentThread", "The video identified by the videoId parameter could not be found.");
        }
        if (video.CommentsDisabled)
        {
            return Error(403, "commentsDisabled", "youtube.commentThread", "The video identified by the videoId parameter has disabled comments.");
        }
        var (page, next) = Page(video.Threads, request);
        var items = new JsonArray([.. page.Select(t => (JsonNode)new JsonObject
        {
            ["kind"] = "youtube#commentThread",
            ["etag"] = "etag-" + t.Id,
            ["id"] = t.Id,
            ["snippet"] = new JsonObject
            {
                ["channelId"] = ChannelId,
                ["videoId"] = video.Id,
                ["topLevelComment"] = Comment(t.Id, t.AuthorChannelId, t.Author, t.Text, t.PublishedAtUtc, t.Likes, video.Id, null),
                ["canReply"] = true,
                ["totalReplyCount"] = t.Replies.Count,
                ["isPublic"] = true,
            },
            ["replies"] = new JsonObject { ["comments"] = new JsonArray([.. t.Replies.Select(r => (JsonNode)Comment(r.Id, r.AuthorChannelId, r.Author, r.Text, r.PublishedAtUtc, 0, video.Id, t.Id))]) },
        })]);
        return List("youtube#commentThreadListResponse", items, next, video.Threads.Count);
    }

    private static JsonObject Comment(string id, string authorChannel, string author, string text, DateTime published, long likes, string videoId, string? parentId)
    {
        var snippet = new JsonObject
        {
            ["channelId"] = ChannelId,
            ["videoId"] = videoId,
            ["textDisplay"] = text,
            ["textOriginal"] = text,
            ["authorDisplayName"] = author,
            ["authorProfileImageUrl"] = "https://yt3.ggpht.com/x",
            ["authorChannelUrl"] = "http://www.youtube.com/channel/" + authorChannel,
            ["authorChannelId"] = new JsonObject { ["value"] = authorChannel },
            ["canRate"] = true,
            ["viewerRating"] = "none",
            ["likeCount"] = likes,
            ["publishedAt"] = Time(published),
            ["updatedAt"] = Time(published),
        };
        if (parentId is not null)
        {
            snippet["parentId"] = parentId;
        }
        return new JsonObject { ["kind"] = "youtube#comment", ["etag"] = "etag-" + id, ["id"] = id, ["snippet"] = snippet };
    }

    private (IReadOnlyList<T> Page, string? Next) Page<T>(IReadOnlyList<T> all, HttpRequest request)
    {
        var token = request.Query["pageToken"].ToString();
        var start = token.StartsWith("tok", StringComparison.Ordinal) ? int.Parse(token[3..], CultureInfo.InvariantCulture) : 0;
        var size = Math.Min(PageSize, int.Parse(request.Query["maxResults"].ToString() is { Length: > 0 } m ? m : "5", CultureInfo.InvariantCulture));
        var page = all.Skip(start).Take(size).ToList();
        return (page, start + size < all.Count ? $"tok{start + size}" : null);
    }

    private static IResult List(string kind, JsonArray items, string? next, int total)
    {
        var body = new JsonObject
        {
            ["kind"] = kind,
            ["etag"] = "etag-list",
            ["pageInfo"] = new JsonObject { ["totalResults"] = total, ["resultsPerPage"] = items.Count },
            ["items"] = items,
        };
        if (next is not null)
        {
            body["nextPageToken"] = next;
        }
        return Results.Text(body.ToJsonString(), "application/json");
    }

    /// <summary>The error body of the API's reference: {"error": {"code", "message", "errors": [{"message", "domain", "reason"}]}}.</summary>
    private static IResult Error(int status, string reason, string domain, string message, string? detailReason = null)
    {
        var error = new JsonObject
        {
            ["code"] = status,
            ["message"] = message,
            ["errors"] = new JsonArray(new JsonObject { ["message"] = message, ["domain"] = domain, ["reason"] = reason }),
        };
        if (detailReason is not null)
        {
            error["status"] = "INVALID_ARGUMENT";
            error["details"] = new JsonArray(new JsonObject { ["@type"] = "type.googleapis.com/google.rpc.ErrorInfo", ["reason"] = detailReason, ["domain"] = "googleapis.com" });
        }
        return Results.Text(new JsonObject { ["error"] = error }.ToJsonString(), "application/json", statusCode: status);
    }

    private static string Time(DateTime utc) => utc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
