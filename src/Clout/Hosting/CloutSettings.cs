using Clout.Storage;

namespace Clout.Hosting;

/// <summary>Where the data live: --db, else CLOUT_DB, else clout.db in the working folder.</summary>
public sealed record CloutSettings(string ConnectionString)
{
    public const string DatabaseVariable = "CLOUT_DB";
    public const string WorkspaceVariable = "CLOUT_WORKSPACE";

    public static CloutSettings From(string? db) => new(
        !string.IsNullOrWhiteSpace(db) ? db
        : Environment.GetEnvironmentVariable(DatabaseVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
        : StorageServiceCollectionExtensions.DefaultConnectionString);
}
