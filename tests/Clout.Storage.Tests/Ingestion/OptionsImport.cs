using Clout.Storage.Ingestion;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Microsoft.Extensions.DependencyInjection;
using static Clout.Storage.Tests.StorageTestExtensions;

namespace Clout.Storage.Tests.Ingestion;

/// <summary>Imports with a column map or a preset, and the committed sample exports they read.</summary>
internal static class OptionsImport
{
    public static async Task<ImportResult> ImportAsync(this TestDatabase database, WorkspaceInfo workspace, ImportKind kind, byte[] bytes, ImportOptions options)
    {
        await using var scope = database.CreateScope(workspace);
        using var stream = new MemoryStream(bytes, writable: false);
        return await scope.ServiceProvider.GetRequiredService<Importer>().ImportAsync(kind, stream, options, null, Ct);
    }

    /// <summary>A sample export under Ingestion/Samples, as the platform writes it (byte-order mark and all).</summary>
    public static byte[] Sample(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Ingestion", "Samples", name));

    public static ImportOptions Csv => new(ImportFormat.Csv);
}
