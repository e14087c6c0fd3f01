using System.Text;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Storage.Tests;

/// <summary>Short ways to act on a test database as a workspace: create one, import a file, run a query.</summary>
internal static class StorageTestExtensions
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<WorkspaceInfo> CreateWorkspaceAsync(this TestDatabase database, string name)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WorkspaceStore>().CreateAsync(name, Ct);
    }

    public static AsyncServiceScope CreateScope(this TestDatabase database, WorkspaceInfo workspace) =>
        database.CreateScope(workspace.Id, workspace.Name);

    public static Task<ImportResult> ImportCsvAsync(this TestDatabase database, WorkspaceInfo workspace, ImportKind kind, string text) =>
        database.ImportAsync(workspace, kind, ImportFormat.Csv, Encoding.UTF8.GetBytes(text));

    public static Task<ImportResult> ImportJsonAsync(this TestDatabase database, WorkspaceInfo workspace, ImportKind kind, string text) =>
        database.ImportAsync(workspace, kind, ImportFormat.Json, Encoding.UTF8.GetBytes(text));

    public static async Task<ImportResult> ImportAsync(this TestDatabase database, WorkspaceInfo workspace, ImportKind kind, ImportFormat format, byte[] bytes)
    {
        await using var scope = database.CreateScope(workspace);
        using var stream = new MemoryStream(bytes, writable: false);
        return await scope.ServiceProvider.GetRequiredService<Importer>().ImportAsync(kind, stream, format, null, Ct);
    }

    /// <summary>Runs <paramref name="query"/> on a fresh context acting for <paramref name="workspace"/>.</summary>
    public static async Task<T> QueryAsync<T>(this TestDatabase database, WorkspaceInfo workspace, Func<CloutDbContext, Task<T>> query)
    {
        await using var scope = database.CreateScope(workspace);
        return await query(scope.ServiceProvider.GetRequiredService<CloutDbContext>());
    }

    /// <summary>
    /// Runs <paramref name="action"/> on a <typeparamref name="TService"/> from a fresh scope acting for
    /// <paramref name="workspace"/>, or for no workspace when it is null, as sign-in and the CLI do.
    /// </summary>
    public static async Task<T> WithAsync<TService, T>(this TestDatabase database, WorkspaceInfo? workspace, Func<TService, Task<T>> action)
        where TService : notnull
    {
        await using var scope = workspace is null ? database.CreateScope() : database.CreateScope(workspace);
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public static Task WithAsync<TService>(this TestDatabase database, WorkspaceInfo? workspace, Func<TService, Task> action)
        where TService : notnull =>
        database.WithAsync<TService, bool>(workspace, async service =>
        {
            await action(service);
            return true;
        });

    /// <summary>Fails with the import's errors listed, so that a broken fixture says what broke.</summary>
    public static ImportResult AssertSucceeded(this ImportResult result)
    {
        Assert.True(result.Succeeded, $"{result.Kind} import failed with {result.ErrorCount} errors:\n{string.Join("\n", result.Errors)}");
        return result;
    }

    /// <summary>The one error of a failed import; fails listing all errors when there are none or several.</summary>
    public static ImportError SingleError(this ImportResult result)
    {
        Assert.False(result.Succeeded, $"{result.Kind} import succeeded but should have failed");
        Assert.True(result.ErrorCount == 1, $"expected exactly one error, got {result.ErrorCount}:\n{string.Join("\n", result.Errors)}");
        return result.Errors[0];
    }
}
