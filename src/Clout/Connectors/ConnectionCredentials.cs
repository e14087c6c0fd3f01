namespace Clout.Connectors;

/// <summary>
/// What a connection signs its calls with, in clear, only in memory: an API key (YouTube) or an access token
/// (Instagram, TikTok), and for authorised creators the refresh token and when the access token expires.
/// <see cref="BusinessAccountId"/> is the brand's own Instagram professional account when the token reads other
/// accounts through it (Instagram's business discovery); null when the token is the creator's own.
/// </summary>
internal sealed record ConnectionCredentials(
    string? ApiKey,
    string? AccessToken,
    string? RefreshToken = null,
    DateTime? ExpiresAtUtc = null,
    string? BusinessAccountId = null);
