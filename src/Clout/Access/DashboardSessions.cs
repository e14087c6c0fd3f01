using System.Globalization;
using System.Security.Claims;
using Clout.Core.Names;
using Clout.Storage.Workspaces;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Clout.Access;

/// <summary>
/// The sign-in cookie as a handle on a session in the database (<see cref="SessionStore"/>): signing in starts one,
/// signing out ends it, and every request checks that it is still live and that the user's role is still the one in
/// the cookie. Password changes, role changes and removals end a user's sessions in the database, so an old cookie is
/// refused on the next request, whichever node serves it.
/// </summary>
internal sealed class DashboardSessions(IServiceScopeFactory scopes, TimeProvider clock) : CookieAuthenticationEvents
{
    public override async Task SigningIn(CookieSigningInContext context)
    {
        var identity = context.Principal?.Identity as ClaimsIdentity
            ?? throw new InvalidOperationException("A dashboard sign-in needs a claims identity.");
        var userId = long.Parse(identity.FindFirst(ClaimTypes.NameIdentifier)!.Value, CultureInfo.InvariantCulture);
        var workspaceId = long.Parse(identity.FindFirst(CloutClaims.WorkspaceId)!.Value, CultureInfo.InvariantCulture);
        var expiresAtUtc = (context.Properties.ExpiresUtc ?? clock.GetUtcNow().Add(AccessServices.SessionLifetime)).UtcDateTime;
        // Its own scope: the request may already act for the workspace of a previous sign-in, and a new session row
        // for another workspace would be refused by that scope.
        await using var scope = scopes.CreateAsyncScope();
        var sessions = scope.ServiceProvider.GetRequiredService<SessionStore>();
        if (SessionKey(context.HttpContext.User) is { } previous)
        {
            // Signing in over a live session ends it, so that a key known before the sign-in is worth nothing after it.
            await sessions.RemoveAsync(previous, context.HttpContext.RequestAborted);
        }
        var key = await sessions.CreateAsync(userId, workspaceId, expiresAtUtc, context.HttpContext.RequestAborted);
        identity.AddClaim(new Claim(CloutClaims.Session, key));
    }

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var sessions = context.HttpContext.RequestServices.GetRequiredService<SessionStore>();
        var session = principal is not null && SessionKey(principal) is { } key
            ? await sessions.FindAsync(key, context.HttpContext.RequestAborted)
            : null;
        if (session is null
            || principal!.FindFirst(ClaimTypes.NameIdentifier)?.Value != session.UserId.ToString(CultureInfo.InvariantCulture)
            || principal.FindFirst(CloutClaims.WorkspaceId)?.Value != session.WorkspaceId.ToString(CultureInfo.InvariantCulture)
            || !principal.IsInRole(session.Role.ToName()))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
            return;
        }
        var now = clock.GetUtcNow();
        // Sliding, like the cookie, but written at most once per half lifetime rather than on every request.
        if (session.ExpiresAtUtc - now.UtcDateTime < AccessServices.SessionLifetime / 2)
        {
            await sessions.ExtendAsync(SessionKey(principal)!, now.Add(AccessServices.SessionLifetime).UtcDateTime, context.HttpContext.RequestAborted);
        }
    }

    public override async Task SigningOut(CookieSigningOutContext context)
    {
        if (SessionKey(context.HttpContext.User) is { } key)
        {
            await context.HttpContext.RequestServices.GetRequiredService<SessionStore>().RemoveAsync(key, context.HttpContext.RequestAborted);
        }
    }

    private static string? SessionKey(ClaimsPrincipal user) => user.FindFirst(CloutClaims.Session)?.Value;
}
