using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Clout.Tests.Connectors;

/// <summary>
/// Instagram as its reference documents it, on a local port: business discovery on the Graph API (/fb/v25.0/), a
/// creator's own Graph API under Instagram Login (/ig/v25.0/: /me, /me/media, insights, comments, the long-lived
/// token and its refresh), the authorisation window (which approves at once and redirects back with a code) and the
/// code exchange. Tests add posts, comments and followers between syncs, and script failures.
/// </summary>
internal sealed partial class FakeInstagram : FakeApi
{
    public const string BrandToken = "EAAbrandtoken";
    public const string BrandBusinessId = "17841405309211844";
    public const string AppId = "990602627938098";
    public const string AppSecret = "ig-app-secret-xyz";

    /// <summary>A long-lived token lives 60 days.</summary>
    public const long LongLivedSeconds = 5_184_000;

    private int _issued;

    /// <summary>Professional accounts that business discovery finds, by username.</summary>
    public ConcurrentDictionary<string, FakeIgAccount> Accounts { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creators who authorise through Instagram Login, by their current token.</summary>
    public ConcurrentDictionary<string, FakeIgAccount> CreatorsByToken { get; } = new(StringComparer.Ordinal);

    /// <summary>Tokens that once worked and have expired: they get error 190/463.</summary>
    public ConcurrentDictionary<string, bool> ExpiredTokens { get; } = new(StringComparer.Ordinal);

    /// <summary>Who approves the next authorisation window.</summary>
    public FakeIgAccount? NextAuthoriser { get; set; }

    private readonly ConcurrentDictionary<string, FakeIgAccount> _codes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FakeIgAccount> _shortTokens = new(StringComparer.Ordinal);

    public static async Task<FakeInstagram> StartAsync(CancellationToken cancellationToken = default)
    {
        var fake = new FakeInstagram();
        await fake.ListenAsync(cancellationToken);
        return fake;
    }

    public Uri BaseUrl => new(Address, "fb/v25.0/");
    public Uri LoginBaseUrl => new(Address, "ig/v25.0/");
    public Uri AuthorizeUrl => new(Address, "oauth/authorize");
    public Uri TokenUrl => new(Address, "oauth/access_token");

    /// <summary>The settings that point Clout at this server, as command-line arguments.</summary>
    public string[] Settings =>
    [
        $"--Clout:Connectors:Instagram:BaseUrl={BaseUrl}",
        $"--Clout:Connectors:Instagram:LoginBaseUrl={LoginBaseUrl}",
        $"--Clout:Connectors:Instagram:AuthorizeUrl={AuthorizeUrl}",
        $"--Clout:Connectors:Instagram:TokenUrl={TokenUrl}",
        $"--Clout:Connectors:Instagram:AppId={AppId}",
        $"--Clout:Connectors:Instagram:AppSecret={AppSecret}",
    ];

    /// <summary>Error 190/463 as the reference shows it.</summary>
    public static string ExpiredBody =>
        """{"error":{"message":"Error validating access token: Session has expired on Friday, 04-Dec-26 10:00:00 PST. The current time is Monday, 07-Dec-26 08:00:00 PST.","type":"OAuthException","code":190,"error_subcode":463,"fbtrace_id":"AbCdEfGh123"}}""";

    /// <summary>The business use case rate limit on an Instagram account, with its usage header.</summary>
    public static FakeFailure RateLimited(string path) => new(path, 400,
        """{"error":{"message":"(#80002) There have been too many calls to this Instagram account. Wait a bit and try again.","type":"OAuthException","code":80002,"is_transient":true,"fbtrace_id":"AbCdEfGh124"}}""",
        new Dictionary<string, string> { ["X-Business-Use-Case-Usage"] = $$"""{"{{BrandBusinessId}}":[{"type":"instagram","call_count":100,"total_cputime":12,"total_time":30,"estimated_time_to_regain_access":7}]}""" });

    public static FakeFailure AppRateLimited(string path) => new(path, 403,
        """{"error":{"message":"(#4) Application request limit reached","type":"OAuthException","is_transient":true,"code":4,"fbtrace_id":"AbCdEfGh125"}}""",
        new Dictionary<string, string> { ["X-App-Usage"] = """{"call_count":100,"total_time":25,"total_cputime":25}""" });

    public static FakeFailure ServerError(string path) => new(path, 500,
        """{"error":{"message":"An unknown error has occurred.","type":"OAuthException","is_transient":true,"code":1,"fbtrace_id":"AbCdEfGh126"}}""");

    public static FakeFailure Expired(string path) => new(path, 400, ExpiredBody);

    protected override void Map(WebApplication app)
    {
        app.MapGet("/fb/v25.0/{id}", BusinessDiscovery);
        app.MapGet("/ig/v25.0/me", (HttpContext c) => Own(c, a => Results.Json(new
        {
            id = "app-scoped-" + a.Id, user_id = a.Id, username = a.Username, name = a.Name,
            followers_count = a.Followers, follows_count = a.Follows, media_count = a.Media.Count,
        })));
        app.MapGet("/ig/v25.0/me/media", (HttpContext c, string? after, int? limit) => Own(c, a => Results.Json(Page(a.Media, after, limit ?? 25, m => Media(m, a), true))));
        app.MapGet("/ig/v25.0/{id}/insights", (HttpContext c, string id, string metric) => Own(c, a => Insights(a, id, metric)));
        app.MapGet("/ig/v25.0/{id}/comments", (HttpContext c, string id, string? after, int? limit) => Own(c, a =>
            a.Media.FirstOrDefault(m => m.Id == id) is { } m
                ? Results.Json(Page(m.Comments, after, limit ?? 50, Comment, true))
                : UnknownObject(id)));
        app.MapGet("/ig/v25.0/access_token", LongLived);
        app.MapGet("/ig/v25.0/refresh_access_token", Refresh);
        app.MapGet("/ig/v25.0/{id}", (HttpContext c, string id) => Own(c, a =>
            a.Media.FirstOrDefault(m => m.Id == id) is { } m ? Results.Json(new { username = a.Username, id = m.Id }) : UnknownObject(id)));
        app.MapGet("/oauth/authorize", Authorize);
        app.MapPost("/oauth/access_token", ExchangeAsync);
    }

    public static string GraphTime(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "+0000";

    private IResult BusinessDiscovery(HttpContext context, string id, string fields)
    {
        if (Bearer(context) != BrandToken)
        {
            return TokenError(Bearer(context));
        }
        if (id != BrandBusinessId)
        {
            return UnknownObject(id);
        }
        var query = DiscoveryPattern().Match(fields);
        if (!query.Success)
        {
            return Results.Json(new { error = new { message = "(#100) Invalid fields", type = "OAuthException", code = 100, fbtrace_id = "x" } }, statusCode: 400);
        }
        if (!Accounts.TryGetValue(query.Groups[1].Value, out var account))
        {
            return Results.Json(new { error = new { message = "Invalid user id", type = "OAuthException", code = 110, error_subcode = 2207013, error_user_title = "Cannot find User", fbtrace_id = "x" } }, statusCode: 400);
        }
        var inner = query.Groups[2].Value;
        var media = MediaEdge().Match(inner);
        object discovered = media.Success
            ? new
            {
                media = Page(account.Media, media.Groups[1].Success ? media.Groups[1].Value : null,
                    media.Groups[2].Success ? int.Parse(media.Groups[2].Value, CultureInfo.InvariantCulture) : 25, m => Media(m, account), false),
                id = account.Id,
            }
            : new
            {
                id = account.Id, username = account.Username, name = account.Name,
                followers_count = account.Followers, follows_count = account.Follows, media_count = account.Media.Count,
            };
        return Results.Json(new { business_discovery = discovered, id = BrandBusinessId });
    }

    private IResult Own(HttpContext context, Func<FakeIgAccount, IResult> answer) =>
        Bearer(context) is { } token && CreatorsByToken.TryGetValue(token, out var account) ? answer(account) : TokenError(Bearer(context));

    private IResult TokenError(string? token) =>
        token is not null && ExpiredTokens.ContainsKey(token)
            ? Results.Text(ExpiredBody, "application/json", Encoding.UTF8, 400)
            : Results.Json(new { error = new { message = "Invalid OAuth access token - Cannot parse access token", type = "OAuthException", code = 190, fbtrace_id = "x" } }, statusCode: 400);

    private static IResult UnknownObject(string id) =>
        Results.Json(new
        {
            error = new
            {
                message = $"Unsupported get request. Object with ID '{id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.",
                type = "GraphMethodException", code = 100, error_subcode = 33, fbtrace_id = "x",
            },
        }, statusCode: 400);

    private static IResult Insights(FakeIgAccount account, string id, string metric)
    {
        if (account.Media.FirstOrDefault(m => m.Id == id) is not { } media)
        {
            return UnknownObject(id);
        }
        if (metric.Split(',').Contains("impressions"))
        {
            return Results.Json(new { error = new { message = "(#100) Starting from version v22.0 and above, the impressions metric is no longer supported.", type = "OAuthException", code = 100, fbtrace_id = "x" } }, statusCode: 400);
        }
        if (media.Reach is null)
        {
            return Results.Json(new { error = new { message = "(#10) Not enough viewers for the media to show insights", type = "OAuthException", code = 10, fbtrace_id = "x" } }, statusCode: 400);
        }
        var values = new Dictionary<string, long?> { ["reach"] = media.Reach, ["saved"] = media.Saved, ["views"] = media.Views };
        return Results.Json(new
        {
            data = metric.Split(',').Where(values.ContainsKey).Select(name => new
            {
                name, period = "lifetime", values = new[] { new { value = values[name] } }, title = name, description = name, id = $"{id}/insights/{name}/lifetime",
            }),
        });
    }

    private IResult Authorize(string client_id, string redirect_uri, string response_type, string scope, string? state)
    {
        if (client_id != AppId || response_type != "code" || NextAuthoriser is not { } who)
        {
            return Results.BadRequest();
        }
        var code = $"AQC{Interlocked.Increment(ref _issued)}code";
        _codes[code] = who;
        // Instagram appends #_ to the redirect; the fragment never reaches the server.
        return Results.Redirect($"{redirect_uri}?code={Uri.EscapeDataString(code)}&state={Uri.EscapeDataString(state ?? "")}#_");
    }

    private async Task<IResult> ExchangeAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        if (form["client_id"] != AppId || form["client_secret"] != AppSecret || form["grant_type"] != "authorization_code"
            || !_codes.TryRemove(form["code"].ToString(), out var who))
        {
            return Results.Json(new { error_type = "OAuthException", code = 400, error_message = "Matching code was not found or was already used" }, statusCode: 400);
        }
        var token = $"IGshort{Interlocked.Increment(ref _issued)}";
        _shortTokens[token] = who;
        return Results.Json(new { data = new[] { new { access_token = token, user_id = who.Id, permissions = "instagram_business_basic,instagram_business_manage_insights,instagram_business_manage_comments" } } });
    }

    private IResult LongLived(string grant_type, string client_secret, string access_token)
    {
        if (grant_type != "ig_exchange_token" || client_secret != AppSecret || !_shortTokens.TryRemove(access_token, out var who))
        {
            return TokenError(access_token);
        }
        var token = $"IGlong{Interlocked.Increment(ref _issued)}";
        CreatorsByToken[token] = who;
        return Results.Json(new { access_token = token, token_type = "bearer", expires_in = LongLivedSeconds });
    }

    private IResult Refresh(string grant_type, string access_token)
    {
        if (grant_type != "ig_refresh_token" || !CreatorsByToken.TryRemove(access_token, out var who))
        {
            return TokenError(access_token);
        }
        var token = $"IGlong{Interlocked.Increment(ref _issued)}";
        CreatorsByToken[token] = who;
        ExpiredTokens[access_token] = true;
        return Results.Json(new { access_token = token, token_type = "bearer", expires_in = LongLivedSeconds });
    }

    /// <summary>Cursor paging over a newest-first list; paging.next only while more follow when <paramref name="withNext"/>.</summary>
    private object Page<T>(IReadOnlyList<T> all, string? after, int limit, Func<T, object> shape, bool withNext)
    {
        lock (all)
        {
            var start = after is null ? 0 : int.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(after)), CultureInfo.InvariantCulture);
            var items = all.Skip(start).Take(limit).Select(shape).ToList();
            if (items.Count == 0)
            {
                return new { data = items };
            }
            var end = start + items.Count;
            var cursors = new { before = Cursor(start), after = Cursor(end) };
            return end < all.Count && withNext
                ? new { data = items, paging = (object)new { cursors, next = $"{LoginBaseUrl}more?after={Cursor(end)}" } }
                : new { data = items, paging = (object)new { cursors } };
        }
    }

    private static string Cursor(int index) => Convert.ToBase64String(Encoding.UTF8.GetBytes(index.ToString(CultureInfo.InvariantCulture)));

    private static object Media(FakeIgMedia m, FakeIgAccount a) => new
    {
        id = m.Id, caption = m.Caption, comments_count = m.Comments.Count, like_count = m.Likes, media_type = m.MediaType,
        media_product_type = m.ProductType, permalink = $"https://www.instagram.com/p/{m.Id}/", timestamp = GraphTime(m.PublishedUtc), username = a.Username,
    };

    private static object Comment(FakeIgComment c) => new
    {
        timestamp = GraphTime(c.AtUtc), text = c.Text, id = c.Id, username = c.Username, like_count = c.Likes,
        replies = new { data = c.Replies.Select(r => new { timestamp = GraphTime(r.AtUtc), text = r.Text, id = r.Id, username = r.Username, like_count = r.Likes }) },
    };

    private static string? Bearer(HttpContext context) =>
        context.Request.Headers.Authorization.ToString() is { } header && header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..] : null;

    [GeneratedRegex(@"^business_discovery\.username\(([^)]+)\)\{(.*)\}$")]
    private static partial Regex DiscoveryPattern();

    [GeneratedRegex(@"^media(?:\.after\(([^)]*)\))?(?:\.limit\((\d+)\))?\{")]
    private static partial Regex MediaEdge();
}

internal sealed class FakeIgAccount(string id, string username)
{
    public string Id { get; } = id;
    public string Username { get; } = username;
    public string? Name { get; set; }
    public long Followers { get; set; }
    public long Follows { get; set; }

    /// <summary>Newest first, as the media edge lists them.</summary>
    public List<FakeIgMedia> Media { get; } = [];

    public void Publish(FakeIgMedia media)
    {
        lock (Media)
        {
            Media.Insert(0, media);
        }
    }
}

internal sealed record FakeIgMedia(string Id, string Caption, DateTime PublishedUtc, long Likes, string MediaType = "IMAGE", string ProductType = "FEED",
    long? Reach = null, long? Saved = null, long? Views = null)
{
    public List<FakeIgComment> Comments { get; } = [];
}

internal sealed record FakeIgComment(string Id, string Username, string Text, DateTime AtUtc, long Likes = 0)
{
    public List<FakeIgComment> Replies { get; } = [];
}
