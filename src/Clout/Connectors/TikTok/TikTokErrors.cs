using System.Net;
using System.Text.Json;

namespace Clout.Connectors.TikTok;

/// <summary>
/// Reads TikTok's error envelope ({"error":{"code":"…","message":"…","log_id":"…"}}, and the token endpoint's
/// {"error":"invalid_grant","error_description":"…"}) into the failure the sync acts on. The codes are those of
/// TikTok's error handling reference: an invalid token (401), a spent rate limit (429), a missing scope, and TikTok's
/// own trouble (internal_error, 5xx).
/// </summary>
internal static class TikTokErrors
{
    /// <summary>The envelope's code of a successful call.</summary>
    public const string Ok = "ok";

    public static async Task<ConnectorException> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var (code, message) = Parse(body);
        return From(response.StatusCode, code, message ?? Shorten(body), response.Headers.RetryAfter?.Delta);
    }

    /// <summary>A failure from an envelope code, which TikTok may also send with a 200 status.</summary>
    public static ConnectorException From(HttpStatusCode status, string? code, string? message, TimeSpan? retryAfter = null)
    {
        var text = $"TikTok answered {(int)status}{(code is null ? "" : $" {code}")}: {message}";
        return code switch
        {
            "access_token_invalid" or "invalid_grant" => new ConnectorException(ConnectorFailure.TokenExpired, text),
            "rate_limit_exceeded" => new ConnectorException(ConnectorFailure.QuotaExceeded, text, retryAfter),
            "scope_not_authorized" or "scope_permission_missed" or "invalid_client" or "unauthorized_client"
                => new ConnectorException(ConnectorFailure.Unauthorized, text),
            "internal_error" => new ConnectorException(ConnectorFailure.ServerError, text, retryAfter),
            _ => (int)status switch
            {
                >= 500 => new ConnectorException(ConnectorFailure.ServerError, text, retryAfter),
                429 => new ConnectorException(ConnectorFailure.QuotaExceeded, text, retryAfter),
                401 => new ConnectorException(ConnectorFailure.TokenExpired, text),
                403 => new ConnectorException(ConnectorFailure.Unauthorized, text),
                404 => new ConnectorException(ConnectorFailure.NotFound, text),
                _ => new ConnectorException(ConnectorFailure.BadRequest, text),
            },
        };
    }

    public static ConnectorException Unreachable(Exception e) =>
        new(ConnectorFailure.ServerError, $"TikTok did not answer: {e.Message}", inner: e);

    private static (string? Code, string? Message) Parse(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("error", out var error))
            {
                return (null, null);
            }
            if (error.ValueKind == JsonValueKind.Object)
            {
                return (Text(error, "code"), Text(error, "message"));
            }
            if (error.ValueKind == JsonValueKind.String)
            {
                return (error.GetString(), Text(root, "error_description"));
            }
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's page): the status decides alone.
        }
        return (null, null);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Shorten(string body)
    {
        const int Longest = 200;
        return body.Length <= Longest ? body : body[..Longest] + "…";
    }
}
