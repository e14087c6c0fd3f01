using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Clout.Bench.Reports;

/// <summary>
/// With <c>CLOUT_BENCH_SQL=1</c>, report-time prints every SQL command EF Core runs with the time from execution to
/// the reader's disposal (rows read included): where the report spends its time, query by query.
/// </summary>
internal sealed class SqlTimings : DbCommandInterceptor
{
    private readonly ConcurrentDictionary<DbCommand, Stopwatch> _running = new();

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        _running[command] = Stopwatch.StartNew();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult DataReaderClosing(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        Report(command);
        return result;
    }

    public override ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        Report(command);
        return ValueTask.FromResult(result);
    }

    private void Report(DbCommand command)
    {
        if (_running.TryRemove(command, out var clock))
        {
            var sql = string.Join(' ', command.CommandText.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    sql {clock.Elapsed.TotalMilliseconds,8:0.0} ms  {sql[..Math.Min(sql.Length, 400)]}"));
        }
    }
}
