namespace Clout.Storage.Model;

/// <summary>A request that the data forbid (a duplicate name, a bad value). Its message is safe to show.</summary>
public sealed class StorageValidationException(string message) : Exception(message);
