using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Clout.Storage.Surveys;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Clout.Surveys;

/// <summary>
/// GET /widget.js, the survey widget that other sites embed, and GET /s/{publicId}, the hosted page that runs the
/// same widget: one renderer for every way a survey is answered.
/// </summary>
public static class SurveyWidgetEndpoints
{
    /// <summary>Short enough that a fixed widget reaches every shop within minutes; the ETag makes the re-checks cheap.</summary>
    private const string WidgetCaching = "public, max-age=300";

    /// <summary>The hosted page's few rules; the widget styles itself inside its shadow root.</summary>
    private const string HostedCss =
        "body{margin:0;background:#f9fafb;font:16px/1.5 system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif;color:#1f2937}main{max-width:42rem;margin:0 auto;padding:1rem}";

    private static readonly Lazy<(string Script, string ETag)> Widget = new(() =>
    {
        var script = Embedded("widget.js");
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(script));
        return (script, $"\"{Convert.ToHexStringLower(hash)[..16]}\"");
    });

    public static IEndpointRouteBuilder MapSurveyWidgetEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/widget.js", [HttpMethods.Get, HttpMethods.Head], WidgetScript)
            .WithTags("Surveys")
            .WithSummary("The embeddable survey widget")
            .WithDescription("Vanilla JavaScript: `<script src=\"…/widget.js\" data-survey=\"PUBLIC_ID\" data-order-id=\"…\" data-order-token=\"…\" async></script>` renders the survey in a shadow root and posts the answers back to this server.");
        app.MapGet("/assets/survey-page.css", PageCss).ExcludeFromDescription();
        app.MapGet("/s/{publicId}", HostedPageAsync)
            .WithTags("Surveys")
            .WithSummary("The hosted survey page")
            .WithDescription("A page of its own for a live survey, rendered by the same widget; `?order_id=` and `?order_token=` pass an order id and its token as the widget's data-order-id and data-order-token do. 404 when the survey is unknown, a draft or closed.")
            .RequireRateLimiting(SurveyServices.Limiter)
            .AddEndpointFilter(async (context, next) =>
            {
                context.HttpContext.Response.Headers.CacheControl = "no-store";
                return await next(context);
            });
        return app;
    }

    internal static IResult WidgetScript(HttpContext context)
    {
        var (script, etag) = Widget.Value;
        var headers = context.Response.Headers;
        // Loaded by <script> tags on other sites: allow the cross-origin read that browsers otherwise block.
        headers["Cross-Origin-Resource-Policy"] = "cross-origin";
        headers.AccessControlAllowOrigin = "*";
        headers.CacheControl = WidgetCaching;
        headers.ETag = etag;
        if (context.Request.Headers.IfNoneMatch.Any(value => value is not null && value.Contains(etag, StringComparison.Ordinal)))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }
        return Results.Text(script, "text/javascript; charset=utf-8");
    }

    internal static async Task<ContentHttpResult> HostedPageAsync(string publicId, [FromQuery(Name = "order_id")] string? orderId,
        [FromQuery(Name = "order_token")] string? orderToken, SurveyIntake intake, CancellationToken cancellationToken)
    {
        if (await PublicSurveyEndpoints.FindAsync(publicId, intake, cancellationToken) is not { } survey)
        {
            return Page(StatusCodes.Status404NotFound, "Survey not found",
                "<h1>Survey not found</h1><p>This survey does not exist or is closed.</p>");
        }
        var html = HtmlEncoder.Default;
        var order = string.IsNullOrWhiteSpace(orderId) ? "" : $" data-order-id=\"{html.Encode(orderId.Trim())}\"";
        if (!string.IsNullOrWhiteSpace(orderId) && !string.IsNullOrWhiteSpace(orderToken))
        {
            order += $" data-order-token=\"{html.Encode(orderToken.Trim())}\"";
        }
        return Page(StatusCodes.Status200OK, html.Encode(survey.Definition.Title),
            $"<script src=\"/widget.js\" data-survey=\"{html.Encode(survey.PublicId)}\"{order} data-standalone async></script>");
    }

    /// <summary>The hosted page: the widget alone on a plain page. Nothing from the request reaches it unencoded.</summary>
    private static ContentHttpResult Page(int status, string encodedTitle, string body) => TypedResults.Content($"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{encodedTitle}</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/assets/survey-page.css"></head>
        <body><main>{body}</main></body></html>
        """, "text/html; charset=utf-8", statusCode: status);

    internal static IResult PageCss() => Results.Text(HostedCss, "text/css");

    private static string Embedded(string name)
    {
        using var stream = typeof(SurveyWidgetEndpoints).Assembly.GetManifestResourceStream("Clout.Surveys." + name)
            ?? throw new InvalidOperationException($"{name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
