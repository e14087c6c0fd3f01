namespace Clout.Connectors;

/// <summary>A platform's answer that the importer refused: retrying soon will not help, so the connection shows as failing.</summary>
internal sealed class SyncDataException(string message) : Exception(message);
