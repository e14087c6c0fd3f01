using System.Globalization;
using Clout.Core.Names;
using Clout.Core.Tracking;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Clout.Storage.Tracking;

/// <summary>
/// The click log on SQLite: one long-lived connection with its INSERT prepared once, so a group commit costs a BEGIN,
/// one execution per click and a COMMIT — no service scope, context or statement preparation per batch.
/// <see cref="Write"/> is used by one writer at a time; a failed batch rolls back and the connection is reopened.
/// </summary>
/// <remarks>
/// Commits run with <c>synchronous=NORMAL</c> (write-ahead log): a commit is in the operating system when it returns,
/// so it survives a killed process. <see cref="FlushToDisk"/> then makes everything committed so far survive a power
/// cut too, by an fsync of the log file — which another thread can do while the writer commits the next batch. That is
/// the classic pipelined group commit: the disk's wait overlaps the next batch's inserts instead of adding to them.
/// (SQLite's own <c>synchronous=FULL</c> would fsync inside every COMMIT, with the writer stalled.) fsync flushes the
/// file, not the descriptor, so our own handle on the log covers SQLite's writes; SQLite keeps the log file while this
/// connection is open and only reuses it after a checkpoint, which SQLite itself syncs to the database file first.
/// </remarks>
/// <remarks>
/// The rows are bound and stepped through SQLite's own API (SQLitePCLRaw, which Microsoft.Data.Sqlite is built on)
/// rather than <see cref="SqliteCommand"/>: ADO.NET boxes every parameter and opens a data reader for each
/// <c>ExecuteNonQuery</c>, which on the redirect's hot path cost more than SQLite's insert itself. The values are
/// written exactly as Microsoft.Data.Sqlite (and so EF Core) writes them; a storage test compares the two.
/// </remarks>
public sealed class SqliteClickLog(string connectionString) : IClickLog, IDisposable
{
    /// <summary>How Microsoft.Data.Sqlite stores a DateTime (TEXT that sorts as time); EF's queries compare these strings.</summary>
    internal const string DateTimeFormat = @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF";

    private readonly Lock _logFileLock = new();
    private readonly string _logPath = new SqliteConnectionStringBuilder(connectionString).DataSource + "-wal";
    private SqliteConnection? _connection;
    private sqlite3_stmt? _insert;
    private FileStream? _logFile;

    /// <summary>True: a commit (synchronous=NORMAL) is in the operating system, not yet on the disk.</summary>
    public bool CanFlushToDisk => true;

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
            Span<byte> time = stackalloc byte[32];
            foreach (var click in clicks)
            {
                if (!click.OccurredAtUtc.TryFormat(time, out var written, DateTimeFormat, CultureInfo.InvariantCulture))
                {
                    throw new InvalidOperationException("A click time did not fit its text form.");
                }
                Check(connection, raw.sqlite3_bind_int64(insert, 1, click.WorkspaceId));
                Check(connection, raw.sqlite3_bind_int64(insert, 2, click.CollaborationId));
                Check(connection, raw.sqlite3_bind_text(insert, 3, time[..written]));
                Check(connection, raw.sqlite3_bind_text(insert, 4, click.Ref));
                Check(connection, raw.sqlite3_bind_text(insert, 5, click.VisitorId));
                Check(connection, raw.sqlite3_bind_text(insert, 6, click.Kind.ToName()));
                BindOptional(connection, insert, 7, click.ReferrerHost);
                Check(connection, raw.sqlite3_bind_text(insert, 8, click.Agent.Browser.ToName()));
                Check(connection, raw.sqlite3_bind_text(insert, 9, click.Agent.Os.ToName()));
                Check(connection, raw.sqlite3_bind_text(insert, 10, click.Agent.Device.ToName()));
                var stepped = raw.sqlite3_step(insert);
                // Reset before checking: a failed statement must not stay half-run on the connection.
                raw.sqlite3_reset(insert);
                Check(connection, stepped);
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

    private static void BindOptional(SqliteConnection connection, sqlite3_stmt insert, int index, string? text) =>
        Check(connection, text is null ? raw.sqlite3_bind_null(insert, index) : raw.sqlite3_bind_text(insert, index, text));

    /// <summary>Turns SQLite's result code into Microsoft.Data.Sqlite's exception, with SQLite's own message.</summary>
    private static void Check(SqliteConnection connection, int result) => SqliteException.ThrowExceptionForRC(result, connection.Handle);

    private (SqliteConnection Connection, sqlite3_stmt Insert) Open()
    {
        if (_connection is not null && _insert is not null)
        {
            return (_connection, _insert);
        }
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { DefaultTimeout = 30, Pooling = false }.ToString());
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;";
            pragma.ExecuteNonQuery();
        }
        Check(connection, raw.sqlite3_prepare_v2(connection.Handle, NumberedParameters(ClickWriter.InsertSql), out var insert));
        (_connection, _insert) = (connection, insert);
        return (connection, insert);
    }

    /// <summary>
    /// Makes every click committed before this call survive a power cut (fsync of the write-ahead log). Safe to call
    /// from another thread while <see cref="Write"/> runs; throws when the disk refuses.
    /// </summary>
    public void FlushToDisk()
    {
        lock (_logFileLock)
        {
            if (_logFile is null)
            {
                if (!File.Exists(_logPath))
                {
                    // No log: nothing committed yet, or SQLite checkpointed it into the database (and synced that) on closing.
                    return;
                }
                // Opened on first use: SQLite creates the log file with the connection's first write.
                _logFile = new FileStream(_logPath, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
            }
            _logFile.Flush(flushToDisk: true);
        }
    }

    /// <summary>The shared INSERT with its named parameters @p0…@p9 as SQLite's numbered ?1…?10, in the same order.</summary>
    private static string NumberedParameters(string sql)
    {
        for (var i = ClickWriter.Columns - 1; i >= 0; i--)
        {
            sql = sql.Replace("@p" + i.ToString(CultureInfo.InvariantCulture), "?" + (i + 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }
        return sql;
    }

    private void Close()
    {
        lock (_logFileLock)
        {
            // A reopened connection may find a new log file (SQLite deletes it when its last connection closes), so the
            // handle goes too — after one last flush, so that what was committed before is not left to chance.
            try
            {
                _logFile?.Flush(flushToDisk: true);
            }
            catch (IOException)
            {
                // The waiting requests learn of it from their own FlushToDisk call, which opens the file anew.
            }
            _logFile?.Dispose();
            _insert?.Dispose();
            _connection?.Dispose();
            (_connection, _insert, _logFile) = (null, null, null);
        }
    }

    public void Dispose() => Close();
}
