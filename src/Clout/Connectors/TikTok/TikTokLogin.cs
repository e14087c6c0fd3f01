using Clout.Core.Roster;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Clout.Connectors.TikTok;

/// <summary>
/// Login Kit for the web, as a creator authorises the brand: the authorisation page's address, the code exchanged at
/// POST /oauth/token/ for an access token (a day) and a refresh token (a year) with the creator's open_id, and the
/// access token refreshed with the refresh token. The client secret goes only to the token endpoint.
/// </summary>
internal sealed class TikTokLogin(HttpClient http, IOptions<TikTokOptions> options, TimeProvider clock) : ICreatorLogin
{
    public Platform Platform => Platform.TikTok;

    /// <summary>The profile, its counts and the public videos: what the Display API needs.</summary>
    public const string Scopes = "user.info.basic,user.info.profile,user.info.stats,video.list";

    public Uri AuthorizeUri(string state, Uri redirectUri)
    {
        var settings = options.Value;
        return new Uri(QueryHelpers.AddQueryString(settings.AuthorizeUrl.ToString(), new Dictionary<string, string?>
        {
            ["client_key"] = ClientKey(settings),
            ["scope"] = Scopes,
            ["response_type"] = "code",
            ["redirect_uri"] = redirectUri.ToString(),
            ["state"] = state,
        }));
    }

    public async Task<AuthorisedAccount> ExchangeCodeAsync(string code, Uri redirectUri, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var answer = await TokenAsync(new Dictionary<string, string>
        {
            ["client_key"] = ClientKey(settings),
            ["client_secret"] = ClientSecret(settings),
            ["code"] = code,
            ["grant_type"] = "authorization_code",
            ["redirect_uri"] = redirectUri.ToString(),
        }, cancellationToken);
        var openId = Text(answer, "open_id") ?? throw Malformed("open_id");
        return new AuthorisedAccount(Credentials(answer, null), openId);
    }

    public async Task<ConnectionCredentials> RefreshAsync(ConnectionCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var settings = options.Value;
        var refresh = credentials.RefreshToken ?? throw new ConnectorException(ConnectorFailure.TokenExpired, "The TikTok connection has no refresh token.");
        var answer = await TokenAsync(new Dictionary<string, string>
        {
            ["client_key"] = ClientKey(settings),
            ["client_secret"] = ClientSecret(settings),
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = refresh,
        }, cancellationToken);
        return Credentials(answer, refresh);
    }

    /// <summary>Whether the access token should be refreshed now: it expires within the configured margin.</summary>
    public bool NeedsRefresh(ConnectionCredentials credentials) =>
        credentials.RefreshToken is not null && credentials.ExpiresAtUtc is { } expires
        && expires - clock.GetUtcNow().UtcDateTime <= options.Value.RefreshBefore;

    private ConnectionCredentials Credentials(JsonElement answer, string? previousRefresh)
    {
        var token = Text(answer, "access_token") ?? throw Malformed("access_token");
        DateTime? expires = answer.TryGetProperty("expires_in", out var seconds) && seconds.TryGetInt64(out var s)
            ? clock.GetUtcNow().UtcDateTime.AddSeconds(s)
            : null;
        // A refresh may hand out a new refresh token; when it does not, the old one stays valid.
        return new ConnectionCredentials(null, token, Text(answer, "refresh_token") ?? previousRefresh, expires);
    }

    private async Task<JsonElement> TokenAsync(Dictionary<string, string> fields, CancellationToken cancellationToken)
    {
        using var form = new FormUrlEncodedContent(fields);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.Value.BaseUrl, "oauth/token/")) { Content = form };
        using var response = await ConnectorHttp.SendAsync(http, request, TikTokErrors.Unreachable, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw await TikTokErrors.ReadAsync(response, cancellationToken);
        }
        JsonElement answer;
        try
        {
            answer = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        }
        catch (JsonException e)
        {
            throw new ConnectorException(ConnectorFailure.BadRequest, $"TikTok's token endpoint answered in an unknown shape: {e.Message}", inner: e);
        }
        if (answer.ValueKind != JsonValueKind.Object)
        {
            throw new ConnectorException(ConnectorFailure.BadRequest, "TikTok's token endpoint answered something other than an object.");
        }
        // The token endpoint reports a refused code or refresh token in the body, with a 200 status.
        if (Text(answer, "error") is { Length: > 0 } error)
        {
            throw TikTokErrors.From(response.StatusCode, error, Text(answer, "error_description"));
        }
        return answer;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static ConnectorException Malformed(string field) => new(ConnectorFailure.BadRequest, $"TikTok's token answer has no '{field}'.");

    private static string ClientKey(TikTokOptions settings) =>
        string.IsNullOrWhiteSpace(settings.ClientKey) ? throw new ConnectorSetupException($"{TikTokOptions.Section}:ClientKey is not set: creators cannot authorise Clout on TikTok without the app's client key.") : settings.ClientKey;

    private static string ClientSecret(TikTokOptions settings) =>
        string.IsNullOrWhiteSpace(settings.ClientSecret) ? throw new ConnectorSetupException($"{TikTokOptions.Section}:ClientSecret is not set: creators cannot authorise Clout on TikTok without the app's client secret.") : settings.ClientSecret;
}
