using Clout.Demo;
using Clout.Storage.Model;
using Clout.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Browser.Tests;

/// <summary>The real server on a SQLite file holding the demo workspace (seed 42), and the demo login's password.</summary>
public sealed class DemoSite : IAsyncLifetime
{
    public const int Seed = 42;

    private TestDatabase _database = null!;

    public CloutServer Server { get; private set; } = null!;

    public string Email => DemoSeeder.DemoEmail;

    public string Password { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        Server = await CloutServer.StartAsync(_database.ConnectionString, ct);
        Password = await Server.InScopeAsync(null, async services =>
        {
            var seeder = services.GetRequiredService<DemoSeeder>();
            Assert.True(await seeder.EnsureAsync(Seed, null, ct), "the demo workspace was already there");
            return await seeder.EnsureLoginAsync(ct);
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
