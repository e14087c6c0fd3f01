using System.Globalization;
using Clout.Access;
using Clout.Storage.Tracking;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clout.Tracking;

/// <summary>GET /r/{code}: the public tracking link. Records the click, commits it, then redirects to the shop.</summary>
public static class TrackingEndpoints
{
    /// <summary>Longest link code (the column size); longer ones cannot exist and are not looked up.</summary>
    private const int MaxCodeLength = 64;

    public static IEndpointRouteBuilder MapTrackingEndpoints(this IEndpointRouteBuilder app)
    {
        // The public group: per-address rate limit, never cached, and no CORS (redirects are followed, not fetched).
        var links = app.MapGroup("/r")
            .WithTags("Tracking")
            .RequireRateLimiting(TrackingServices.Limiter)
            .AddEndpointFilter(async (context, next) =>
            {
                var headers = context.HttpContext.Response.Headers;
                headers.CacheControl = "no-store";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                return await next(context);
            });
        links.MapMethods("/{code}", [HttpMethods.Get, HttpMethods.Head], RedirectAsync)
            .WithName("FollowTrackingLink")
            .WithSummary("Follow a tracking link")
            .WithDescription("Records the click (bots, link previews, scanners, HEAD requests and the workspace's own users are kept but marked), then redirects to the collaboration's destination with utm_* and clout_ref parameters.");
        return app;
    }

    internal static async Task<Results<RedirectHttpResult, ContentHttpResult>> RedirectAsync(
        string code, HttpContext context, TrackingLinks links, VisitorIds visitors, UserAgentClassifier classifier,
        ClickRecorder recorder, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (code.Length > MaxCodeLength || !code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            || await links.FindAsync(code, cancellationToken) is not { } found)
        {
            return TrackingPages.UnknownLink();
        }
        if (found.Target is not { } target)
        {
            // Never an open redirect: a destination that is not the shop's is refused, and nothing is recorded.
            return TrackingPages.RefusedLink();
        }
        var link = found.Link;
        var request = context.Request;
        var userAgent = request.Headers.UserAgent.ToString();
        var visitor = await visitors.ForAsync(link.WorkspaceId, context.Connection.RemoteIpAddress?.ToString(), userAgent, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var reference = ClickRefs.New(now);
        var click = new NewClick(link.WorkspaceId, link.CollaborationId, now, reference, visitor,
            Kind(context, link.WorkspaceId, userAgent, classifier), request.Headers.Referer.ToString(), userAgent);
        try
        {
            await recorder.RecordAsync(click, cancellationToken);
        }
        catch (ClickNotStoredException)
        {
            return TrackingPages.Unavailable();
        }
        return TypedResults.Redirect(target.WithRef(reference));
    }

    /// <summary>HEAD first (no person follows a link with it), then the workspace's own users, then the user agent.</summary>
    private static string Kind(HttpContext context, long workspaceId, string userAgent, UserAgentClassifier classifier) =>
        HttpMethods.IsHead(context.Request.Method) ? ClickKinds.Head
        : context.User.FindFirst(CloutClaims.WorkspaceId)?.Value == workspaceId.ToString(CultureInfo.InvariantCulture) ? ClickKinds.Internal
        : classifier.Classify(userAgent);
}
