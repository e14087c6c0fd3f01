using Clout.Storage.Model;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage;

public static class DatabaseSetup
{
    /// <summary>Brings the schema to the latest migration; on SQLite also turns on write-ahead logging.</summary>
    public static async Task MigrateAsync(CloutDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        // Most runs find nothing to apply. Asking first skips what Migrate does on every call before it looks: the
        // migration lock and the comparison of the model with its snapshot, a good half of a CLI command's start-up.
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        if (db.Database.GetDbConnection() is SqliteConnection)
        {
            // WAL lets the dashboard read while an import writes; it is a property of the file, set once.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
