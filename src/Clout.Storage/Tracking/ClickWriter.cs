using Clout.Storage.Model;
using Clout.Storage.Sql;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Clout.Storage.Tracking;

/// <summary>
/// Stores a batch of clicks in one transaction through the context's connection: the redirect's group commit on
/// PostgreSQL, and the demo's clicks. (On SQLite the redirect uses <see cref="SqliteClickLog"/>.) All of the batch is
/// committed, or none of it.
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

    public async Task WriteAsync(IReadOnlyList<NewClick> clicks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clicks);
        if (clicks.Count == 0)
        {
            return;
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
