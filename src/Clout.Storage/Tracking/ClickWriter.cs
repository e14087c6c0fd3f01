using Clout.Storage.Ingestion;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Clout.Storage.Tracking;

/// <summary>
/// Stores a batch of clicks in one transaction with one prepared insert: the group commit of the redirect.
/// All of the batch is committed, or none of it.
/// </summary>
public sealed class ClickWriter(CloutDbContext db)
{
    /// <summary>Longest referrer and user agent kept (the column sizes); longer ones are cut, not refused.</summary>
    public const int MaxTextLength = 500;

    /// <summary>The one INSERT of a click, shared by the redirect's writers and the clicks import.</summary>
    internal const string InsertSql = """
        INSERT INTO clicks (workspace_id, collaboration_id, occurred_at_utc, ref, visitor_id, kind, referrer, user_agent)
        VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7)
        """;

    internal const int Columns = 8;

    /// <param name="flushToDisk">
    /// SQLite only. True: each commit waits for the disk (fsync), so a click survives a power cut. False: SQLite's
    /// write-ahead log with synchronous=NORMAL; a commit is in the operating system once it returns, so it survives
    /// the process being killed, but the last commits may be lost if the machine loses power. PostgreSQL commits are
    /// the server's business (its synchronous_commit), so the flag changes nothing there.
    /// </param>
    public async Task WriteAsync(IReadOnlyList<NewClick> clicks, bool flushToDisk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clicks);
        if (clicks.Count == 0)
        {
            return;
        }
        if (db.Database.GetDbConnection() is Microsoft.Data.Sqlite.SqliteConnection)
        {
            // Per connection, so set every time: a pooled connection may come back with either.
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync(flushToDisk ? "PRAGMA synchronous=FULL;" : "PRAGMA synchronous=NORMAL;", cancellationToken);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await using (var insert = new BulkWriter(db.Database.GetDbConnection(), transaction.GetDbTransaction(), InsertSql, Columns))
        {
            var values = new object?[Columns];
            foreach (var click in clicks)
            {
                values[0] = click.WorkspaceId;
                values[1] = click.CollaborationId;
                values[2] = DateTime.SpecifyKind(click.OccurredAtUtc, DateTimeKind.Utc);
                values[3] = click.Ref;
                values[4] = click.VisitorId;
                values[5] = click.Kind;
                values[6] = Clip(click.Referrer);
                values[7] = Clip(click.UserAgent);
                await insert.WriteAsync(values, cancellationToken);
            }
            await insert.FlushAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    internal static string? Clip(string? text) =>
        string.IsNullOrEmpty(text) ? null : text.Length <= MaxTextLength ? text : text[..MaxTextLength];
}
