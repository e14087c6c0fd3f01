namespace Clout.Hosting.Telemetry;

/// <summary>The console log's format: <see cref="LoggingOptions.Format"/>.</summary>
public enum LogFormat
{
    Text,
    Json,
}
