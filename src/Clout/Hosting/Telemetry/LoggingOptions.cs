using System.ComponentModel.DataAnnotations;

namespace Clout.Hosting.Telemetry;

/// <summary>How `clout serve` writes its log, bound from "Clout:Logging" (environment variable Clout__Logging__Format).</summary>
public sealed class LoggingOptions
{
    public const string Section = CloutConfiguration.Section + ":Logging";

    /// <summary>text (default): lines for a person; json: one JSON object per line, for a log collector.</summary>
    [EnumDataType(typeof(LogFormat), ErrorMessage = "{0} must be text or json")]
    public LogFormat Format { get; set; } = LogFormat.Text;
}
