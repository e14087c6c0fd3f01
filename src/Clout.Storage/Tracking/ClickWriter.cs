using System.Data.Common;
using Clout.Core.Names;
using Clout.Core.Tracking;
using Clout.Storage.Model;
using Clout.Storage.Sql;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Clout.Storage.Tracking;

/// <summary>
/// The one INSERT of a click, and a batch of clicks written with it in one transaction: through the context's
/// connection (the demo's clicks), or on a connection of <see cref="PostgresClickLog"/>. The clicks import writes its
/// rows with the same statement; <see cref="SqliteClickLog"/> prepares it once on SQLite's own API. All of a batch is
/// committed, or none of it.
/// </summary>
public sealed class ClickWriter(CloutDbContext db)
{
    /// <summary>The one INSERT of a click, shared by the click logs and the clicks import.</summary>
    internal const string InsertSql = """
        INSERT INTO clicks (workspace_id, collaboration_id, occurred_at_utc, ref, visitor_id, kind, referrer_host, browser, os, device)
        VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9)
        """;

    internal const int Columns = 10;

    public async Task WriteAsync(IReadOnlyList<NewClick> clicks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clicks);
        if (clicks.Count == 0)
        {
            return;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await WriteAsync(db.Database.GetDbConnection(), transaction.GetDbTransaction(), clicks, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Inserts <paramref name="clicks"/> inside <paramref name="transaction"/>; the caller commits.</summary>
    internal static async Task WriteAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<NewClick> clicks,
        CancellationToken cancellationToken)
    {
        await using var insert = new BulkWriter(connection, transaction, InsertSql, Columns);
        var values = new object?[Columns];
        foreach (var click in clicks)
        {
            values[0] = click.WorkspaceId;
            values[1] = click.CollaborationId;
            values[2] = DateTime.SpecifyKind(click.OccurredAtUtc, DateTimeKind.Utc);
            values[3] = click.Ref;
            values[4] = click.VisitorId;
            values[5] = click.Kind.ToName();
            values[6] = click.ReferrerHost;
            values[7] = click.Agent.Browser.ToName();
            values[8] = click.Agent.Os.ToName();
            values[9] = click.Agent.Device.ToName();
            await insert.WriteAsync(values, cancellationToken);
        }
        await insert.FlushAsync(cancellationToken);
    }
}
