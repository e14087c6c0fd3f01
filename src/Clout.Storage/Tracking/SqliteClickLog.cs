using Microsoft.Data.Sqlite;

namespace Clout.Storage.Tracking;

/// <summary>
/// The click writer's SQLite fast path: one long-lived connection with its pragma set once and its INSERT prepared once,
/// so a group commit costs a BEGIN, one execution per click and a COMMIT — no service scope, context or statement
/// preparation per batch. Used by one writer at a time. A failed batch rolls back and the connection is reopened.
/// </summary>
public sealed class SqliteClickLog(string connectionString, bool flushToDisk) : IDisposable
{
    private SqliteConnection? _connection;
    private SqliteCommand? _insert;

    /// <summary>Writes all clicks in one transaction; returns when they are committed, throws when none were.</summary>
    public void Write(IReadOnlyList<NewClick> clicks)
    {
        ArgumentNullException.ThrowIfNull(clicks);
        if (clicks.Count == 0)
        {
            return;
        }
        var (connection, insert) = Open();
        try
        {
            using var transaction = connection.BeginTransaction();
            insert.Transaction = transaction;
            foreach (var click in clicks)
            {
                insert.Parameters[0].Value = click.WorkspaceId;
                insert.Parameters[1].Value = click.CollaborationId;
                insert.Parameters[2].Value = DateTime.SpecifyKind(click.OccurredAtUtc, DateTimeKind.Utc);
                insert.Parameters[3].Value = click.Ref;
                insert.Parameters[4].Value = click.VisitorId;
                insert.Parameters[5].Value = click.Kind;
                insert.Parameters[6].Value = (object?)ClickWriter.Clip(click.Referrer) ?? DBNull.Value;
                insert.Parameters[7].Value = (object?)ClickWriter.Clip(click.UserAgent) ?? DBNull.Value;
                insert.ExecuteNonQuery();
            }
            transaction.Commit();
        }
        catch
        {
            // Whatever went wrong, start the next batch on a fresh connection.
            Close();
            throw;
        }
    }

    private (SqliteConnection Connection, SqliteCommand Insert) Open()
    {
        if (_connection is not null && _insert is not null)
        {
            return (_connection, _insert);
        }
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { DefaultTimeout = 30, Pooling = false }.ToString());
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            // FULL: each commit waits for the disk (fsync), so a click survives a power cut. NORMAL (write-ahead log): a
            // commit is in the operating system once it returns, so it survives a killed process but perhaps not a power cut.
            pragma.CommandText = flushToDisk ? "PRAGMA synchronous=FULL;" : "PRAGMA synchronous=NORMAL;";
            pragma.ExecuteNonQuery();
        }
        var insert = connection.CreateCommand();
        insert.CommandText = ClickWriter.InsertSql;
        for (var i = 0; i < ClickWriter.Columns; i++)
        {
            insert.Parameters.Add(new SqliteParameter { ParameterName = "@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }
        insert.Prepare();
        (_connection, _insert) = (connection, insert);
        return (connection, insert);
    }

    private void Close()
    {
        _insert?.Dispose();
        _connection?.Dispose();
        (_connection, _insert) = (null, null);
    }

    public void Dispose() => Close();
}
