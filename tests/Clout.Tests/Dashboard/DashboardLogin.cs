using System.Net;
using System.Text.RegularExpressions;

namespace Clout.Tests.Dashboard;

/// <summary>Signs in the way a browser does: read the form (and its antiforgery token), post it back.</summary>
internal static partial class DashboardLogin
{
    public const string LoginPath = "/account/login";
    public const string TokenField = "__RequestVerificationToken";

    /// <summary>The antiforgery token of a form on <paramref name="path"/> (the login page unless named), as a browser posts it.</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path = LoginPath)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var form = await client.GetAsync(path, WebTest.Ct);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var html = await form.Content.ReadAsStringAsync(WebTest.Ct);
        var match = TokenInput().Match(html);
        Assert.True(match.Success, $"no form on {path} carries an antiforgery token");
        return WebUtility.HtmlDecode(match.Groups["token"].Value);
    }

    /// <summary>The response to the form post: 302 to the dashboard on success, the form again otherwise.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password, string? returnUrl = null)
    {
        var token = await AntiforgeryTokenAsync(client);
        var fields = new Dictionary<string, string> { ["email"] = email, ["password"] = password, [TokenField] = token };
        if (returnUrl is not null)
        {
            fields["returnUrl"] = returnUrl;
        }
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(LoginPath, content, WebTest.Ct);
    }

    /// <summary>Posts the layout's "Sign out" form, as the button does.</summary>
    public static async Task<HttpResponseMessage> SignOutAsync(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var page = await client.GetAsync("/", WebTest.Ct);
        var html = await page.Content.ReadAsStringAsync(WebTest.Ct);
        var match = LogoutForm().Match(html);
        Assert.True(match.Success, "the page carries no sign-out form");
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { [TokenField] = WebUtility.HtmlDecode(match.Groups["token"].Value) });
        return await client.PostAsync("/account/logout", content, WebTest.Ct);
    }

    [GeneratedRegex(""""action="/account/logout">.*?name="__RequestVerificationToken"[^>]*value="(?<token>[^"]+)"""", RegexOptions.Singleline)]
    private static partial Regex LogoutForm();

    [GeneratedRegex(""""<input[^>]*name="__RequestVerificationToken"[^>]*value="(?<token>[^"]+)"""")]
    private static partial Regex TokenInput();
}
