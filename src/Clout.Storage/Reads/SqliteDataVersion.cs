using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Clout.Storage.Reads;

/// <summary>
/// SQLite's own counter of commits by other connections (<c>PRAGMA data_version</c>), read on one connection of its
/// own that never writes and is never pooled, so every commit of the app, another process or a command-line import
/// moves it. Reading it costs a few microseconds: SQLite compares a header in the shared memory of the write-ahead log.
/// </summary>
public sealed class SqliteDataVersion : IDataVersion, IDisposable
{
    private readonly string? _connectionString;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SqliteConnection? _connection;
    private SqliteCommand? _command;

    public SqliteDataVersion(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { Pooling = false, DefaultTimeout = 30 };
        // A private in-memory database is another database on every connection, so its commits cannot be counted.
        var inMemory = builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:";
        _connectionString = inMemory ? null : builder.ToString();
    }

    public async ValueTask<string?> ReadAsync(CancellationToken cancellationToken)
    {
        if (_connectionString is null)
        {
            return null;
        }
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_command is null)
            {
                _connection = new SqliteConnection(_connectionString);
                await _connection.OpenAsync(cancellationToken);
                _command = _connection.CreateCommand();
                _command.CommandText = "PRAGMA data_version;";
            }
            var version = Convert.ToInt64(await _command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            return "sqlite:" + version.ToString(CultureInfo.InvariantCulture);
        }
        catch
        {
            // A broken connection is opened again on the next read rather than answering from a stale one.
            Close();
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        Close();
        _gate.Dispose();
    }

    private void Close()
    {
        _command?.Dispose();
        _connection?.Dispose();
        (_command, _connection) = (null, null);
    }
}
