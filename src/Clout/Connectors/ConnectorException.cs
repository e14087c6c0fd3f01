namespace Clout.Connectors;

/// <summary>A platform call that failed, with the platform's own message and, when it said, when to try again.</summary>
internal sealed class ConnectorException(ConnectorFailure failure, string message, TimeSpan? retryAfter = null, Exception? inner = null)
    : Exception(message, inner)
{
    public ConnectorFailure Failure { get; } = failure;

    public TimeSpan? RetryAfter { get; } = retryAfter;
}
