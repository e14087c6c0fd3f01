using System.Security.Cryptography;
using System.Text;

namespace Clout.Surveys;

/// <summary>
/// GET /widget.js, the survey widget that other sites embed, and GET /s/{publicId}, the hosted page that runs the
/// same widget: one renderer for every way a survey is answered.
/// </summary>
public static class SurveyWidgetEndpoints
{
    /// <summary>Short enough that a fixed widget reaches every shop within minutes; the ETag makes the re-checks cheap.</summary>
    private const string WidgetCaching = "public, max-age=300";

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
            .WithDescription("Vanilla JavaScript: `<script src=\"…/widget.js\" data-survey=\"PUBLIC_ID\" data-order-id=\"…\" async></script>` renders the survey in a shadow root and posts the answers back to this server.");
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

    private static string Embedded(string name)
    {
        using var stream = typeof(SurveyWidgetEndpoints).Assembly.GetManifestResourceStream("Clout.Surveys." + name)
            ?? throw new InvalidOperationException($"{name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
