using System.Data.Common;
using Clout.Core.Text;
using Clout.Storage.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Clout.Storage.Sql;

/// <summary>
/// The last line behind every door's own check (<see cref="StoredText"/>): no text that a database cannot hold
/// (NUL, which PostgreSQL's text refuses, or half of a surrogate pair) reaches either database, from a door nobody
/// thought of. Entities being saved are checked by table and column, so that the refusal names the field; every other
/// command (a lookup, a bulk update) and every <see cref="BulkWriter"/> row by its values. The refusal is a
/// <see cref="StorageValidationException"/> thrown before the database is asked, so nothing is written, on SQLite as on
/// PostgreSQL.
/// </summary>
internal sealed class StoredTextGuard : ISaveChangesInterceptor, IDbCommandInterceptor
{
    public static StoredTextGuard Instance { get; } = new();

    private StoredTextGuard()
    {
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Check(command);
        return result;
    }

    public ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Check(command);
        return result;
    }

    public ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Check(command);
        return result;
    }

    public ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result,
        CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    /// <summary>Refuses a row of raw values (a bulk write) that holds text no database stores.</summary>
    /// <exception cref="StorageValidationException">A value cannot be stored; nothing of it was sent.</exception>
    public static void Check(object?[] values)
    {
        foreach (var value in values)
        {
            Refuse(value);
        }
    }

    private static void Check(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }
            foreach (var property in entry.Properties)
            {
                if (property.CurrentValue is string text && StoredText.Problem(text) is { } problem)
                {
                    var column = property.Metadata.GetColumnName();
                    var field = entry.Metadata.GetTableName() is { } table ? $"{table}.{column}" : column;
                    throw new StorageValidationException($"{field} {problem}; nothing was stored.");
                }
            }
        }
    }

    private static void Check(DbCommand command)
    {
        foreach (DbParameter parameter in command.Parameters)
        {
            Refuse(parameter.Value);
        }
    }

    /// <summary>A raw value has no field name to give, only what is wrong with it.</summary>
    private static void Refuse(object? value)
    {
        if (value is string text && StoredText.Problem(text) is { } problem)
        {
            throw new StorageValidationException($"A value {problem}; nothing was stored.");
        }
    }
}
