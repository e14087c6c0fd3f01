using System.Globalization;

namespace Clout.Storage.Model;

/// <summary>
/// SQLite's own SQL functions, callable in LINQ on the SQLite model only (registered in
/// <see cref="CloutDbContext"/>); PostgreSQL queries use EF's portable translations instead.
/// </summary>
internal static class SqliteFunctions
{
    /// <summary>
    /// SQLite's <c>date(x)</c>: the day of a stored UTC time as <c>yyyy-MM-dd</c>. Times are stored as text that begins
    /// with the day, and date() reads it straight off; EF's translation of <c>DateTime.Date</c> (strftime, then two
    /// rtrims to keep the stored format) costs more per row than everything else a 2,000,000-click aggregate does.
    /// Out of SQL (client evaluation, tests) it answers the same.
    /// </summary>
    public static string Date(DateTime utc) => utc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
