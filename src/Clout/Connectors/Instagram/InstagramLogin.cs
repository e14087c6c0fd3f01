using Clout.Core.Roster;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Clout.Connectors.Instagram;

/// <summary>
/// Business Login for Instagram, as a creator authorises the brand: the authorisation window's address, the code
/// exchanged for a short-lived token (POST api.instagram.com/oauth/access_token), that token for a long-lived one
/// (GET graph.instagram.com/access_token, 60 days), and the long-lived token refreshed before it expires
/// (GET /refresh_access_token). The app secret goes only to these endpoints; this client logs no addresses.
/// </summary>
internal sealed class InstagramLogin(HttpClient http, IOptions<InstagramOptions> options, TimeProvider clock) : ICreatorLogin
{
    public Platform Platform => Platform.Instagram;

    /// <summary>The permissions asked for: the profile and media, their insights, and their comments.</summary>
    public const string Scopes = "instagram_business_basic,instagram_business_manage_insights,instagram_business_manage_comments";

    /// <summary>The authorisation window for one invitation; <paramref name="state"/> comes back on the callback.</summary>
    public Uri AuthorizeUri(string state, Uri redirectUri)
    {
        var settings = options.Value;
        return new Uri(QueryHelpers.AddQueryString(settings.AuthorizeUrl.ToString(), new Dictionary<string, string?>
        {
            ["client_id"] = AppId(settings),
            ["redirect_uri"] = redirectUri.ToString(),
            ["response_type"] = "code",
            ["scope"] = Scopes,
            ["state"] = state,
        }));
    }

    public async Task<AuthorisedAccount> ExchangeCodeAsync(string code, Uri redirectUri, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = AppId(settings),
            ["client_secret"] = AppSecret(settings),
            ["grant_type"] = "authorization_code",
            ["redirect_uri"] = redirectUri.ToString(),
            ["code"] = code,
        });
        var shortLived = await SendAsync(new HttpRequestMessage(HttpMethod.Post, settings.TokenUrl) { Content = form }, cancellationToken);
        // The answer is {"data":[{"access_token","user_id","permissions"}]}; older pages document it flat.
        var entry = shortLived.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array && data.GetArrayLength() > 0 ? data[0] : shortLived;
        var token = Text(entry, "access_token") ?? throw Malformed("access_token");
        var userId = Text(entry, "user_id") ?? throw Malformed("user_id");

        var longLived = await SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(settings.LoginBaseUrl, QueryHelpers.AddQueryString("access_token",
            new Dictionary<string, string?> { ["grant_type"] = "ig_exchange_token", ["client_secret"] = AppSecret(settings), ["access_token"] = token }))),
            cancellationToken);
        return new AuthorisedAccount(Credentials(longLived), userId);
    }

    /// <summary>A long-lived token refreshed for another 60 days (it must be a day old and not yet expired).</summary>
    public async Task<ConnectionCredentials> RefreshAsync(ConnectionCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var token = credentials.AccessToken ?? throw new ConnectorException(ConnectorFailure.TokenExpired, "The Instagram connection has no token to refresh.");
        var answer = await SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(options.Value.LoginBaseUrl, QueryHelpers.AddQueryString("refresh_access_token",
            new Dictionary<string, string?> { ["grant_type"] = "ig_refresh_token", ["access_token"] = token }))), cancellationToken);
        return Credentials(answer);
    }

    /// <summary>Whether the token should be refreshed now: it expires within the configured margin.</summary>
    public bool NeedsRefresh(ConnectionCredentials credentials) =>
        credentials.ExpiresAtUtc is { } expires && expires - clock.GetUtcNow().UtcDateTime <= options.Value.RefreshBefore;

    private ConnectionCredentials Credentials(JsonElement answer)
    {
        var token = Text(answer, "access_token") ?? throw Malformed("access_token");
        DateTime? expires = answer.TryGetProperty("expires_in", out var seconds) && seconds.TryGetInt64(out var s)
            ? clock.GetUtcNow().UtcDateTime.AddSeconds(s)
            : null;
        return new ConnectionCredentials(null, token, null, expires);
    }

    private async Task<JsonElement> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            using var response = await ConnectorHttp.SendAsync(http, request, GraphErrors.Unreachable, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw await LoginErrorAsync(response, cancellationToken);
            }
            try
            {
                return await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken) is { ValueKind: JsonValueKind.Object } body
                    ? body
                    : throw new ConnectorException(ConnectorFailure.BadRequest, "Instagram's token endpoint answered something other than an object.");
            }
            catch (JsonException e)
            {
                throw new ConnectorException(ConnectorFailure.BadRequest, $"Instagram's token endpoint answered in an unknown shape: {e.Message}", inner: e);
            }
        }
    }

    /// <summary>
    /// api.instagram.com answers {"error_type":"OAuthException","code":400,"error_message":"…"} (a used or wrong code);
    /// graph.instagram.com answers the Graph API's error body.
    /// </summary>
    private static async Task<ConnectorException> LoginErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var graph = await GraphErrors.ReadAsync(response, cancellationToken);
        if (graph.Failure is ConnectorFailure.BadRequest or ConnectorFailure.Unauthorized)
        {
            try
            {
                using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
                if (Text(document.RootElement, "error_message") is { } message)
                {
                    return new ConnectorException(ConnectorFailure.TokenExpired, $"Instagram refused the authorisation: {message}");
                }
            }
            catch (JsonException)
            {
                // Not JSON: the Graph reading stands.
            }
        }
        return graph;
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    private static ConnectorException Malformed(string field) =>
        new(ConnectorFailure.BadRequest, $"Instagram's token answer has no '{field}'.");

    private static string AppId(InstagramOptions settings) =>
        string.IsNullOrWhiteSpace(settings.AppId) ? throw new ConnectorSetupException($"{InstagramOptions.Section}:AppId is not set: creators cannot authorise Clout on Instagram without the app's id.") : settings.AppId;

    private static string AppSecret(InstagramOptions settings) =>
        string.IsNullOrWhiteSpace(settings.AppSecret) ? throw new ConnectorSetupException($"{InstagramOptions.Section}:AppSecret is not set: creators cannot authorise Clout on Instagram without the app's secret.") : settings.AppSecret;
}
