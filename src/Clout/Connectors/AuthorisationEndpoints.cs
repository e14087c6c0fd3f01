using System.Net;
using Clout.Core.Roster;
using Clout.Hosting;
using Clout.Storage.Connections;
using Clout.Storage.Model;

namespace Clout.Connectors;

/// <summary>
/// The public links a creator follows to authorise the brand: /connect/{platform}/{invitation} sends them to the
/// platform's authorisation page with the invitation as OAuth state; the platform sends them back to
/// /connect/{platform}/callback with a code, which is exchanged for tokens, stored encrypted as the workspace's
/// connection, and the invitation used up.
/// </summary>
public static class AuthorisationEndpoints
{
    public const string Limiter = "connect-links";

    /// <summary>Link opens per client address and minute: a creator opens it a few times at most; more is probing.</summary>
    private const int PermitsPerMinute = 30;

    public static IServiceCollection AddConnectorAuthorisation(this IServiceCollection services) =>
        services.AddRateLimiter(o => o.AddPolicy(Limiter, context => PublicRateLimit.PerAddress(context, PermitsPerMinute, exemptLoopback: true)));

    public static IEndpointRouteBuilder MapConnectorAuthorisationEndpoints(this IEndpointRouteBuilder app)
    {
        var links = app.MapGroup("/connect").AllowAnonymous().RequireRateLimiting(Limiter).ExcludeFromDescription()
            .AddEndpointFilter(async (context, next) =>
            {
                context.HttpContext.Response.Headers.CacheControl = "no-store";
                return await next(context);
            });
        links.MapGet("/{platform}/callback", CallbackAsync);
        links.MapGet("/{platform}/{invitation}", OpenAsync);
        return app;
    }

    /// <summary>The link's path for an invitation, e.g. connect/instagram/abc…, relative to the server's address.</summary>
    public static string LinkPath(Platform platform, string secret) => $"connect/{Slug(platform)}/{secret}";

    private static async Task<IResult> OpenAsync(string platform, string invitation, HttpRequest request, InvitationStore invitations,
        IEnumerable<ICreatorLogin> logins, CancellationToken cancellationToken)
    {
        if (await invitations.FindOpenAsync(invitation, cancellationToken) is not { } open || !string.Equals(Slug(open.Platform), platform, StringComparison.OrdinalIgnoreCase)
            || logins.FirstOrDefault(l => l.Platform == open.Platform) is not { } login)
        {
            return Page(HttpStatusCode.NotFound, "This link does not work", "It was used already, or it has expired. Ask the brand for a new link.");
        }
        try
        {
            return Results.Redirect(login.AuthorizeUri(invitation, Callback(request, open.Platform)).ToString());
        }
        catch (ConnectorSetupException)
        {
            return Page(HttpStatusCode.ServiceUnavailable, "Not set up yet", $"This Clout is not set up to connect {open.Platform} accounts yet. Tell the brand that sent you the link.");
        }
    }

    private static async Task<IResult> CallbackAsync(string platform, string? code, string? state, string? error, HttpRequest request,
        InvitationStore invitations, IEnumerable<ICreatorLogin> logins, ConnectionStore connections, ConnectionSecrets secrets, WorkspaceScope scope,
        ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(state) || await invitations.FindOpenAsync(state, cancellationToken) is not { } open
            || !string.Equals(Slug(open.Platform), platform, StringComparison.OrdinalIgnoreCase) || logins.FirstOrDefault(l => l.Platform == open.Platform) is not { } login)
        {
            return Page(HttpStatusCode.NotFound, "This link does not work", "It was used already, or it has expired. Ask the brand for a new link.");
        }
        if (!string.IsNullOrEmpty(error) || string.IsNullOrEmpty(code))
        {
            return Page(HttpStatusCode.BadRequest, "Not connected", $"{open.Platform} did not authorise Clout, so nothing was connected. You can open the brand's link again to retry.");
        }
        AuthorisedAccount authorised;
        try
        {
            authorised = await login.ExchangeCodeAsync(code, Callback(request, open.Platform), cancellationToken);
        }
        catch (Exception e) when (e is ConnectorException or ConnectorSetupException)
        {
            // The platform's message, never a token: the exchange failed, so there is none.
            loggers.CreateLogger(typeof(AuthorisationEndpoints)).LogWarning("Authorisation for invitation {Invitation} failed: {Error}", open.Id, e.Message);
            return Page(HttpStatusCode.BadGateway, "Not connected", $"{open.Platform} did not complete the authorisation, so nothing was connected. You can open the brand's link again to retry.");
        }
        if (!await invitations.UseAsync(open.Id, cancellationToken))
        {
            return Page(HttpStatusCode.NotFound, "This link does not work", "It was used already, or it has expired. Ask the brand for a new link.");
        }
        scope.Set(open.WorkspaceId, open.WorkspaceName);
        await connections.SaveAsync(open.Platform, open.Handle, authorised.AccountId, secrets.ProtectCredentials(authorised.Credentials), cancellationToken);
        return Page(HttpStatusCode.OK, "Connected", $"Thank you: your {open.Platform} account @{open.Handle.TrimStart('@')} is connected. You can close this page.");
    }

    /// <summary>The callback's absolute address, the same in the authorisation request and the code exchange (the platform compares them).</summary>
    private static Uri Callback(HttpRequest request, Platform platform) =>
        new($"{request.Scheme}://{request.Host}{request.PathBase}/connect/{Slug(platform)}/callback");

    private static string Slug(Platform platform) => platform.ToString().ToLowerInvariant();

    private static IResult Page(HttpStatusCode status, string title, string message) => Results.Content($"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{WebUtility.HtmlEncode(title)} · Clout</title></head>
        <body style="font-family: system-ui, sans-serif; max-width: 32rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
        <h1>{WebUtility.HtmlEncode(title)}</h1><p>{WebUtility.HtmlEncode(message)}</p>
        </body></html>
        """, "text/html; charset=utf-8", statusCode: (int)status);
}
