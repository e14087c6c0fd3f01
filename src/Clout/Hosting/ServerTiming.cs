using System.Diagnostics;
using System.Globalization;

namespace Clout.Hosting;

/// <summary>
/// A <c>Server-Timing: app;dur=…</c> header on every response of the app's pipeline: the milliseconds from the request
/// reaching the pipeline to the response starting, which a browser's developer tools and bench/pages read without a log.
/// </summary>
internal static class ServerTiming
{
    public static IApplicationBuilder UseServerTiming(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var started = Stopwatch.GetTimestamp();
        context.Response.OnStarting(() =>
        {
            var milliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            context.Response.Headers.Append("Server-Timing", string.Create(CultureInfo.InvariantCulture, $"app;dur={milliseconds:0.0}"));
            return Task.CompletedTask;
        });
        await next(context);
    });
}
