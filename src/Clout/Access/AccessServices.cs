using System.Globalization;
using System.Threading.RateLimiting;
using Clout.Core.Access;
using Clout.Core.Names;
using Clout.Storage.Model;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Clout.Access;

/// <summary>Who may do what: API keys, the sign-in cookie, the authorization policies, the sign-in rate limit.</summary>
public static class AccessServices
{
    private const string RequestScheme = "clout";

    /// <summary>The sign-in cookie; the tracking redirect looks for it before it pays for reading it.</summary>
    public const string CookieName = "clout.auth";

    /// <summary>How long a dashboard session lasts without a request; each request moves its end (sliding).</summary>
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(8);

    /// <summary>Sign-in attempts per client address and minute: enough for typos, too few for guessing.</summary>
    private const int SignInAttemptsPerMinute = 10;

    public static IServiceCollection AddAccess(this IServiceCollection services)
    {
        // One default scheme that picks by request: a bearer token is an API key, anything else the login cookie.
        services.AddAuthentication(RequestScheme)
            .AddPolicyScheme(RequestScheme, "API key or cookie", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiKeyAuthenticationHandler.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = "/account/login";
                o.LogoutPath = "/account/logout";
                o.AccessDeniedPath = "/account/denied";
                o.Cookie.Name = CookieName;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.ExpireTimeSpan = SessionLifetime;
                o.SlidingExpiration = true;
                // The cookie names a session in the database, which sign-out, password and role changes end at once.
                o.EventsType = typeof(DashboardSessions);
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);

        services.AddAuthorizationBuilder()
            .AddPolicy(AccessPolicies.Api, p => p.AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName).RequireAuthenticatedUser().RequireClaim(CloutClaims.WorkspaceId)
                .AddRequirements(new KeyScopeRequirement()))
            .AddPolicy(AccessPolicies.Dashboard, p => p.AddAuthenticationSchemes(CookieAuthenticationDefaults.AuthenticationScheme).RequireAuthenticatedUser().RequireClaim(CloutClaims.WorkspaceId))
            .AddPolicy(AccessPolicies.Editor, p => p.RequireRole(Role.Owner.ToName(), Role.Analyst.ToName()))
            .AddPolicy(AccessPolicies.Owner, p => p.RequireRole(Role.Owner.ToName()));
        services.AddSingleton<DashboardSessions>();

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(AccessPolicies.SignInLimiter, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = SignInAttemptsPerMinute, Window = TimeSpan.FromMinutes(1) }));
        });
        return services;
    }

    /// <summary>Points the request's <see cref="WorkspaceScope"/> at the workspace its key or login belongs to.</summary>
    public static IApplicationBuilder UseWorkspaceScope(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var user = context.User;
        if (user.FindFirst(CloutClaims.WorkspaceId)?.Value is { } id && user.FindFirst(CloutClaims.Workspace)?.Value is { } name)
        {
            context.RequestServices.GetRequiredService<WorkspaceScope>().Set(long.Parse(id, CultureInfo.InvariantCulture), name);
        }
        await next(context);
    });
}
