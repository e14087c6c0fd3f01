using Clout.Storage.Model;
using Clout.Testing;

namespace Clout.Tests.Cli;

/// <summary>One SQLite database with `clout demo --seed 42` run on it, shared by the tests that only read it.</summary>
public sealed class DemoDatabase : IAsyncLifetime
{
    public const int Seed = 42;

    private TestDatabase _database = null!;

    public string ConnectionString => _database.ConnectionString;

    internal CliRun Demo { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        Demo = await CloutProcess.RunAsync(_database.ConnectionString, "demo", "--seed", Seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(Demo.ExitCode == 0, Demo.ToString());
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();
}
