using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Clout.Tests.Connectors;

/// <summary>
/// TikTok as its reference documents it, on a local port: Login Kit's authorisation page (approves at once and
/// redirects back with a code), POST /v2/oauth/token/ (code and refresh grants), and the Display API's
/// /v2/user/info/ and /v2/video/list/ with their {"data":…,"error":{"code":"ok",…}} envelope and cursor paging.
/// </summary>
internal sealed class FakeTikTok : FakeApi
{
    public const string ClientKey = "awtiktokclientkey";
    public const string ClientSecret = "tiktok-client-secret-xyz";
    public const long AccessSeconds = 86_400;
    public const long RefreshSeconds = 31_536_000;

    private int _issued;
    private readonly ConcurrentDictionary<string, FakeTtAccount> _codes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FakeTtAccount> _refreshTokens = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, FakeTtAccount> CreatorsByToken { get; } = new(StringComparer.Ordinal);

    public FakeTtAccount? NextAuthoriser { get; set; }

    public static async Task<FakeTikTok> StartAsync(CancellationToken cancellationToken = default)
    {
        var fake = new FakeTikTok();
        await fake.ListenAsync(cancellationToken);
        return fake;
    }

    public Uri BaseUrl => new(Address, "v2/");
    public Uri AuthorizeUrl => new(Address, "v2/auth/authorize/");

    public string[] Settings =>
    [
        $"--Clout:Connectors:TikTok:BaseUrl={BaseUrl}",
        $"--Clout:Connectors:TikTok:AuthorizeUrl={AuthorizeUrl}",
        $"--Clout:Connectors:TikTok:ClientKey={ClientKey}",
        $"--Clout:Connectors:TikTok:ClientSecret={ClientSecret}",
    ];

    public static FakeFailure Expired(string path) => new(path, 401,
        """{"data":{},"error":{"code":"access_token_invalid","message":"The access token is invalid or not found in the request.","log_id":"20261207080000AB12"}}""");

    public static FakeFailure RateLimited(string path) => new(path, 429,
        """{"data":{},"error":{"code":"rate_limit_exceeded","message":"API rate limit exceeded, please retry later.","log_id":"20261207080000AB13"}}""");

    public static FakeFailure ServerError(string path) => new(path, 500,
        """{"data":{},"error":{"code":"internal_error","message":"Something went wrong. Please try again later.","log_id":"20261207080000AB14"}}""");

    public static FakeFailure ScopeMissing(string path) => new(path, 401,
        """{"data":{},"error":{"code":"scope_not_authorized","message":"The user did not authorize the scope required for completing this request.","log_id":"20261207080000AB15"}}""");

    protected override void Map(WebApplication app)
    {
        app.MapGet("/v2/auth/authorize/", Authorize);
        app.MapPost("/v2/oauth/token/", TokenAsync);
        app.MapGet("/v2/user/info/", (HttpContext c, string fields) => Own(c, a =>
        {
            var all = new Dictionary<string, object?>
            {
                ["open_id"] = a.OpenId, ["union_id"] = "union-" + a.OpenId, ["avatar_url"] = "https://p16.tiktokcdn.com/avatar.jpeg",
                ["display_name"] = a.DisplayName, ["username"] = a.Username, ["follower_count"] = a.Followers, ["following_count"] = a.Following,
                ["likes_count"] = a.Likes, ["video_count"] = a.Videos.Count,
            };
            var user = fields.Split(',').Where(all.ContainsKey).ToDictionary(f => f, f => all[f]);
            return Envelope(new { user });
        }));
        app.MapPost("/v2/video/list/", (HttpContext c, string fields, JsonElement body) => Own(c, a => VideoList(a, fields, body)));
    }

