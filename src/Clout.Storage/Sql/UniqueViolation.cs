using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Clout.Storage.Sql;

/// <summary>Tells a unique-index violation (a lost race, a duplicate) from other write failures, on both providers.</summary>
internal static class UniqueViolation
{
    /// <summary>SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY (extended result codes).</summary>
    private const int SqliteUnique = 2067;

    private const int SqlitePrimaryKey = 1555;

    /// <summary>
    /// Whether <paramref name="exception"/> is a unique violation: raised by a provider's command (a bulk write), or
    /// wrapped by EF Core's SaveChanges in a <see cref="DbUpdateException"/>.
    /// </summary>
    public static bool Is(Exception exception) => exception switch
    {
        DbUpdateException { InnerException: { } inner } => Is(inner),
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteUnique or SqlitePrimaryKey,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
