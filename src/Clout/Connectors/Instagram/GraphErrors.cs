using System.Net;
using System.Text.Json;

namespace Clout.Connectors.Instagram;

/// <summary>
/// Reads the Graph API's error body ({"error":{"message","type","code","error_subcode","fbtrace_id"}}) into the
/// failure the sync acts on. The codes are the ones Meta's error reference lists: 190 an expired or revoked token;
/// 4, 17, 32, 613 and the 80001–80009 business use case limits a spent rate limit; 1, 2 and any 5xx Meta's own trouble.
/// </summary>
internal static class GraphErrors
{
    private const int TokenInvalid = 190;
    private const int FirstBusinessUseCaseLimit = 80001;
    private const int LastBusinessUseCaseLimit = 80009;
    private static readonly int[] RateLimits = [4, 17, 32, 613];
    private static readonly int[] Transient = [1, 2];

    /// <summary>Permission errors: 10 and the 200–299 range ("(#200) Requires … permission").</summary>
    private const int PermissionDenied = 10;
    private const int FirstPermissionCode = 200;
    private const int LastPermissionCode = 299;

    /// <summary>"(#110) Invalid user id" (business discovery of an unknown handle), 803 unknown alias, 100/33 no such object.</summary>
    private const int UnknownUser = 110;
    private const int UnknownAlias = 803;
    private const int InvalidParameter = 100;
    private const int ObjectMissing = 33;

    public static async Task<ConnectorException> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var (message, code, subcode) = Parse(body);
        var status = (int)response.StatusCode;
        var text = $"Instagram answered {status}: {message ?? Shorten(body)}";
        var retryAfter = RetryAfter(response);
        if (code == TokenInvalid)
        {
            return new ConnectorException(ConnectorFailure.TokenExpired, text);
        }
        if (code is { } c && (RateLimits.Contains(c) || c is >= FirstBusinessUseCaseLimit and <= LastBusinessUseCaseLimit)
            || response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            return new ConnectorException(ConnectorFailure.QuotaExceeded, text, retryAfter);
        }
        if (status >= 500 || code is { } t && Transient.Contains(t))
        {
            return new ConnectorException(ConnectorFailure.ServerError, text, retryAfter);
        }
        if (code is PermissionDenied or >= FirstPermissionCode and <= LastPermissionCode || response.StatusCode == HttpStatusCode.Forbidden)
        {
            return new ConnectorException(ConnectorFailure.Unauthorized, text);
        }
        if (code is UnknownUser or UnknownAlias || code == InvalidParameter && subcode == ObjectMissing || response.StatusCode == HttpStatusCode.NotFound)
        {
            return new ConnectorException(ConnectorFailure.NotFound, text);
        }
        return new ConnectorException(response.StatusCode == HttpStatusCode.Unauthorized ? ConnectorFailure.Unauthorized : ConnectorFailure.BadRequest, text);
    }

    /// <summary>No answer at all (refused connection, timeout): the platform may be down, which waiting can fix.</summary>
    public static ConnectorException Unreachable(Exception e) =>
        new(ConnectorFailure.ServerError, $"Instagram did not answer: {e.Message}", inner: e);

    private static (string? Message, int? Code, int? Subcode) Parse(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                return (
                    error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null,
                    error.TryGetProperty("code", out var c) && c.TryGetInt32(out var code) ? code : null,
                    error.TryGetProperty("error_subcode", out var s) && s.TryGetInt32(out var subcode) ? subcode : null);
            }
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's HTML page): the status decides alone.
        }
        return (null, null, null);
    }

    /// <summary>
    /// The business use case header's estimated_time_to_regain_access (minutes), the longest of its entries:
    /// {"&lt;business-id&gt;":[{"type":"instagram","call_count":100,…,"estimated_time_to_regain_access":5}]}.
    /// </summary>
    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        if (response.Headers.RetryAfter?.Delta is { } delta)
        {
            return delta;
        }
        if (!response.Headers.TryGetValues("X-Business-Use-Case-Usage", out var values))
        {
            return null;
        }
        var longest = 0;
        try
        {
            foreach (var value in values)
            {
                using var document = JsonDocument.Parse(value);
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }
                foreach (var business in document.RootElement.EnumerateObject())
                {
                    if (business.Value.ValueKind != JsonValueKind.Array)
                    {
                        continue;
                    }
                    foreach (var usage in business.Value.EnumerateArray())
                    {
                        if (usage.ValueKind == JsonValueKind.Object && usage.TryGetProperty("estimated_time_to_regain_access", out var minutes)
                            && minutes.TryGetInt32(out var m))
                        {
                            longest = Math.Max(longest, m);
                        }
                    }
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }
        return longest > 0 ? TimeSpan.FromMinutes(longest) : null;
    }

    private static string Shorten(string body)
    {
        const int Longest = 200;
        return body.Length <= Longest ? body : body[..Longest] + "…";
    }
}
