namespace Clout.Connectors;

/// <summary>
/// What a connection signs its calls with, in clear, only in memory: an API key (YouTube) or an access token
/// (Instagram, TikTok), and for authorised creators the refresh token and when the access token expires.
/// </summary>
internal sealed record ConnectionCredentials(string? ApiKey, string? AccessToken, string? RefreshToken = null, DateTime? ExpiresAtUtc = null);
