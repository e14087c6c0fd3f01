namespace Clout.Connectors;

/// <summary>A setting a connector needs is missing (an app id, a secret): the message names it.</summary>
internal sealed class ConnectorSetupException(string message) : Exception(message);
