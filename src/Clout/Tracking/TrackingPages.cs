using Microsoft.AspNetCore.Http.HttpResults;

namespace Clout.Tracking;

/// <summary>The few words a person sees when a tracking link cannot take them anywhere. Nothing in them comes from the request.</summary>
internal static class TrackingPages
{
    /// <summary>
    /// Writes <paramref name="page"/> with the headers a page of its own needs (the redirect runs outside the
    /// dashboard's pipeline, and its pages need no script, style or frame).
    /// </summary>
    public static Task WriteAsync(HttpContext context, IResult page)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(page);
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
        return page.ExecuteAsync(context);
    }

    public static ContentHttpResult UnknownLink() => Page(StatusCodes.Status404NotFound, "Link not found",
        "This link does not exist. Check that it was copied completely.");

    public static ContentHttpResult RefusedLink() => Page(StatusCodes.Status410Gone, "Link not available",
        "This link does not lead anywhere at the moment.");

    public static ContentHttpResult Unavailable() => Page(StatusCodes.Status503ServiceUnavailable, "Try again",
        "This link is busy for a moment. Please try again.");

    private static ContentHttpResult Page(int status, string title, string text) => TypedResults.Content($"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{title}</title></head>
        <body><h1>{title}</h1><p>{text}</p></body></html>
        """, "text/html; charset=utf-8", statusCode: status);
}
