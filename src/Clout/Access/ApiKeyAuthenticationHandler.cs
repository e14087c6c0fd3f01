using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Clout.Core.Access;
using Clout.Core.Names;
using Clout.Storage.Workspaces;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Clout.Access;

/// <summary>`Authorization: Bearer clout_…`: the key names its workspace; the request then acts only there.</summary>
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
        var store = Context.RequestServices.GetRequiredService<WorkspaceStore>();
        var workspace = await store.AuthenticateApiKeyAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (workspace is null)
        {
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, $"api-key@{workspace.Name}"),
            new Claim(ClaimTypes.Role, Role.Owner.ToName()),
            new Claim(CloutClaims.WorkspaceId, workspace.Id.ToString(CultureInfo.InvariantCulture)),
            new Claim(CloutClaims.Workspace, workspace.Name),
        ], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        await Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized",
            detail: "Send `Authorization: Bearer <API key>`; create a key with `clout keys create`.").ExecuteAsync(Context);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        await Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden").ExecuteAsync(Context);
}