    private IResult Own(HttpContext context, Func<FakeTtAccount, IResult> answer)
    {
        var header = context.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.Ordinal) && CreatorsByToken.TryGetValue(header["Bearer ".Length..], out var account)
            ? answer(account)
            : Results.Text(Expired("").Body, "application/json", statusCode: 401);
    }

    private static IResult Envelope(object data) =>
        Results.Json(new { data, error = new { code = "ok", message = "", log_id = "20261207080000AB00" } });

    private static IResult VideoList(FakeTtAccount account, string fields, JsonElement body)
    {
        var max = body.TryGetProperty("max_count", out var m) ? m.GetInt32() : 10;
        long? cursor = body.TryGetProperty("cursor", out var c) ? c.GetInt64() : null;
        List<FakeTtVideo> page;
        bool more;
        lock (account.Videos)
        {
            var older = account.Videos.Where(v => cursor is null || v.CreatedMs < cursor).ToList();
            page = older.Take(max).ToList();
            more = older.Count > page.Count;
        }
        var wanted = fields.Split(',').ToHashSet();
        var videos = page.Select(v => new Dictionary<string, object?>
        {
            ["id"] = v.Id, ["create_time"] = v.CreatedMs / 1000, ["title"] = v.Title, ["video_description"] = v.Description,
            ["share_url"] = $"https://www.tiktok.com/@{account.Username}/video/{v.Id}", ["like_count"] = v.Likes, ["comment_count"] = v.Comments,
            ["share_count"] = v.Shares, ["view_count"] = v.Views,
        }.Where(p => wanted.Contains(p.Key)).ToDictionary());
        // The cursor is the create time (ms) of the oldest video returned: the next page lists those before it.
        return Envelope(new { videos, cursor = page.Count > 0 ? page[^1].CreatedMs : cursor ?? 0, has_more = more });
    }

    private IResult Authorize(string client_key, string scope, string response_type, string redirect_uri, string state)
    {
        if (client_key != ClientKey || response_type != "code" || NextAuthoriser is not { } who)
        {
            return Results.BadRequest();
        }
        var code = $"tt{Interlocked.Increment(ref _issued)}code*0!6410";
        _codes[code] = who;
        return Results.Redirect($"{redirect_uri}?code={Uri.EscapeDataString(code)}&scopes={Uri.EscapeDataString(scope)}&state={Uri.EscapeDataString(state)}");
    }

    private async Task<IResult> TokenAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        if (form["client_key"] != ClientKey || form["client_secret"] != ClientSecret)
        {
            return Results.Json(new { error = "invalid_client", error_description = "Client key or secret is incorrect.", log_id = "x" });
        }
        FakeTtAccount? who = null;
        var granted = form["grant_type"].ToString() switch
        {
            "authorization_code" => _codes.TryRemove(form["code"].ToString(), out who),
            "refresh_token" => _refreshTokens.TryGetValue(form["refresh_token"].ToString(), out who),
            _ => false,
        };
        if (!granted || who is null)
        {
            return Results.Json(new { error = "invalid_grant", error_description = "Authorization code is expired.", log_id = "x" });
        }
        var n = Interlocked.Increment(ref _issued);
        var access = $"act.{n}example";
        var refresh = $"rft.{n}example";
        CreatorsByToken[access] = who;
        _refreshTokens[refresh] = who;
        return Results.Json(new
        {
            access_token = access, expires_in = AccessSeconds, open_id = who.OpenId, refresh_expires_in = RefreshSeconds,
            refresh_token = refresh, scope = "user.info.basic,user.info.profile,user.info.stats,video.list", token_type = "Bearer",
        });
    }

    public static long Ms(DateTime utc) => new DateTimeOffset(utc, TimeSpan.Zero).ToUnixTimeMilliseconds();
}

internal sealed class FakeTtAccount(string openId, string username)
{
    public string OpenId { get; } = openId;
    public string Username { get; } = username;
    public string? DisplayName { get; set; }
    public long Followers { get; set; }
    public long Following { get; set; }
    public long Likes { get; set; }

    /// <summary>Newest first.</summary>
    public List<FakeTtVideo> Videos { get; } = [];

    public void Publish(FakeTtVideo video)
    {
        lock (Videos)
        {
            Videos.Insert(0, video);
        }
    }
}

internal sealed record FakeTtVideo(string Id, DateTime CreatedUtc, string Title, string Description, long Views, long Likes, long Comments, long Shares)
{
    public long CreatedMs => FakeTikTok.Ms(CreatedUtc);
}
