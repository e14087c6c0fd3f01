using Clout.Storage.Surveys;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clout.Surveys;

/// <summary>
/// CORS for one survey: its workspace's survey origins may call it, and so may Clout's own pages (the hosted survey).
/// Requests without an Origin (servers, curl) are not browsers and need no CORS.
/// </summary>
internal static class SurveyCors
{
    /// <summary>True when the caller may proceed; for a listed origin, sets the CORS response headers.</summary>
    public static bool Allow(HttpContext context, PublicSurvey survey)
    {
        var response = context.Response.Headers;
        response.Vary = "Origin";
        var origin = context.Request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return true;
        }
        var own = $"{context.Request.Scheme}://{context.Request.Host}";
        if (string.Equals(origin, own, StringComparison.OrdinalIgnoreCase)
            || survey.AllowedOrigins.Contains(origin.ToLowerInvariant(), StringComparer.Ordinal))
        {
            response.AccessControlAllowOrigin = origin;
            return true;
        }
        return false;
    }

    public static ProblemHttpResult Refused(HttpContext context) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Origin not allowed",
            detail: $"Pages on {context.Request.Headers.Origin} may not embed this survey; the workspace owner can allow it with `clout workspace settings --survey-origins`.");
}
