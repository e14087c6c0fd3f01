using System.Globalization;
using Clout.Access;
using Clout.Storage.Tracking;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clout.Tracking;

/// <summary>GET /r/{code}: the public tracking link. Records the click, commits it, then redirects to the shop.</summary>
public static class TrackingEndpoints
{
    /// <summary>Longest link code (the column size); longer ones cannot exist and are not looked up.</summary>
    private const int MaxCodeLength = 64;

    private const string Prefix = "/r";

    /// <summary>
    /// Gives the redirect a short pipeline of its own — routing, the rate limiter, the endpoint — ahead of the
    /// dashboard's status pages, security headers, authentication and workspace scope, none of which a 302 to the
    /// shop needs. It is the one public path that takes a campaign's whole traffic, and that middleware cost it
    /// about a tenth of its throughput (bench/README.md). A signed-in user is still recognised, see <see cref="KindAsync"/>.
    /// </summary>
    public static IApplicationBuilder UseTrackingLinks(this IApplicationBuilder app) =>
        app.MapWhen(context => context.Request.Path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase), links =>
        {
            links.UseRouting();
            links.UseRateLimiter();
            links.UseEndpoints(endpoints => endpoints.MapTrackingEndpoints());
        });

    private static IEndpointRouteBuilder MapTrackingEndpoints(this IEndpointRouteBuilder app)
    {
        // The public group: per-address rate limit, never cached, and no CORS (redirects are followed, not fetched).
        var links = app.MapGroup(Prefix)
            .WithTags("Tracking")
            .RequireRateLimiting(TrackingServices.Limiter)
            .AddEndpointFilter(async (context, next) =>
            {
                var headers = context.HttpContext.Response.Headers;
                headers.CacheControl = "no-store";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                // Outside the dashboard's pipeline: the few words of the error pages need no script, style or frame.
                headers.XContentTypeOptions = "nosniff";
                headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
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
            await KindAsync(context, link.WorkspaceId, userAgent, classifier), request.Headers.Referer.ToString(), userAgent);
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

    /// <summary>
    /// HEAD first (no person follows a link with it), then the workspace's own users, then the user agent. The sign-in
    /// cookie is read only when the request carries one: visitors from a campaign never do, so they never pay for it.
    /// </summary>
    private static async ValueTask<string> KindAsync(HttpContext context, long workspaceId, string userAgent, UserAgentClassifier classifier)
    {
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return ClickKinds.Head;
        }
        if (context.Request.Cookies.ContainsKey(AccessExtensions.CookieName)
            && (await context.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme)).Principal is { } user
            && user.FindFirst(CloutClaims.WorkspaceId)?.Value == workspaceId.ToString(CultureInfo.InvariantCulture))
        {
            return ClickKinds.Internal;
        }
        return classifier.Classify(userAgent);
    }
}
