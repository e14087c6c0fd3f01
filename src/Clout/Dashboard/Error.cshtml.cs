using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Clout.Dashboard;

/// <summary>The page a person sees for an empty error response outside the API (which answers problem details).</summary>
[AllowAnonymous]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "Something went wrong";

    public string Explanation { get; private set; } = "";

    public void OnGet(int code)
    {
        (Title, Explanation) = code switch
        {
            StatusCodes.Status404NotFound => ("Not found", "There is nothing here in your workspace. The link may be old, or it belongs to another workspace."),
            StatusCodes.Status400BadRequest => ("That request was not understood", "Reload the page and try again."),
            StatusCodes.Status429TooManyRequests => ("Too many attempts", "Wait a minute, then try again."),
            >= 500 => ("Something went wrong on our side", "The error was logged. Try again in a moment."),
            _ => ($"Error {code}", ""),
        };
    }
}
