using Clout.Storage.Model;
using Clout.Testing;

namespace Clout.Tests;

/// <summary>A fresh database and the real server on it, disposed together (server first).</summary>
internal sealed class RunningApp : IAsyncDisposable
{
    private RunningApp(TestDatabase database, CloutServer server)
    {
        Database = database;
        Server = server;
    }

    public TestDatabase Database { get; }

    public CloutServer Server { get; }

    /// <param name="settings">More configuration, as "--Section:Key=value" arguments.</param>
    public static async Task<RunningApp> StartAsync(DatabaseProvider provider, CancellationToken cancellationToken, TimeProvider? clock = null,
        IEnumerable<string>? settings = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        try
        {
            return new RunningApp(database, await CloutServer.StartAsync(database.ConnectionString, cancellationToken, clock, settings));
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        await Database.DisposeAsync();
    }
}
