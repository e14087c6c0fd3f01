using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Clout.Core.Names;
using Clout.Storage.Workspaces;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Clout.Access;

/// <summary>`Authorization: Bearer clout_…`: the key names its workspace and its scope; the request then acts only there, only as far.</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header) || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }
        var keys = Context.RequestServices.GetRequiredService<ApiKeyStore>();
        var login = await keys.AuthenticateAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (login is null)
        {
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, $"api-key@{login.Workspace.Name}"),
            new Claim(ClaimTypes.Role, login.Scope.ActsAs().ToName()),
            new Claim(CloutClaims.KeyScope, login.Scope.ToName()),
            new Claim(CloutClaims.WorkspaceId, login.Workspace.Id.ToString(CultureInfo.InvariantCulture)),
            new Claim(CloutClaims.Workspace, login.Workspace.Name),
        ], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        await Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized",
            detail: "Send `Authorization: Bearer <API key>`; create a key with `clout keys create`.").ExecuteAsync(Context);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        var required = KeyScopes.Required(Context);
        var detail = KeyScopes.Granted(Context.User) is { } granted && granted < required ? KeyScopes.Describe(granted, required) : null;
        await Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: detail).ExecuteAsync(Context);
    }
}
