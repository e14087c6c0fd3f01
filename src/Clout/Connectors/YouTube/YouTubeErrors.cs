using System.Net;
using System.Text.Json;

namespace Clout.Connectors.YouTube;

/// <summary>
/// The API's errors as its reference documents them ({"error": {"code", "message", "errors": [{"reason", "domain"}]}})
/// turned into what the sync must tell apart.
/// </summary>
internal static class YouTubeErrors
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<Exception> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        YouTubeError? error = null;
        try
        {
            error = (await response.Content.ReadFromJsonAsync<YouTubeErrorBody>(Json, cancellationToken))?.Error;
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            // Not the API's JSON (a proxy's page): the status alone decides.
        }
        var reason = error?.Errors is [var first, ..] ? first.Reason : null;
        var detail = error?.Details?.Select(d => d.Reason).FirstOrDefault(r => r is not null);
        var status = (int)response.StatusCode;
        var message = $"YouTube answered {status}{(reason is null ? "" : $" ({reason})")}: {error?.Message ?? response.ReasonPhrase}";
        var retryAfter = response.Headers.RetryAfter?.Delta;
        if (reason == "commentsDisabled")
        {
            return new YouTubeCommentsDisabledException();
        }
        var failure = (response.StatusCode, reason) switch
        {
            (_, "quotaExceeded" or "dailyLimitExceeded" or "rateLimitExceeded" or "userRateLimitExceeded") => ConnectorFailure.QuotaExceeded,
            (_, "keyInvalid" or "keyExpired" or "forbidden" or "accessNotConfigured" or "ipRefererBlocked") => ConnectorFailure.Unauthorized,
            (HttpStatusCode.BadRequest, _) when detail == "API_KEY_INVALID" => ConnectorFailure.Unauthorized,
            (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, _) => ConnectorFailure.Unauthorized,
            (HttpStatusCode.NotFound, _) => ConnectorFailure.NotFound,
            (HttpStatusCode.TooManyRequests, _) => ConnectorFailure.QuotaExceeded,
            _ when status >= 500 => ConnectorFailure.ServerError,
            _ => ConnectorFailure.BadRequest,
        };
        // A per-minute limit passes quickly; only the daily quota waits for midnight Pacific.
        if (failure == ConnectorFailure.QuotaExceeded && reason is "rateLimitExceeded" or "userRateLimitExceeded" && retryAfter is null)
        {
            retryAfter = TimeSpan.FromMinutes(1);
        }
        return new ConnectorException(failure, message, retryAfter);
    }
}
