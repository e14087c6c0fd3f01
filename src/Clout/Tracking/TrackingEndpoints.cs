using System.Globalization;
using Clout.Access;
using Clout.Core.Tracking;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Clout.Tracking;

/// <summary>GET /r/{code}: the public tracking link. Records the click, commits it, then redirects to the shop.</summary>
public static class TrackingEndpoints
{
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
            .RequireRateLimiting(TrackingServices.Limiter);
        // Resolved once, not per click: a redirect that touches no request service gets no service scope either.
        var services = app.ServiceProvider;
        var redirect = new Redirect(services.GetRequiredService<TrackingLinks>(), services.GetRequiredService<VisitorIds>(),
            services.GetRequiredService<UserAgentClassifier>(), services.GetRequiredService<ClickRecorder>(), services.GetRequiredService<TimeProvider>());
        links.MapMethods("/{code}", [HttpMethods.Get, HttpMethods.Head], (string code, HttpContext context) => RedirectAsync(code, context, redirect))
            .WithName("FollowTrackingLink")
            .WithSummary("Follow a tracking link")
            .WithDescription("Records the click (bots, link previews, scanners, HEAD requests and the workspace's own users are kept but marked), then redirects to the collaboration's destination with utm_* and clout_ref parameters.")
            .Produces(StatusCodes.Status302Found)
            .Produces<string>(StatusCodes.Status404NotFound, "text/html")
            .Produces<string>(StatusCodes.Status410Gone, "text/html")
            .Produces<string>(StatusCodes.Status503ServiceUnavailable, "text/html");
        return app;
    }

    /// <summary>What every redirect needs, all singletons.</summary>
    private sealed record Redirect(TrackingLinks Links, VisitorIds Visitors, UserAgentClassifier Classifier, ClickRecorder Recorder, TimeProvider Clock);

    private static async Task RedirectAsync(string code, HttpContext context, Redirect redirect)
    {
        var headers = context.Response.Headers;
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        var cancellationToken = context.RequestAborted;
        // A code that cannot exist is not looked up.
        if (!LinkCodes.IsWellFormed(code) || await redirect.Links.FindAsync(code, cancellationToken) is not { } found)
        {
            await TrackingPages.WriteAsync(context, TrackingPages.UnknownLink());
            return;
        }
        if (found.Target is not { } target)
        {
            // Never an open redirect: a destination that is not the shop's is refused, and nothing is recorded.
            await TrackingPages.WriteAsync(context, TrackingPages.RefusedLink());
            return;
        }
        var request = context.Request;
        var userAgent = request.Headers.UserAgent.ToString();
        var visitor = await redirect.Visitors.ForAsync(found.WorkspaceId, context.Connection.RemoteIpAddress?.ToString(), userAgent, cancellationToken);
        var now = redirect.Clock.GetUtcNow().UtcDateTime;
        var reference = ClickRefs.New(now);
        // The user agent and the referrer end here: the click keeps what they say, not their text.
        var (kind, traits) = redirect.Classifier.Describe(userAgent);
        var click = new NewClick(found.WorkspaceId, found.CollaborationId, now, reference, visitor,
            await KindAsync(context, found.WorkspaceId, kind), ReferrerHost.Of(request.Headers.Referer.ToString()), traits);
        try
        {
            await redirect.Recorder.RecordAsync(click, cancellationToken);
        }
        catch (ClickNotStoredException)
        {
            await TrackingPages.WriteAsync(context, TrackingPages.Unavailable());
            return;
        }
        context.Response.StatusCode = StatusCodes.Status302Found;
        headers.Location = target.WithRef(reference);
    }

    /// <summary>
    /// HEAD first (no person follows a link with it), then the workspace's own users, then the user agent's kind. The
    /// sign-in cookie is read only when the request carries one: visitors from a campaign never do, so they never pay for it.
    /// </summary>
    private static async ValueTask<ClickKind> KindAsync(HttpContext context, long workspaceId, ClickKind userAgentKind)
    {
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return ClickKind.Head;
        }
        if (context.Request.Cookies.ContainsKey(AccessServices.CookieName)
            && (await context.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme)).Principal is { } user
            && user.FindFirst(CloutClaims.WorkspaceId)?.Value == workspaceId.ToString(CultureInfo.InvariantCulture))
        {
            return ClickKind.Internal;
        }
        return userAgentKind;
    }
}
