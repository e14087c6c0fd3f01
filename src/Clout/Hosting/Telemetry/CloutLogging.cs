using System.Text.Json;

namespace Clout.Hosting.Telemetry;

/// <summary>The server's console log: text for a person, or JSON lines for a collector (<see cref="LoggingOptions"/>).</summary>
public static class CloutLogging
{
    public static WebApplicationBuilder AddCloutLogging(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddCloutOptions<LoggingOptions>(LoggingOptions.Section);
        // Read before the host is built, as the logger is made with it; an unknown value stays text here and stops the
        // start at the settings check, which names it.
        if (Enum.TryParse<LogFormat>(builder.Configuration[LoggingOptions.Section + ":" + nameof(LoggingOptions.Format)], ignoreCase: true, out var format)
            && format == LogFormat.Json)
        {
            builder.Logging.AddJsonConsole(o =>
            {
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
                o.JsonWriterOptions = new JsonWriterOptions { Indented = false };
            });
        }
        return builder;
    }
}
