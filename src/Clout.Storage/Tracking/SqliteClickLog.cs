using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Clout.Storage.Tracking;

/// <summary>
/// The click writer's SQLite fast path: one long-lived connection with its pragma set once and its INSERT prepared once,
/// so a group commit costs a BEGIN, one execution per click and a COMMIT — no service scope, context or statement
/// preparation per batch. Used by one writer at a time. A failed batch rolls back and the connection is reopened.
/// </summary>
/// <remarks>
/// The rows are bound and stepped through SQLite's own API (SQLitePCLRaw, which Microsoft.Data.Sqlite is built on)
/// rather than <see cref="SqliteCommand"/>: ADO.NET boxes every parameter and opens a data reader for each
/// <c>ExecuteNonQuery</c>, which on the redirect's hot path cost more than SQLite's insert itself. The values are
/// written exactly as Microsoft.Data.Sqlite (and so EF Core) writes them; a storage test compares the two.
/// </remarks>
public sealed class SqliteClickLog(string connectionString, bool flushToDisk) : IDisposable
{
    /// <summary>How Microsoft.Data.Sqlite stores a DateTime (TEXT that sorts as time); EF's queries compare these strings.</summary>
    internal const string DateTimeFormat = @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF";

    private SqliteConnection? _connection;
    private sqlite3_stmt? _insert;

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
                Check(connection, raw.sqlite3_bind_text(insert, 6, click.Kind));
                BindOptional(connection, insert, 7, ClickWriter.Clip(click.Referrer));
                BindOptional(connection, insert, 8, ClickWriter.Clip(click.UserAgent));
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
            // FULL: each commit waits for the disk (fsync), so a click survives a power cut. NORMAL (write-ahead log): a
            // commit is in the operating system once it returns, so it survives a killed process but perhaps not a power cut.
            pragma.CommandText = flushToDisk ? "PRAGMA synchronous=FULL;" : "PRAGMA synchronous=NORMAL;";
            pragma.ExecuteNonQuery();
        }
        Check(connection, raw.sqlite3_prepare_v2(connection.Handle, NumberedParameters(ClickWriter.InsertSql), out var insert));
        (_connection, _insert) = (connection, insert);
        return (connection, insert);
    }

    /// <summary>The shared INSERT with its named parameters @p0…@p7 as SQLite's numbered ?1…?8, in the same order.</summary>
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
        _insert?.Dispose();
        _connection?.Dispose();
        (_connection, _insert) = (null, null);
    }

    public void Dispose() => Close();
}
