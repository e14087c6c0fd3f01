using System.Globalization;
using System.Security.Claims;
using Clout.Access;
using Clout.Core.Names;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Clout.Dashboard.Account;

[EnableRateLimiting(AccessPolicies.SignInLimiter)]
public sealed class LoginModel(UserAccounts accounts) : PageModel
{
    public string? Error { get; private set; }

    public string? Email { get; private set; }

    public string? ReturnUrl { get; private set; }

    public void OnGet(string? returnUrl) => ReturnUrl = returnUrl;

    public async Task<IActionResult> OnPostAsync(string? email, string? password, string? returnUrl, CancellationToken cancellationToken)
    {
        Email = email;
        ReturnUrl = returnUrl;
        var user = string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password)
            ? null
            : await accounts.SignInAsync(email, password, cancellationToken);
        if (user is null)
        {
            Error = "That e-mail and password do not match.";
            return Page();
        }
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, user.Email),
            new Claim(ClaimTypes.Role, user.Role.ToName()),
            new Claim(CloutClaims.WorkspaceId, user.WorkspaceId.ToString(CultureInfo.InvariantCulture)),
            new Claim(CloutClaims.Workspace, user.WorkspaceName),
        ], CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        // Only local return URLs: an open redirect after sign-in is a phishing tool.
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/");
    }
}
